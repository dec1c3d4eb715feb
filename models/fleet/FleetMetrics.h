#pragma once

#include "fleet/ServerStatus.h"

#include <QString>

namespace fleetdeck {

/// Derived numbers for one server at one moment.
struct ServerMetrics
{
    ServerStatus status = ServerStatus::Unknown;
    bool hasData = false;      ///< a good snapshot has been received
    bool stale = false;        ///< last good snapshot older than 3 intervals
    int busy = 0;              ///< channels in use (busy + draining workers)
    int idle = 0;              ///< free workers
    int down = 0;
    int starting = 0;
    int configured = 0;        ///< capacity
    double utilization = 0.0;  ///< busy / configured
    double cps = 0.0;
    int workersMemoryMb = 0;   ///< configured × idle MB
    int memoryBudgetMb = 0;    ///< half the RAM
    bool overMemoryBudget = false;  ///< more workers than ServerSpec::safeWorkerCount()
    qint64 ageMs = -1;         ///< age of the last good snapshot
    QString error;             ///< last poll's error, empty when it succeeded
};

/// Sums over a zone or the whole fleet.
struct AggregateMetrics
{
    int servers = 0;
    int reporting = 0;         ///< servers with fresh data
    int busy = 0;
    int idle = 0;
    int configured = 0;
    double cps = 0.0;
    double utilization = 0.0;
    int channelLimit = 0;      ///< sum of per-server channel limits
    int cpsLimit = 0;
    int largestServerCapacity = 0;
    /// After losing its largest server, would the rest hold the calls in progress?
    bool canLoseLargest = true;
    int pickServer = -1;       ///< the server the bridge would pick next (most free workers)
    int pickFree = 0;
    ServerStatus worst = ServerStatus::Unknown;
};

} // namespace fleetdeck
