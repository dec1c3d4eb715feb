#include "plan/RestartPlanner.h"

#include "config/ConfigLint.h"
#include "config/NginxUpstreamEditor.h"
#include "fleet/ServerSpec.h"
#include "plan/PlannerCommon.h"
#include "plan/StepFactory.h"

#include <QCoreApplication>

namespace fleetdeck {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("fleetdeck::RestartPlanner", s);
}

} // namespace

PlanResult RestartPlanner::plan(const ServerSpec& spec, const RemoteState& state, const PlanOptions& options)
{
    const ConfigResult<NginxUpstream> upstream = PlannerCommon::upstream(spec, state);
    if (!upstream.ok())
        return PlanResult::failure(upstream.error().message);
    const bool drain = options.mode == PlanOptions::RestartMode::Drain;
    Plan plan = PlannerCommon::start(QStringLiteral("restart"), spec, state);
    plan.warnings = PlannerCommon::warnings(spec, state, upstream.value());
    QList<int> workers;
    for (int n : PlannerCommon::sortedWorkers(upstream.value())) {
        const NginxServerEntry* entry = upstream->server(n);
        if (entry && entry->down) {
            plan.warnings
                << tr("worker %1 is marked down in %2: not restarted").arg(n).arg(spec.service.upstream);
            continue;
        }
        workers << n;
    }
    if (workers.isEmpty())
        return PlanResult::failure(tr("%1: no worker to restart").arg(spec.name));
    plan.summary =
        tr("%1 restart of %2 workers").arg(drain ? tr("drain") : tr("immediate")).arg(workers.size());
    plan.parameters =
        QJsonObject{{QStringLiteral("mode"), drain ? QStringLiteral("drain") : QStringLiteral("immediate")},
                    {QStringLiteral("pause_ms"), options.pauseMs},
                    {QStringLiteral("drain_timeout_ms"), options.drainTimeoutMs},
                    {QStringLiteral("workers"), ConfigLint::formatNumbers(workers)}};
    if (!drain) {
        plan.callsDroppedIfForced = PlannerCommon::busyAmong(state, workers);
        plan.warnings << tr("immediate mode drops the call of every busy worker it restarts (%1 busy now)")
                             .arg(plan.callsDroppedIfForced);
    }
    for (int i = 0; i < workers.size(); ++i) {
        const int n = workers.at(i);
        const QString unit = spec.service.unitFor(n);
        QByteArray marked;
        if (drain) {
            const ConfigResult<QByteArray> down = NginxUpstreamEditor::setDown(upstream.value(), n, true);
            if (!down.ok())
                return PlanResult::failure(down.error().message);
            marked = down.value();
            plan.steps << StepFactory::write(spec.name, spec.service.nginxConfig, state.nginxConfig, marked,
                                             i == 0);
            plan.steps.last().title = tr("mark worker %1 down in %2").arg(n).arg(spec.service.nginxConfig);
            plan.steps << StepFactory::nginxTest() << StepFactory::reload(options.reloadTimeoutMs);
            plan.steps << StepFactory::waitIdle({n}, options.drainTimeoutMs, false);
        }
        PlanStep restart =
            StepFactory::command(QStringLiteral("systemctl restart %1").arg(unit),
                                 {QStringLiteral("systemctl"), QStringLiteral("restart"), unit},
                                 {QStringLiteral("systemctl"), QStringLiteral("start"), unit});
        if (!drain)
            restart.dropWorker = n;
        plan.steps << restart;
        plan.steps << StepFactory::waitSockets(StepFactory::sockets(spec, {n}), options.socketTimeoutMs);
        plan.steps << StepFactory::waitHealth(-1, {n}, options.healthTimeoutMs);
        if (drain) {
            plan.steps << StepFactory::write(spec.name, spec.service.nginxConfig, marked, state.nginxConfig,
                                             false);
            plan.steps.last().title = tr("put worker %1 back in %2").arg(n).arg(spec.service.nginxConfig);
            plan.steps << StepFactory::nginxTest() << StepFactory::reload(options.reloadTimeoutMs);
        }
        if (i + 1 < workers.size() && options.pauseMs > 0)
            plan.steps << StepFactory::pause(options.pauseMs);
    }
    return PlanResult{plan, {}, false};
}

} // namespace fleetdeck
