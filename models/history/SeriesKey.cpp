#include "SeriesKey.h"

namespace fleetdeck {

QString SeriesKey::toString() const
{
    const char* scopeName = scope == Scope::Server ? "server" : scope == Scope::Zone ? "zone" : "fleet";
    const char* metricName = metric == Metric::Channels ? "channels" : "cps";
    return QStringLiteral("%1/%2/%3").arg(QLatin1String(scopeName), name, QLatin1String(metricName));
}

} // namespace fleetdeck
