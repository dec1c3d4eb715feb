#include "plan/RemoveWorkersPlanner.h"

#include "config/ConfigLint.h"
#include "config/EnvFileEditor.h"
#include "config/NginxUpstreamEditor.h"
#include "fleet/ServerSpec.h"
#include "plan/PlannerCommon.h"
#include "plan/StepFactory.h"

#include <QCoreApplication>

namespace fleetdeck {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("fleetdeck::RemoveWorkersPlanner", s);
}

} // namespace

PlanResult RemoveWorkersPlanner::plan(const ServerSpec& spec, const RemoteState& state, int target,
                                      const PlanOptions& options)
{
    const ConfigResult<NginxUpstream> upstream = PlannerCommon::upstream(spec, state);
    if (!upstream.ok())
        return PlanResult::failure(upstream.error().message);
    const QList<int> current = PlannerCommon::sortedWorkers(upstream.value());
    if (target < 1)
        return PlanResult::failure(
            tr("a server keeps at least one worker (nginx refuses an empty upstream)"));
    QList<int> removed;
    for (int n : current) {
        if (n > target)
            removed << n;
    }
    if (removed.isEmpty())
        return PlanResult::failure(tr("%1 has no worker above %2 in %3; to add workers use add-workers")
                                       .arg(spec.name)
                                       .arg(target)
                                       .arg(spec.service.upstream));
    const ConfigResult<int> env = PlannerCommon::envCount(spec, state);
    if (!env.ok() && env.error().kind != ConfigError::Kind::NotFound)
        return PlanResult::failure(env.error().message);
    const ConfigResult<QByteArray> newConfig = NginxUpstreamEditor::removeWorkers(upstream.value(), removed);
    if (!newConfig.ok())
        return PlanResult::failure(newConfig.error().message);
    const ConfigResult<QByteArray> newEnv =
        EnvFileEditor::setInt(state.envFile, spec.service.envVar, target, spec.service.envFile);
    if (!newEnv.ok())
        return PlanResult::failure(newEnv.error().message);

    Plan plan = PlannerCommon::start(QStringLiteral("remove-workers"), spec, state);
    plan.summary = tr("%1 → %2 workers").arg(current.last()).arg(target);
    plan.callsDroppedIfForced = PlannerCommon::busyAmong(state, removed);
    plan.parameters = QJsonObject{{QStringLiteral("from"), current.last()},
                                  {QStringLiteral("to"), target},
                                  {QStringLiteral("force"), options.force},
                                  {QStringLiteral("drain_timeout_ms"), options.drainTimeoutMs}};
    plan.warnings = PlannerCommon::warnings(spec, state, upstream.value());
    if (plan.callsDroppedIfForced > 0)
        plan.warnings << tr("%1 call(s) now on worker %2: the plan waits up to %3 s for them to end%4")
                             .arg(plan.callsDroppedIfForced)
                             .arg(ConfigLint::formatNumbers(removed))
                             .arg(options.drainTimeoutMs / 1000)
                             .arg(options.force ? tr("; with --force they are dropped after that")
                                                : tr("; if they do not, everything is rolled back"));
    const QStringList units = StepFactory::units(spec, removed);
    plan.steps << StepFactory::write(spec.name, spec.service.nginxConfig, state.nginxConfig,
                                     newConfig.value(), true);
    plan.steps << StepFactory::nginxTest();
    plan.steps << StepFactory::reload(options.reloadTimeoutMs);
    plan.steps << StepFactory::waitIdle(removed, options.drainTimeoutMs, options.force);
    plan.steps << StepFactory::systemctl(QStringLiteral("stop"), units, QStringLiteral("start"));
    plan.steps << StepFactory::systemctl(QStringLiteral("disable"), units, QStringLiteral("enable"));
    plan.steps << StepFactory::write(spec.name, spec.service.envFile, state.envFile, newEnv.value(), true);
    plan.steps << StepFactory::waitHealth(target, {}, options.healthTimeoutMs);
    return PlanResult{plan, {}, false};
}

} // namespace fleetdeck
