#include "config/NginxUpstream.h"

#include "config/NginxUpstreamParser.h"

namespace fleetdeck {

ConfigResult<NginxUpstream> NginxUpstream::parse(const QByteArray& text, const QString& name,
                                                 const QString& socketTemplate, const QString& sourcePath)
{
    return NginxUpstreamParser(text, name, sourcePath).parse(socketTemplate);
}

bool NginxUpstream::hasDirective(const QByteArray& name) const
{
    for (const NginxDirective& d : m_directives) {
        if (d.name == name)
            return true;
    }
    return false;
}

QList<int> NginxUpstream::workers() const
{
    QList<int> result;
    for (const NginxServerEntry& s : m_servers)
        result.append(s.worker);
    return result;
}

const NginxServerEntry* NginxUpstream::server(int worker) const
{
    for (const NginxServerEntry& s : m_servers) {
        if (s.worker == worker)
            return &s;
    }
    return nullptr;
}

} // namespace fleetdeck
