#pragma once

namespace fleetdeck {

/// Alert thresholds (the carrier guide's 50 % target and a critical level).
struct FleetThresholds
{
    double utilizationWarning = 0.5;
    double utilizationCritical = 0.8;
    int staleAfterIntervals = 3;
    int unreachableAfterIntervals = 10;
};

} // namespace fleetdeck
