#pragma once

#include "config/ConfigResult.h"
#include "config/NginxDirective.h"
#include "config/NginxServerEntry.h"
#include "config/SocketTemplate.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fleetdeck {

/// One `upstream NAME { … }` block found in the text of an nginx config file.
/// Parsing refuses (never guesses) when the block is missing, defined twice, the
/// braces or quotes do not balance, or a `server` line is not alone on one line or
/// its address does not match the socket template. The parsed object keeps the
/// text so NginxUpstreamEditor can splice it without touching any other byte.
class NginxUpstream
{
public:
    /// `socketTemplate` like "/tmp/voxcore_{n}.sock"; empty → derived from the last
    /// server's address. `sourcePath` only names the file in error messages.
    static ConfigResult<NginxUpstream> parse(const QByteArray& text, const QString& name,
                                             const QString& socketTemplate = {},
                                             const QString& sourcePath = {});

    const QByteArray& text() const { return m_text; }
    QString name() const { return m_name; }
    QString sourcePath() const { return m_sourcePath; }
    const SocketTemplate& socketTemplate() const { return m_template; }

    const QList<NginxServerEntry>& servers() const { return m_servers; }
    const QList<NginxDirective>& directives() const { return m_directives; }
    bool hasDirective(const QByteArray& name) const;

    /// Worker numbers in file order (duplicates kept).
    QList<int> workers() const;
    /// The first server entry for `worker`, or nullptr.
    const NginxServerEntry* server(int worker) const;

    int headerLine() const { return m_headerLine; }       ///< line of the `upstream` keyword
    int closeLine() const { return m_closeLine; }         ///< line of the closing brace
    qsizetype blockBegin() const { return m_blockBegin; } ///< offset of `upstream`
    qsizetype blockEnd() const { return m_blockEnd; }     ///< one past the `}`

private:
    friend class NginxUpstreamParser;

    QByteArray m_text;
    QString m_name;
    QString m_sourcePath;
    SocketTemplate m_template;
    QList<NginxServerEntry> m_servers;
    QList<NginxDirective> m_directives;
    int m_headerLine = 0;
    int m_closeLine = 0;
    qsizetype m_blockBegin = 0;
    qsizetype m_blockEnd = 0;
};

} // namespace fleetdeck
