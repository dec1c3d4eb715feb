#include "PlanCollector.h"

#include "ExitCode.h"
#include "plan/HealthProbe.h"
#include "plan/PlanBuilder.h"
#include "plan/SshTargetMapper.h"
#include "remote/SshError.h"
#include "remote/SshSession.h"

#include <QCoreApplication>

namespace fleetdeck::ctl {

PlanCollector::Collected PlanCollector::collect(const Inventory& inventory, const QStringList& servers,
                                                const PlanRequest& request,
                                                std::shared_ptr<HostKeyPolicy> policy,
                                                const SshSessionFactory& sessions)
{
    Collected out;
    for (const QString& name : servers) {
        if (!inventory.server(name)) {
            out.error = tr("no server '%1' in the inventory").arg(name);
            out.exitCode = BadInput;
            return out;
        }
    }
    HealthProbe health;
    for (const QString& name : servers) {
        const ServerSpec& spec = *inventory.server(name);
        const std::shared_ptr<SshSession> owned = sessions(SshTargetMapper::fromServer(spec), policy);
        SshSession& session = *owned;
        try {
            const PlanResult result = PlanBuilder::build(session, &health, spec, request);
            session.close();
            if (!result.ok()) {
                out.error = result.error;
                out.exitCode = result.refused ? Refused : BadInput;
                return out;
            }
            out.plans.append(*result.plan);
        } catch (const SshError& e) {
            session.close();
            const bool hostKey =
                e.kind() == SshError::Kind::HostKeyUnknown || e.kind() == SshError::Kind::HostKeyChanged;
            out.error = tr("%1: %2").arg(name, e.message());
            out.exitCode = hostKey ? Refused : Failed;
            return out;
        }
    }
    return out;
}

} // namespace fleetdeck::ctl
