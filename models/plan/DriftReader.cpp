#include "plan/DriftReader.h"

#include "config/DriftCheck.h"
#include "fleet/ServerSpec.h"
#include "plan/PlannerCommon.h"
#include "plan/RemoteStateReader.h"

namespace fleetdeck {

DriftInputs DriftReader::inputs(const ServerSpec& spec, const RemoteState& state,
                                const NginxUpstream* parsedUpstream)
{
    DriftInputs in;
    in.runningUnits = state.runningUnits;
    if (parsedUpstream)
        in.upstreamWorkers = parsedUpstream->workers();
    else if (const ConfigResult<NginxUpstream> upstream = PlannerCommon::upstream(spec, state); upstream.ok())
        in.upstreamWorkers = upstream.value().workers();
    if (const ConfigResult<int> env = PlannerCommon::envCount(spec, state); env.ok())
        in.envWorkers = env.value();
    if (state.health) {
        in.healthConfigured = state.health->workersConfigured;
        for (const WorkerStatus& w : state.health->workers)
            in.workerStates.insert(w.id, workerStateToString(w.state));
    }
    in.unitTemplate = spec.service.unitTemplate;
    in.socketTemplate = spec.service.socketPath;
    in.envVar = spec.service.envVar;
    in.envFile = spec.service.envFile;
    return in;
}

DriftReport DriftReader::read(SshSession& session, const ServerSpec& spec, HealthProbe* health)
{
    return DriftCheck::check(inputs(spec, RemoteStateReader::read(session, spec, health)));
}

} // namespace fleetdeck
