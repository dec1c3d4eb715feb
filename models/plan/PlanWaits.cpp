#include "plan/PlanWaits.h"

#include "config/ConfigLint.h"
#include "fleet/ServerSpec.h"
#include "plan/HealthProbe.h"
#include "plan/PlanErrors.h"
#include "remote/FutureAwait.h"
#include "remote/SshSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QThread>

namespace fleetdeck {

namespace {

[[noreturn]] void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

constexpr char kMissingSockets[] = "for s in \"$@\"; do [ -S \"$s\" ] || echo \"$s\"; done\n";

bool running(const WorkerStatus& w)
{
    return w.state == WorkerState::Idle || w.state == WorkerState::Busy || w.state == WorkerState::Draining;
}

} // namespace

bool PlanWaits::inCall(const WorkerStatus& w)
{
    return w.state == WorkerState::Busy || (w.state == WorkerState::Draining && !w.callId.isEmpty());
}

PlanWaits::PlanWaits(SshSession& session, const ServerSpec& spec, HealthProbe& health,
                     const std::atomic_bool& cancel, std::function<void(const QString&)> log, bool sudo)
    : m_session(session), m_spec(spec), m_health(health), m_cancel(cancel), m_log(std::move(log)),
      m_sudo(sudo)
{}

void PlanWaits::checkCancel() const
{
    if (m_cancel.load())
        throw CancelError("cancelled");
}

void PlanWaits::sleepMs(int ms) const
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        checkCancel();
        QThread::msleep(std::min<qint64>(100, ms - t.elapsed() + 1));
    }
}

int PlanWaits::countDrops(int worker, const HealthSnapshot& before)
{
    // The call the worker had when health was read just before the restart is
    // dropped. A call may also have reached it between that read and the kill: the
    // server's calls_started_total then grew by more than the calls that newly
    // appeared on the other workers.
    QHash<int, QString> callsBefore;
    int dropped = 0;
    for (const WorkerStatus& w : before.workers) {
        if (!inCall(w))
            continue;
        callsBefore.insert(w.id, w.callId);
        if (w.id == worker) {
            ++dropped;
            m_log(tr("worker %1 was in call %2: the restart dropped it").arg(w.id).arg(w.callId));
        }
    }
    QString error;
    const HealthSnapshot after = healthNow(&error);
    if (error.isEmpty() && after.callsStartedTotal >= before.callsStartedTotal) {
        int newElsewhere = 0;
        for (const WorkerStatus& w : after.workers) {
            if (w.id != worker && inCall(w) && callsBefore.value(w.id) != w.callId)
                ++newElsewhere;
        }
        const qint64 extra = after.callsStartedTotal - before.callsStartedTotal - newElsewhere;
        if (extra > 0) {
            dropped += int(extra);
            m_log(tr("%n call(s) reached worker %1 just before the restart and were dropped", nullptr,
                     int(extra))
                      .arg(worker));
        }
    }
    return dropped;
}

QString PlanWaits::sockets(const PlanStep& step)
{
    QElapsedTimer t;
    t.start();
    QString missing;
    for (;;) {
        checkCancel();
        const CommandResult r = await(m_session.run(
            RemoteCommand::script(kMissingSockets, step.paths).withSudo(m_sudo).withTimeout(15000)));
        missing = QString::fromUtf8(r.stdOut).trimmed();
        if (r.ok() && missing.isEmpty())
            return tr("ok after %1 ms").arg(t.elapsed());
        if (t.elapsed() > step.timeoutMs)
            break;
        sleepMs(200);
    }
    fail(tr("after %1 s still no socket: %2")
             .arg(step.timeoutMs / 1000.0)
             .arg(missing.replace(QLatin1Char('\n'), QStringLiteral(", "))));
}

HealthSnapshot PlanWaits::healthNow(QString* error)
{
    const HealthReading r = m_health.fetchNow(m_spec.healthUrl, m_spec.tls, 3000);
    *error = r.error;
    return r.snapshot;
}

QString PlanWaits::health(const PlanStep& step)
{
    QElapsedTimer t;
    t.start();
    QString last;
    for (;;) {
        checkCancel();
        QString error;
        const HealthSnapshot snap = healthNow(&error);
        if (!error.isEmpty()) {
            last = tr("health endpoint: %1").arg(error);
        } else {
            QList<int> notRunning;
            for (int n : step.workers) {
                bool ok = false;
                for (const WorkerStatus& w : snap.workers)
                    ok = ok || (w.id == n && running(w));
                if (!ok)
                    notRunning << n;
            }
            const bool countOk = step.count < 0 || snap.workersConfigured == step.count;
            if (countOk && notRunning.isEmpty())
                return tr("ok: %1 workers configured, %2 idle, %3 busy")
                    .arg(snap.workersConfigured)
                    .arg(snap.idle())
                    .arg(snap.busy());
            last = tr("health reports %1 configured workers%2")
                       .arg(snap.workersConfigured)
                       .arg(notRunning.isEmpty()
                                ? QString()
                                : tr(", worker %1 not running").arg(ConfigLint::formatNumbers(notRunning)));
        }
        if (t.elapsed() > step.timeoutMs)
            break;
        sleepMs(300);
    }
    fail(tr("after %1 s: %2").arg(step.timeoutMs / 1000.0).arg(last));
}

QString PlanWaits::idle(const PlanStep& step, int& dropped)
{
    QElapsedTimer t;
    t.start();
    QList<int> busy;
    QString last;
    for (;;) {
        checkCancel();
        QString error;
        const HealthSnapshot snap = healthNow(&error);
        if (error.isEmpty()) {
            busy.clear();
            for (const WorkerStatus& w : snap.workers) {
                if (step.workers.contains(w.id) && inCall(w))
                    busy << w.id;
            }
            if (busy.isEmpty())
                return tr("idle after %1 ms").arg(t.elapsed());
            last = tr("worker %1 still in a call").arg(ConfigLint::formatNumbers(busy));
        } else {
            last = tr("health endpoint: %1").arg(error);
        }
        if (t.elapsed() > step.timeoutMs)
            break;
        sleepMs(250);
    }
    if (step.force && !busy.isEmpty()) {
        dropped += int(busy.size());
        m_log(tr("drain timeout: going on anyway (--force), dropping %n call(s)", nullptr, int(busy.size())));
        return tr("forced: %n call(s) dropped", nullptr, int(busy.size()));
    }
    fail(tr("after %1 s: %2").arg(step.timeoutMs / 1000.0).arg(last));
}

} // namespace fleetdeck
