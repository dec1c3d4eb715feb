#pragma once

#include <QHash>
#include <QTranslator>

namespace fleetdeck {

/// A QTranslator for Fleetdeck's own .qm that, when a message is not found under the context
/// the code asked for, looks it up under the context lupdate filed it in.
///
/// Why: a file-local helper (`QString tr(const char* s) { return
/// QCoreApplication::translate("fleetdeck::SshSession", s); }`) called from a free function asks
/// under a context other than the one lupdate files the call under (the enclosing namespace,
/// "fleetdeck"). Only models/remote/LibsshSession.cpp and SshSession.cpp still do
/// (translations/README.md, Contexts). An exact (context, source, comment) match always wins;
/// the fallback only applies to a source text lupdate saw in some context.
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
