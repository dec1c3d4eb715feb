#include "ProcessRun.h"

#include <QProcess>

namespace fleetdeck::test {

ProcessRun runProcess(const QString& program, const QStringList& args, int timeoutMs, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForStarted(5000)) {
        r.err = QStringLiteral("cannot start %1").arg(program);
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        r.err = QStringLiteral("timed out after %1 ms: %2 %3").arg(timeoutMs).arg(program, args.join(QLatin1Char(' ')));
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace fleetdeck::test
