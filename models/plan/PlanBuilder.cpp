#include "plan/PlanBuilder.h"

#include "plan/AddWorkersPlanner.h"
#include "plan/RemoteStateReader.h"
#include "plan/RemoveWorkersPlanner.h"
#include "plan/RestartPlanner.h"

#include <QCoreApplication>

namespace fleetdeck {

PlanResult PlanBuilder::plan(const ServerSpec& spec, const RemoteState& state, const PlanRequest& request)
{
    if (request.action == QLatin1String("add-workers"))
        return AddWorkersPlanner::plan(spec, state, request.target, request.options);
    if (request.action == QLatin1String("remove-workers"))
        return RemoveWorkersPlanner::plan(spec, state, request.target, request.options);
    if (request.action == QLatin1String("restart"))
        return RestartPlanner::plan(spec, state, request.options);
    return PlanResult::failure(
        QCoreApplication::translate("fleetdeck::PlanBuilder", "unknown action '%1'").arg(request.action));
}

PlanResult PlanBuilder::build(SshSession& session, HealthProbe* health, const ServerSpec& spec,
                              const PlanRequest& request)
{
    if (!PlanRequest::isKnownAction(request.action))
        return plan(spec, {}, request);
    return plan(spec, RemoteStateReader::read(session, spec, health), request);
}

} // namespace fleetdeck
