#pragma once

#include "plan/PlanRequest.h"
#include "plan/PlanResult.h"
#include "plan/RemoteState.h"

namespace fleetdeck {

class HealthProbe;
class SshSession;
struct ServerSpec;

/// Reads a server's live state (RemoteStateReader) and hands it to the planner for
/// the request. Blocks: call it from a worker thread. Throws SshError.
class PlanBuilder
{
public:
    static PlanResult build(SshSession& session, HealthProbe* health, const ServerSpec& spec,
                            const PlanRequest& request);
    /// The planner alone, on a state already read (unit tests, the GUI's preview).
    static PlanResult plan(const ServerSpec& spec, const RemoteState& state, const PlanRequest& request);
};

} // namespace fleetdeck
