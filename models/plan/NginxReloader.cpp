#include "plan/NginxReloader.h"

#include "remote/SshSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <stdexcept>

namespace fleetdeck {

namespace {

constexpr char kWorkersScript[] =
    "m=$(systemctl show -p MainPID --value nginx 2>/dev/null)\n"
    "case \"$m\" in ''|0|*[!0-9]*) echo \"nginx is not running (MainPID=$m)\" >&2; exit 3;; esac\n"
    "echo \"$m\"\n"
    "pgrep -P \"$m\" || true\n";

QString tr(const char* s)
{
    return QCoreApplication::translate("fleetdeck::NginxReloader", s);
}

[[noreturn]] void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

QString pids(const QList<qint64>& list)
{
    QStringList out;
    for (qint64 p : list)
        out << QString::number(p);
    return out.join(QLatin1Char(' '));
}

} // namespace

NginxReloader::NginxReloader(SshSession& session, bool sudo, Log log)
    : m_session(session), m_sudo(sudo), m_log(std::move(log))
{}

NginxReloader::Workers NginxReloader::workers()
{
    QFuture<CommandResult> f = m_session.run(RemoteCommand::script(kWorkersScript).withTimeout(15000));
    f.waitForFinished();
    const CommandResult r = f.result();
    if (!r.ok())
        fail(tr("cannot find nginx's worker processes: %1").arg(QString::fromUtf8(r.stdErr).trimmed()));
    Workers w;
    const QList<QByteArray> lines = r.stdOut.trimmed().split('\n');
    w.master = lines.value(0).trimmed().toLongLong();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qint64 pid = lines.at(i).trimmed().toLongLong();
        if (pid > 0)
            w.workers << pid;
    }
    return w;
}

void NginxReloader::reload(int timeoutMs, const Cancelled& cancelled)
{
    const Workers before = workers();
    m_log(tr("nginx master %1, workers %2").arg(before.master).arg(pids(before.workers)));
    const RemoteCommand cmd =
        RemoteCommand({QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("nginx")})
            .withSudo(m_sudo)
            .withTimeout(30000);
    m_log(QStringLiteral("$ ") + cmd.displayString());
    QFuture<CommandResult> f = m_session.run(cmd);
    f.waitForFinished();
    const CommandResult r = f.result();
    if (!r.stdOut.isEmpty() || !r.stdErr.isEmpty())
        m_log(QString::fromUtf8(r.stdOut + r.stdErr).trimmed());
    if (!r.ok())
        fail(tr("systemctl reload nginx failed (exit status %1): %2")
                 .arg(r.exitStatus)
                 .arg(QString::fromUtf8(r.stdErr).trimmed()));
    QElapsedTimer timer;
    timer.start();
    Workers after;
    do {
        after = workers();
        for (qint64 pid : after.workers) {
            if (!before.workers.contains(pid)) {
                m_log(tr("reload took: new workers %1").arg(pids(after.workers)));
                return;
            }
        }
        if (cancelled && cancelled())
            break;
        QThread::msleep(100);
    } while (timer.elapsed() < timeoutMs);
    fail(tr("nginx did not start new worker processes after the reload (master %1, workers still %2): the "
            "new configuration was NOT applied — nginx's error log says why (e.g. bind() failed)")
             .arg(after.master)
             .arg(pids(after.workers)));
}

} // namespace fleetdeck
