#pragma once

#include <QString>

#include <limits>

namespace fleetdeck {

/// One server's reading in a poll round, as handed to HistoryStore::recordRound().
/// NaN means "unknown" (server unreachable, bad response): stored as a gap.
struct ServerSample
{
    QString server;
    QString zone;
    float channels = std::numeric_limits<float>::quiet_NaN();
    float cps = std::numeric_limits<float>::quiet_NaN();
};

} // namespace fleetdeck
