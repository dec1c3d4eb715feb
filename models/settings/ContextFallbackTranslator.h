#pragma once

#include <QHash>
#include <QTranslator>

namespace fleetdeck {

/// A QTranslator for Fleetdeck's own .qm that, when a message is not found under the context
/// the code asked for, looks it up under the context lupdate filed it in.
///
/// Why: many model and fleetdeckctl files translate through a file-local helper
/// (`QString tr(const char* s) { return QCoreApplication::translate("fleetdeck::PlanExecutor", s); }`)
/// while lupdate files each call under the class or namespace it appears in
/// (fleetdeck::PlanWaits, fleetdeck::ctl::ChangeArgs, …). An exact (context, source, comment)
/// match always wins; the fallback only applies to a source text lupdate saw in some context.
class ContextFallbackTranslator : public QTranslator
{
    Q_OBJECT

public:
    explicit ContextFallbackTranslator(QObject* parent = nullptr);

    /// Loads `fileName` (a .qm, also from a resource) and indexes its contexts.
    bool loadFile(const QString& fileName);

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override;

    /// Contexts per (source text, comment) read from the .qm (tests).
    int indexedMessages() const { return int(m_contexts.size()); }

private:
    static QByteArray key(const char* sourceText, const char* comment);
    void index(const QByteArray& qm);

    QHash<QByteArray, QByteArray> m_contexts; ///< source + '\0' + comment → a context it has
};

} // namespace fleetdeck
