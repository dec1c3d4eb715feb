#pragma once

#include "plan/PlanOptions.h"
#include "plan/PlanResult.h"
#include "plan/RemoteState.h"

namespace fleetdeck {

struct ServerSpec;

/// Rolling restart of every worker in the upstream, one at a time. Drain (default):
/// mark it `down` + reload, wait until idle, restart, wait until it is back, unmark +
/// reload, pause. Immediate: the seed's loop (restart + pause), counting the calls
/// each restart drops. Never more than one worker of the server down at once. Pure.
class RestartPlanner
{
public:
    static PlanResult plan(const ServerSpec& spec, const RemoteState& state, const PlanOptions& options = {});
};

} // namespace fleetdeck
