#include "actions/PlanPreview.h"

#include "plan/HealthProbe.h"
#include "plan/PlanBuilder.h"
#include "plan/SshTargetMapper.h"
#include "remote/SshError.h"
#include "remote/SshSession.h"

#include <QCoreApplication>

namespace fleetdeck::ui {

PlanPreview PlanPreview::build(const QList<ServerSpec>& servers, const PlanRunner::SessionFactory& sessions,
                               const ServerRequests& requests)
{
    PlanPreview out;
    if (requests.isEmpty()) {
        out.error = tr("Nothing selected.");
        return out;
    }
    HealthProbe health;
    for (const ServerRequest& r : requests) {
        const ServerSpec* spec = nullptr;
        for (const ServerSpec& s : servers)
            if (s.name == r.server)
                spec = &s;
        if (!spec) {
            out.error = tr("%1 is not in the inventory.").arg(r.server);
            return out;
        }
        std::shared_ptr<SshSession> session = sessions(SshTargetMapper::fromServer(*spec));
        try {
            const PlanResult result = PlanBuilder::build(*session, &health, *spec, r.request);
            session->close();
            if (!result.ok()) {
                out.error = tr("%1: %2").arg(spec->name, result.error);
                out.refused = result.refused;
                out.plans.clear();
                return out;
            }
            out.plans.append(*result.plan);
        } catch (const SshError& e) {
            session->close();
            out.error = tr("%1: %2").arg(spec->name, e.message());
            out.refused =
                e.kind() == SshError::Kind::HostKeyUnknown || e.kind() == SshError::Kind::HostKeyChanged;
            out.plans.clear();
            return out;
        }
    }
    return out;
}

} // namespace fleetdeck::ui
