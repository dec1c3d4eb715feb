#pragma once

#include <QString>

namespace fleetdeck {

/// The badge an operator sees for a server, worst last.
enum class ServerStatus { Unknown, Ok, Warning, Critical, Stale, Unreachable };

QString serverStatusToString(ServerStatus status);

} // namespace fleetdeck
