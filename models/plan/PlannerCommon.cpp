#include "plan/PlannerCommon.h"

#include "config/ConfigLint.h"
#include "config/DriftCheck.h"
#include "config/EnvFileEditor.h"
#include "fleet/ServerSpec.h"
#include "plan/DriftReader.h"
#include "plan/StepFactory.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace fleetdeck {

ConfigResult<NginxUpstream> PlannerCommon::upstream(const ServerSpec& spec, const RemoteState& state)
{
    return NginxUpstream::parse(state.nginxConfig, spec.service.upstream, spec.service.socketPath,
                                spec.service.nginxConfig);
}

ConfigResult<int> PlannerCommon::envCount(const ServerSpec& spec, const RemoteState& state)
{
    return EnvFileEditor::readInt(state.envFile, spec.service.envVar, spec.service.envFile);
}

QStringList PlannerCommon::warnings(const ServerSpec& spec, const RemoteState& state,
                                    const NginxUpstream& upstream)
{
    QStringList out;
    ConfigLint::Options lintOptions;
    lintOptions.runningUnits = state.runningUnits;
    lintOptions.unitTemplate = spec.service.unitTemplate;
    for (const LintWarning& w : ConfigLint::lint(upstream, lintOptions)) {
        if (w.code == QLatin1String("socket-without-unit") || w.code == QLatin1String("unit-without-socket"))
            continue; // DriftCheck reports these with a suggestion
        out << (w.line > 0
                    ? QStringLiteral("%1:%2: %3").arg(spec.service.nginxConfig).arg(w.line).arg(w.message)
                    : w.message);
    }
    if (!state.health && !state.healthError.isEmpty())
        out << QCoreApplication::translate("fleetdeck::Planner", "health endpoint not read: %1")
                   .arg(state.healthError);
    const DriftInputs in = DriftReader::inputs(spec, state, &upstream);
    for (const DriftFinding& f : DriftCheck::check(in).findings) {
        if (f.code == QLatin1String("worker-down") || f.code == QLatin1String("worker-draining"))
            continue;
        out << QCoreApplication::translate("fleetdeck::Planner", "drift: %1 (%2)")
                   .arg(f.message, f.suggestion);
    }
    return out;
}

Plan PlannerCommon::start(const QString& action, const ServerSpec& spec, const RemoteState& state)
{
    Plan plan;
    plan.action = action;
    plan.server = spec.name;
    plan.host = spec.host;
    plan.createdAt = QDateTime::currentDateTimeUtc();
    plan.files.append(
        {spec.service.nginxConfig, StepFactory::read(spec.service.nginxConfig, state.nginxConfig).sha256});
    plan.files.append({spec.service.envFile, StepFactory::read(spec.service.envFile, state.envFile).sha256});
    plan.steps.append(StepFactory::read(spec.service.nginxConfig, state.nginxConfig));
    plan.steps.append(StepFactory::read(spec.service.envFile, state.envFile));
    return plan;
}

QList<int> PlannerCommon::sortedWorkers(const NginxUpstream& upstream)
{
    QList<int> w = upstream.workers();
    std::sort(w.begin(), w.end());
    w.erase(std::unique(w.begin(), w.end()), w.end());
    return w;
}

int PlannerCommon::busyAmong(const RemoteState& state, const QList<int>& workers)
{
    if (!state.health)
        return 0;
    int busy = 0;
    for (const WorkerStatus& w : state.health->workers) {
        if (workers.contains(w.id) && !w.callId.isEmpty())
            ++busy;
    }
    return busy;
}

QString PlannerCommon::number(qint64 value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value);
}

} // namespace fleetdeck
