#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace fleetdeck::ui {

/// Colours a unified diff: added lines green, removed lines red (with a tinted background so
/// the colour is not the only cue beside the +/− sign), `@@` hunk headers blue, `---`/`+++`
/// file headers bold. Follows the palette (light or dark) of the document's widget.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class LineKind { Context, Added, Removed, Hunk, FileHeader };

    DiffHighlighter(QTextDocument* document, bool dark);

    static LineKind classify(const QString& line);
    /// The format a line of this kind gets (tests check the colours).
    QTextCharFormat format(LineKind kind) const;

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_hunk;
    QTextCharFormat m_header;
};

} // namespace fleetdeck::ui
