#include "plan/AddWorkersPlanner.h"

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
    return QCoreApplication::translate("fleetdeck::AddWorkersPlanner", s);
}

} // namespace

QString AddWorkersPlanner::budgetText(const ServerSpec& spec, int target)
{
    const qint64 need = qint64(target) * spec.workerIdleMb;
    const bool over = need > spec.memoryBudgetMb();
    return tr("%1 × %2 MB = %3 MB %4 %5 MB (%6 % of %7 MB); the safe maximum is %8")
        .arg(target)
        .arg(PlannerCommon::number(spec.workerIdleMb), PlannerCommon::number(need),
             over ? QStringLiteral(">") : QStringLiteral("≤"), PlannerCommon::number(spec.memoryBudgetMb()))
        .arg(spec.memoryBudgetPercent())
        .arg(PlannerCommon::number(spec.ramMb))
        .arg(spec.safeWorkerCount());
}

PlanResult AddWorkersPlanner::plan(const ServerSpec& spec, const RemoteState& state, int target,
                                   const PlanOptions& options)
{
    const ConfigResult<NginxUpstream> upstream = PlannerCommon::upstream(spec, state);
    if (!upstream.ok())
        return PlanResult::failure(upstream.error().message);
    const QList<int> current = PlannerCommon::sortedWorkers(upstream.value());
    const int highest = current.isEmpty() ? 0 : current.last();
    if (target <= highest)
        return PlanResult::failure(tr("%1 already has workers up to %2 in %3; to go to %4 use remove-workers")
                                       .arg(spec.name)
                                       .arg(highest)
                                       .arg(spec.service.upstream)
                                       .arg(target));
    if (target > 4096)
        return PlanResult::failure(
            tr("%1 workers is more than Fleetdeck manages on one server (4096)").arg(target));

    QStringList warnings;
    if (!spec.fitsMemoryBudget(target)) {
        if (!options.allowOverBudget)
            return PlanResult::failure(tr("refused: memory budget of %1: %2. Add RAM first, or pass "
                                          "--allow-over-budget.")
                                           .arg(spec.name, budgetText(spec, target)),
                                       true);
        warnings << tr("over the memory budget (--allow-over-budget): %1").arg(budgetText(spec, target));
    }
    const ConfigResult<int> env = PlannerCommon::envCount(spec, state);
    if (!env.ok() && env.error().kind != ConfigError::Kind::NotFound)
        return PlanResult::failure(env.error().message);
    const ConfigResult<QByteArray> newConfig =
        NginxUpstreamEditor::addWorkers(upstream.value(), highest + 1, target);
    if (!newConfig.ok())
        return PlanResult::failure(newConfig.error().message);
    const ConfigResult<QByteArray> newEnv =
        EnvFileEditor::setInt(state.envFile, spec.service.envVar, target, spec.service.envFile);
    if (!newEnv.ok())
        return PlanResult::failure(newEnv.error().message);

    QList<int> added;
    for (int n = highest + 1; n <= target; ++n)
        added << n;
    QList<int> alreadyRunning;
    if (state.runningUnits) {
        for (int n : added) {
            if (state.runningUnits->contains(n))
                alreadyRunning << n;
        }
    }
    warnings << PlannerCommon::warnings(spec, state, upstream.value());
    if (!alreadyRunning.isEmpty())
        warnings << tr("%1 already running: a rollback leaves it running")
                        .arg(StepFactory::units(spec, alreadyRunning).join(QStringLiteral(", ")));

    Plan plan = PlannerCommon::start(QStringLiteral("add-workers"), spec, state);
    plan.summary = tr("%1 → %2 workers").arg(highest).arg(target);
    plan.parameters = QJsonObject{{QStringLiteral("from"), highest},
                                  {QStringLiteral("to"), target},
                                  {QStringLiteral("allow_over_budget"), options.allowOverBudget},
                                  {QStringLiteral("budget"), budgetText(spec, target)}};
    plan.warnings = warnings;
    const QStringList units = StepFactory::units(spec, added);
    plan.steps << StepFactory::systemctl(QStringLiteral("enable"), units, QStringLiteral("disable"));
    plan.steps << StepFactory::systemctl(QStringLiteral("start"), units,
                                         alreadyRunning.isEmpty() ? QStringLiteral("stop") : QString());
    plan.steps << StepFactory::waitSockets(StepFactory::sockets(spec, added), options.socketTimeoutMs);
    plan.steps << StepFactory::write(spec.name, spec.service.nginxConfig, state.nginxConfig,
                                     newConfig.value(), true);
    plan.steps << StepFactory::nginxTest();
    plan.steps << StepFactory::reload(options.reloadTimeoutMs);
    plan.steps << StepFactory::write(spec.name, spec.service.envFile, state.envFile, newEnv.value(), true);
    plan.steps << StepFactory::waitHealth(target, added, options.healthTimeoutMs);
    return PlanResult{plan, {}, false};
}

} // namespace fleetdeck
