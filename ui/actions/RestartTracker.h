#pragma once

#include "plan/Plan.h"

#include <QList>

namespace fleetdeck::ui {

/// Which worker a rolling-restart step works on, so the occupancy grid can mark it. A restart
/// plan is one segment per worker (mark down … restart … back in), separated by Pause steps;
/// a segment's worker is the one its `systemctl restart <unit>@N` names. 0 for steps outside
/// any worker's segment (pauses) and for plans that are not restarts.
class RestartTracker
{
public:
    static QList<int> workerPerStep(const Plan& plan);
};

} // namespace fleetdeck::ui
