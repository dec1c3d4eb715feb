#include "config/NginxServerEntry.h"

namespace fleetdeck {

std::optional<QByteArray> NginxServerEntry::parameterValue(const QByteArray& name) const
{
    const QByteArray prefix = name + '=';
    for (const QByteArray& p : parameters) {
        if (p.startsWith(prefix))
            return p.mid(prefix.size());
    }
    return std::nullopt;
}

std::optional<int> NginxServerEntry::maxConns() const
{
    const auto value = parameterValue("max_conns");
    if (!value)
        return std::nullopt;
    bool ok = false;
    const int n = value->toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

} // namespace fleetdeck
