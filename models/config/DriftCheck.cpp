#include "config/DriftCheck.h"

#include <QCoreApplication>
#include <algorithm>

namespace fleetdeck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fleetdeck::DriftCheck", text);
}

QString fill(QString pattern, int n)
{
    return pattern.replace(QStringLiteral("{n}"), QString::number(n));
}

QString unit(const DriftInputs& in, int n)
{
    return fill(in.unitTemplate, n);
}

QString socketFile(const DriftInputs& in, int n)
{
    const QString path = fill(in.socketTemplate, n);
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QList<int> sorted(const QSet<int>& set)
{
    QList<int> list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

DriftReport DriftCheck::check(const DriftInputs& inputs)
{
    DriftReport report;
    if (!inputs.runningUnits)
        report.unavailable.append(QStringLiteral("units"));
    if (!inputs.upstreamWorkers)
        report.unavailable.append(QStringLiteral("upstream"));
    if (!inputs.envWorkers)
        report.unavailable.append(QStringLiteral(".env"));
    if (!inputs.healthConfigured)
        report.unavailable.append(QStringLiteral("health"));
    compareUnitsAndSockets(inputs, report.findings);
    compareCounts(inputs, report.findings);
    checkWorkerStates(inputs, report.findings);
    return report;
}

void DriftCheck::compareUnitsAndSockets(const DriftInputs& in, QList<DriftFinding>& out)
{
    if (!in.runningUnits || !in.upstreamWorkers)
        return;
    const QSet<int> sockets(in.upstreamWorkers->begin(), in.upstreamWorkers->end());
    for (int n : sorted(sockets - *in.runningUnits)) {
        out.append({QStringLiteral("socket-without-unit"),
                    tr("upstream lists %1 but %2 is not running").arg(socketFile(in, n), unit(in, n)),
                    tr("start %1, or remove %2 from the upstream").arg(unit(in, n), socketFile(in, n)), n});
    }
    for (int n : sorted(*in.runningUnits - sockets)) {
        out.append({QStringLiteral("unit-without-socket"),
                    tr("%1 is running but %2 is not in the upstream, so it gets no calls")
                        .arg(unit(in, n), socketFile(in, n)),
                    tr("add %1 to the upstream, or stop %2").arg(fill(in.socketTemplate, n), unit(in, n)),
                    n});
    }
}

void DriftCheck::compareCounts(const DriftInputs& in, QList<DriftFinding>& out)
{
    if (in.envWorkers && in.runningUnits && *in.envWorkers != in.runningUnits->size()) {
        const int running = int(in.runningUnits->size());
        out.append({QStringLiteral("env-vs-units"),
                    tr(".env says %1 but %2 units run").arg(*in.envWorkers).arg(running),
                    tr("set %1=%2 in %3").arg(in.envVar).arg(running).arg(in.envFile), 0});
    }
    if (in.healthConfigured && in.upstreamWorkers) {
        const int sockets = int(QSet<int>(in.upstreamWorkers->begin(), in.upstreamWorkers->end()).size());
        if (*in.healthConfigured != sockets)
            out.append({QStringLiteral("health-vs-upstream"),
                        tr("health reports %1 configured, upstream has %2 sockets")
                            .arg(*in.healthConfigured)
                            .arg(sockets),
                        tr("set %1=%2 in %3 (the health endpoint reads it)")
                            .arg(in.envVar)
                            .arg(sockets)
                            .arg(in.envFile),
                        0});
    }
    if (in.healthConfigured && in.envWorkers && *in.healthConfigured != *in.envWorkers)
        out.append(
            {QStringLiteral("health-vs-env"),
             tr("health reports %1 configured but .env says %2")
                 .arg(*in.healthConfigured)
                 .arg(*in.envWorkers),
             tr("the health endpoint has not picked up %1 from %2; restart it").arg(in.envVar, in.envFile),
             0});
}

void DriftCheck::checkWorkerStates(const DriftInputs& in, QList<DriftFinding>& out)
{
    for (auto it = in.workerStates.cbegin(); it != in.workerStates.cend(); ++it) {
        const int n = it.key();
        if (it.value() == QLatin1String("down"))
            out.append({QStringLiteral("worker-down"), tr("worker %1 is down").arg(n),
                        tr("restart %1 and read its journal (journalctl -u %1)").arg(unit(in, n)), n});
        if (in.runningUnits && !in.runningUnits->contains(n))
            out.append({QStringLiteral("health-unknown-worker"),
                        tr("health reports worker %1 but %2 is not running").arg(n).arg(unit(in, n)),
                        tr("start %1, or lower %2 in %3").arg(unit(in, n), in.envVar, in.envFile), n});
    }
}

} // namespace fleetdeck
