#pragma once

#include "plan/PlanOptions.h"
#include "plan/PlanResult.h"
#include "plan/RemoteState.h"

namespace fleetdeck {

struct ServerSpec;

/// Add workers (seed: "Add more workers"): memory budget first; enable + start the
/// new units; wait for their sockets; add them to the upstream (clones of the last
/// server line); nginx -t; reload; .env; verify the health endpoint. Pure.
class AddWorkersPlanner
{
public:
    static PlanResult plan(const ServerSpec& spec, const RemoteState& state, int target,
                           const PlanOptions& options = {});
    /// "20 × 260 MB = 5,200 MB > 4,096 MB (half of 8,192 MB); the safe maximum is 16"
    static QString budgetText(const ServerSpec& spec, int target);
};

} // namespace fleetdeck
