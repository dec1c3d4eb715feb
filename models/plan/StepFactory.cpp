#include "plan/StepFactory.h"

#include "config/ConfigLint.h"
#include "config/ContentHash.h"
#include "config/UnifiedDiff.h"
#include "fleet/ServerSpec.h"

#include <QCoreApplication>

namespace fleetdeck {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("fleetdeck::StepFactory", s);
}

} // namespace

PlanStep StepFactory::read(const QString& path, const QByteArray& content)
{
    PlanStep s;
    s.kind = PlanStep::Kind::Read;
    s.path = path;
    s.sha256 = ContentHash::sha256Hex(content);
    s.title = tr("check %1 is unchanged (sha256 %2…)").arg(path, QString::fromLatin1(s.sha256.left(12)));
    return s;
}

PlanStep StepFactory::write(const QString& server, const QString& path, const QByteArray& before,
                            const QByteArray& after, bool backup)
{
    PlanStep s;
    s.kind = PlanStep::Kind::Write;
    s.path = path;
    s.beforeSha256 = ContentHash::sha256Hex(before);
    s.content = after;
    s.diff = UnifiedDiff::diff(before, after, UnifiedDiff::label(server, path));
    s.backup = backup;
    s.title = tr("write %1").arg(path);
    return s;
}

PlanStep StepFactory::command(const QString& title, const QStringList& argv, const QStringList& undoArgv)
{
    PlanStep s;
    s.kind = PlanStep::Kind::Command;
    s.title = title;
    s.argv = argv;
    s.undoArgv = undoArgv;
    return s;
}

PlanStep StepFactory::systemctl(const QString& verb, const QStringList& units, const QString& undoVerb)
{
    const QStringList argv = QStringList{QStringLiteral("systemctl"), verb} + units;
    const QStringList undo =
        undoVerb.isEmpty() ? QStringList{} : QStringList{QStringLiteral("systemctl"), undoVerb} + units;
    PlanStep s = command({}, argv, undo);
    s.title = s.commandLine();
    return s;
}

PlanStep StepFactory::nginxTest()
{
    PlanStep s;
    s.kind = PlanStep::Kind::Validate;
    s.argv = QStringList{QStringLiteral("nginx"), QStringLiteral("-t")};
    s.title = QStringLiteral("nginx -t");
    return s;
}

PlanStep StepFactory::reload(int timeoutMs)
{
    PlanStep s;
    s.kind = PlanStep::Kind::Reload;
    s.timeoutMs = timeoutMs;
    s.title = tr("systemctl reload nginx (and check new nginx workers started)");
    return s;
}

PlanStep StepFactory::waitSockets(const QStringList& paths, int timeoutMs)
{
    PlanStep s;
    s.kind = PlanStep::Kind::WaitSockets;
    s.paths = paths;
    s.timeoutMs = timeoutMs;
    s.title = paths.size() == 1
                  ? tr("wait for socket %1").arg(paths.first())
                  : tr("wait for %1 sockets (%2 … %3)").arg(paths.size()).arg(paths.first(), paths.last());
    return s;
}

PlanStep StepFactory::waitHealth(int count, const QList<int>& workers, int timeoutMs)
{
    PlanStep s;
    s.kind = PlanStep::Kind::WaitHealth;
    s.count = count;
    s.workers = workers;
    s.timeoutMs = timeoutMs;
    if (count >= 0 && !workers.isEmpty())
        s.title = tr("verify health reports %1 workers, %2 running")
                      .arg(count)
                      .arg(ConfigLint::formatNumbers(workers));
    else if (count >= 0)
        s.title = tr("verify health reports %1 workers").arg(count);
    else
        s.title = tr("wait until health reports worker %1 running").arg(ConfigLint::formatNumbers(workers));
    return s;
}

PlanStep StepFactory::waitIdle(const QList<int>& workers, int timeoutMs, bool force)
{
    PlanStep s;
    s.kind = PlanStep::Kind::WaitIdle;
    s.workers = workers;
    s.timeoutMs = timeoutMs;
    s.force = force;
    s.title = tr("wait until worker %1 has no call (up to %2 s%3)")
                  .arg(ConfigLint::formatNumbers(workers))
                  .arg(timeoutMs / 1000)
                  .arg(force ? tr(", then stop anyway") : QString());
    return s;
}

PlanStep StepFactory::pause(int ms)
{
    PlanStep s;
    s.kind = PlanStep::Kind::Pause;
    s.timeoutMs = ms;
    s.title = tr("pause %1 s").arg(ms / 1000.0);
    return s;
}

QStringList StepFactory::units(const ServerSpec& spec, const QList<int>& workers)
{
    QStringList out;
    for (int n : workers)
        out << spec.service.unitFor(n);
    return out;
}

QStringList StepFactory::sockets(const ServerSpec& spec, const QList<int>& workers)
{
    QStringList out;
    for (int n : workers)
        out << spec.service.socketFor(n);
    return out;
}

} // namespace fleetdeck
