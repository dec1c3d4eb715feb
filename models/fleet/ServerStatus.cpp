#include "fleet/ServerStatus.h"

namespace fleetdeck {

QString serverStatusToString(ServerStatus status)
{
    switch (status) {
    case ServerStatus::Unknown: return QStringLiteral("unknown");
    case ServerStatus::Ok: return QStringLiteral("ok");
    case ServerStatus::Warning: return QStringLiteral("warning");
    case ServerStatus::Critical: return QStringLiteral("critical");
    case ServerStatus::Stale: return QStringLiteral("stale");
    case ServerStatus::Unreachable: return QStringLiteral("unreachable");
    }
    return QStringLiteral("unknown");
}

} // namespace fleetdeck
