#include "actions/DiffHighlighter.h"

namespace fleetdeck::ui {

DiffHighlighter::DiffHighlighter(QTextDocument* document, bool dark) : QSyntaxHighlighter(document)
{
    m_added.setForeground(dark ? QColor(0x8f, 0xe3, 0x8f) : QColor(0x1a, 0x6b, 0x1a));
    m_added.setBackground(dark ? QColor(0x1f, 0x3a, 0x24) : QColor(0xe6, 0xff, 0xec));
    m_removed.setForeground(dark ? QColor(0xff, 0x9a, 0x9a) : QColor(0xa3, 0x15, 0x15));
    m_removed.setBackground(dark ? QColor(0x45, 0x22, 0x25) : QColor(0xff, 0xeb, 0xe9));
    m_hunk.setForeground(dark ? QColor(0x8c, 0xb4, 0xff) : QColor(0x1f, 0x4f, 0xb0));
    m_hunk.setBackground(dark ? QColor(0x22, 0x2c, 0x40) : QColor(0xee, 0xf3, 0xff));
    m_header.setFontWeight(QFont::Bold);
}

DiffHighlighter::LineKind DiffHighlighter::classify(const QString& line)
{
    if (line.startsWith(QLatin1String("+++ ")) || line.startsWith(QLatin1String("--- ")))
        return LineKind::FileHeader;
    if (line.startsWith(QLatin1String("@@")))
        return LineKind::Hunk;
    if (line.startsWith(QLatin1Char('+')))
        return LineKind::Added;
    if (line.startsWith(QLatin1Char('-')))
        return LineKind::Removed;
    return LineKind::Context;
}

QTextCharFormat DiffHighlighter::format(LineKind kind) const
{
    switch (kind) {
    case LineKind::Added:
        return m_added;
    case LineKind::Removed:
        return m_removed;
    case LineKind::Hunk:
        return m_hunk;
    case LineKind::FileHeader:
        return m_header;
    case LineKind::Context:
        break;
    }
    return {};
}

void DiffHighlighter::highlightBlock(const QString& text)
{
    const LineKind kind = classify(text);
    if (kind != LineKind::Context)
        setFormat(0, int(text.size()), format(kind));
}

} // namespace fleetdeck::ui
