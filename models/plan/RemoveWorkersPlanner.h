#pragma once

#include "plan/PlanOptions.h"
#include "plan/PlanResult.h"
#include "plan/RemoteState.h"

namespace fleetdeck {

struct ServerSpec;

/// Remove workers: out of the upstream and reload first (no new calls), wait until
/// their calls end (timeout; with `force` stop anyway — the plan says how many calls
/// that would drop now), then stop and disable, .env, verify. Pure.
class RemoveWorkersPlanner
{
public:
    static PlanResult plan(const ServerSpec& spec, const RemoteState& state, int target,
                           const PlanOptions& options = {});
};

} // namespace fleetdeck
