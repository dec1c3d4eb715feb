#include "plan/PlanExecutor.h"

#include "config/ConfigLint.h"
#include "config/ContentHash.h"
#include "fleet/ServerSpec.h"
#include "plan/HealthProbe.h"
#include "plan/NginxReloader.h"
#include "remote/SshError.h"
#include "remote/SshSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <stdexcept>

namespace fleetdeck {

namespace {

QString tr(const char* s, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fleetdeck::PlanExecutor", s, disambiguation, n);
}

struct StaleError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};
struct CancelError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

template <typename T>
T await(QFuture<T> future)
{
    future.waitForFinished(); // worker thread: rethrows SshError
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

constexpr char kMissingSockets[] = "for s in \"$@\"; do [ -S \"$s\" ] || echo \"$s\"; done\n";

bool running(const WorkerStatus& w)
{
    return w.state == WorkerState::Idle || w.state == WorkerState::Busy || w.state == WorkerState::Draining;
}

bool inCall(const WorkerStatus& w)
{
    return w.state == WorkerState::Busy || (w.state == WorkerState::Draining && !w.callId.isEmpty());
}

} // namespace

PlanExecutor::PlanExecutor(SshSession& session, const ServerSpec& spec, HealthProbe& health,
                           const std::atomic_bool& cancel, Callbacks callbacks)
    : m_session(session), m_spec(spec), m_health(health), m_cancel(cancel), m_callbacks(std::move(callbacks)),
      m_sudo(session.target().become == SshTarget::Become::Sudo)
{
}

void PlanExecutor::log(const QString& text)
{
    m_output += text;
    if (!text.endsWith(QLatin1Char('\n')))
        m_output += QLatin1Char('\n');
    if (m_callbacks.output)
        m_callbacks.output(text);
}

void PlanExecutor::checkCancel() const
{
    if (m_cancel.load())
        throw CancelError("cancelled");
}

void PlanExecutor::sleepMs(int ms) const
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        checkCancel();
        QThread::msleep(std::min<qint64>(100, ms - t.elapsed() + 1));
    }
}

PlanRunResult PlanExecutor::run(const Plan& plan)
{
    PlanRunResult result;
    result.server = plan.server;
    log(tr("== %1 on %2 (%3): %4").arg(plan.action, plan.server, m_session.target().host, plan.summary));
    try {
        await(m_session.open());
        const RemoteLockInfo lock = await(m_session.acquireLock());
        log(tr("host lock %1 taken: %2").arg(lock.lockFile, lock.holder.trimmed()));
    } catch (const SshError& e) {
        const bool hostKey = e.kind() == SshError::Kind::HostKeyUnknown || e.kind() == SshError::Kind::HostKeyChanged;
        result.outcome = hostKey ? PlanRunResult::Outcome::Refused : PlanRunResult::Outcome::Failed;
        result.message = tr("nothing was changed on %1: %2").arg(plan.server, e.message());
        log(result.message);
        result.output = m_output;
        return result;
    }

    const int total = int(plan.steps.size());
    for (int i = 0; i < total; ++i) {
        const PlanStep& step = plan.steps.at(i);
        QString failure;
        bool stale = false;
        bool cancelled = false;
        try {
            checkCancel();
            if (m_callbacks.stepStarted)
                m_callbacks.stepStarted(i, total, step.title);
            const QString detail = runStep(step, i);
            if (m_callbacks.stepFinished)
                m_callbacks.stepFinished(i, true, detail);
            continue;
        } catch (const SshError& e) {
            failure = e.message();
            if (!e.detail().isEmpty() && !failure.contains(e.detail()))
                failure += QStringLiteral(" (") + e.detail() + QLatin1Char(')');
        } catch (const StaleError& e) {
            failure = QString::fromStdString(e.what());
            stale = true;
        } catch (const CancelError&) {
            failure = tr("cancelled");
            cancelled = true;
        } catch (const std::exception& e) {
            failure = QString::fromStdString(e.what());
        }
        failure = failure.trimmed();
        while (failure.endsWith(QLatin1Char('.')))
            failure.chop(1);
        if (m_callbacks.stepFinished)
            m_callbacks.stepFinished(i, false, failure);
        log(tr("step %1 (%2) failed: %3").arg(i + 1).arg(step.title, failure));
        result.failedStep = i;
        const bool undone = rollback();
        result.callsDropped = m_callsDropped;
        if (stale) {
            result.outcome = PlanRunResult::Outcome::Stale;
            result.message = tr("%1 changed since the plan was made; nothing was changed. Make a new plan. (%2)")
                                 .arg(step.path, failure);
        } else if (!undone) {
            result.outcome = PlanRunResult::Outcome::RollbackIncomplete;
            result.message = tr("step %1 (%2) failed: %3. The rollback did NOT complete: check the output and "
                                "%4 by hand.")
                                 .arg(i + 1)
                                 .arg(step.title, failure, plan.server);
        } else {
            result.outcome = cancelled ? PlanRunResult::Outcome::Cancelled : PlanRunResult::Outcome::Failed;
            result.message = tr("step %1 (%2) failed: %3. Every completed step was undone; %4 is as it was.")
                                 .arg(i + 1)
                                 .arg(step.title, failure, plan.server);
        }
        break;
    }
    if (result.failedStep < 0) {
        result.outcome = PlanRunResult::Outcome::Done;
        result.callsDropped = m_callsDropped;
        result.message = tr("%1 on %2 done (%3)").arg(plan.action, plan.server, plan.summary);
        if (m_callsDropped > 0)
            result.message += tr("; %n call(s) dropped", nullptr, m_callsDropped);
    }
    try {
        await(m_session.releaseLock());
    } catch (const SshError&) {
        // the connection is gone: so is the lock
    }
    log(result.message);
    result.output = m_output;
    return result;
}

QString PlanExecutor::runStep(const PlanStep& step, int index)
{
    switch (step.kind) {
    case PlanStep::Kind::Read:
        return readStep(step);
    case PlanStep::Kind::Write:
        return writeStep(step, index);
    case PlanStep::Kind::Command:
        return commandStep(step, index);
    case PlanStep::Kind::Validate:
        return validateStep(step);
    case PlanStep::Kind::Reload: {
        m_undo.append(Undo{index, PlanStep::Kind::Reload, {}, {}, {}});
        if (step.timeoutMs > 0)
            m_reloadTimeoutMs = step.timeoutMs;
        NginxReloader(m_session, m_sudo, [this](const QString& t) { log(t); })
            .reload(m_reloadTimeoutMs, [this] { return m_cancel.load(); });
        ++m_reloadsTaken;
        return tr("ok");
    }
    case PlanStep::Kind::WaitSockets:
        return waitSockets(step);
    case PlanStep::Kind::WaitHealth:
        return waitHealth(step);
    case PlanStep::Kind::WaitIdle:
        return waitIdle(step);
    case PlanStep::Kind::Pause:
        return pause(step);
    }
    return {};
}

QString PlanExecutor::readStep(const PlanStep& step)
{
    const QByteArray content = await(m_session.readFile(step.path));
    const QByteArray hash = ContentHash::sha256Hex(content);
    if (!ContentHash::sameHex(hash, step.sha256))
        throw StaleError(tr("sha256 is now %1, the plan was made from %2").arg(QString::fromLatin1(hash.left(12)),
                                                                                QString::fromLatin1(step.sha256.left(12)))
                             .toStdString());
    m_contents.insert(step.path, content);
    return tr("unchanged");
}

QString PlanExecutor::writeStep(const PlanStep& step, int index)
{
    if (!m_contents.contains(step.path))
        m_contents.insert(step.path, await(m_session.readFile(step.path)));
    const QByteArray previous = m_contents.value(step.path);
    if (!ContentHash::sameHex(ContentHash::sha256Hex(previous), step.beforeSha256))
        throw StaleError(tr("%1 is not what the plan expects before this step").arg(step.path).toStdString());
    WriteOptions options;
    options.expectedSha256 = step.beforeSha256;
    if (step.backup)
        options.backupPath = step.path + QStringLiteral(".fleetdeck-bak-") +
                             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    try {
        await(m_session.writeFile(step.path, step.content, options));
    } catch (const SshError& e) {
        if (e.kind() == SshError::Kind::RemoteFileChanged)
            throw StaleError(e.message().toStdString());
        // a dropped connection may or may not have renamed the new file in: restore either way
        m_undo.append(Undo{index, PlanStep::Kind::Write, step.path, previous, {}});
        throw;
    }
    m_undo.append(Undo{index, PlanStep::Kind::Write, step.path, previous, {}});
    m_contents.insert(step.path, step.content);
    log(tr("wrote %1 (%2 bytes, sha256 %3…)%4")
            .arg(step.path)
            .arg(step.content.size())
            .arg(QString::fromLatin1(ContentHash::sha256Hex(step.content).left(12)))
            .arg(options.backupPath.isEmpty() ? QString() : tr(", backup %1").arg(options.backupPath)));
    return tr("ok");
}

QString PlanExecutor::commandStep(const PlanStep& step, int index)
{
    QString error;
    HealthSnapshot before;
    if (step.dropWorker > 0) {
        before = healthNow(&error);
        if (!error.isEmpty())
            log(tr("health not read before the restart (%1): a dropped call would not be counted").arg(error));
    }
    if (!step.undoArgv.isEmpty())
        m_undo.append(Undo{index, PlanStep::Kind::Command, {}, {}, step.undoArgv});
    const RunOutput r = runLogged(step.argv, m_sudo);
    if (step.dropWorker > 0 && error.isEmpty())
        countDrops(step.dropWorker, before);
    if (r.exitStatus != 0)
        fail(tr("exit status %1: %2").arg(r.exitStatus).arg(r.text.trimmed()));
    return tr("ok");
}

void PlanExecutor::countDrops(int worker, const HealthSnapshot& before)
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
            log(tr("worker %1 was in call %2: the restart dropped it").arg(w.id).arg(w.callId));
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
            log(tr("%n call(s) reached worker %1 just before the restart and were dropped", nullptr, int(extra))
                    .arg(worker));
        }
    }
    m_callsDropped += dropped;
}

QString PlanExecutor::validateStep(const PlanStep& step)
{
    const RunOutput r = runLogged(step.argv, m_sudo);
    if (r.exitStatus != 0)
        fail(tr("exit status %1: %2").arg(r.exitStatus).arg(r.text.trimmed()));
    return tr("ok");
}

QString PlanExecutor::waitSockets(const PlanStep& step)
{
    QElapsedTimer t;
    t.start();
    QString missing;
    for (;;) {
        checkCancel();
        const CommandResult r = await(m_session.run(RemoteCommand::script(kMissingSockets, step.paths)
                                                        .withSudo(m_sudo)
                                                        .withTimeout(15000)));
        missing = QString::fromUtf8(r.stdOut).trimmed();
        if (r.ok() && missing.isEmpty())
            return tr("ok after %1 ms").arg(t.elapsed());
        if (t.elapsed() > step.timeoutMs)
            break;
        sleepMs(200);
    }
    fail(tr("after %1 s still no socket: %2").arg(step.timeoutMs / 1000.0).arg(missing.replace(QLatin1Char('\n'), QStringLiteral(", "))));
}

HealthSnapshot PlanExecutor::healthNow(QString* error)
{
    const HealthReading r = m_health.fetchNow(m_spec.healthUrl, m_spec.tls, 3000);
    *error = r.error;
    return r.snapshot;
}

QString PlanExecutor::waitHealth(const PlanStep& step)
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
                return tr("ok: %1 workers configured, %2 idle, %3 busy").arg(snap.workersConfigured).arg(snap.idle()).arg(snap.busy());
            last = tr("health reports %1 configured workers%2")
                       .arg(snap.workersConfigured)
                       .arg(notRunning.isEmpty() ? QString()
                                                 : tr(", worker %1 not running").arg(ConfigLint::formatNumbers(notRunning)));
        }
        if (t.elapsed() > step.timeoutMs)
            break;
        sleepMs(300);
    }
    fail(tr("after %1 s: %2").arg(step.timeoutMs / 1000.0).arg(last));
}

QString PlanExecutor::waitIdle(const PlanStep& step)
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
        m_callsDropped += int(busy.size());
        log(tr("drain timeout: going on anyway (--force), dropping %n call(s)", nullptr, int(busy.size())));
        return tr("forced: %n call(s) dropped", nullptr, int(busy.size()));
    }
    fail(tr("after %1 s: %2").arg(step.timeoutMs / 1000.0).arg(last));
}

QString PlanExecutor::pause(const PlanStep& step)
{
    sleepMs(step.timeoutMs);
    return tr("ok");
}

PlanExecutor::RunOutput PlanExecutor::runLogged(const QStringList& argv, bool sudo, int timeoutMs)
{
    const RemoteCommand cmd = RemoteCommand(argv).withSudo(sudo).withTimeout(timeoutMs);
    log(QStringLiteral("$ ") + cmd.displayString());
    const CommandResult r = await(m_session.run(cmd));
    SshSession::throwIfSudoRefused(cmd, r);
    RunOutput out;
    out.exitStatus = r.exitStatus;
    out.text = QString::fromUtf8(r.stdOut + r.stdErr);
    if (!out.text.trimmed().isEmpty())
        log(out.text.trimmed());
    log(tr("(exit status %1)").arg(r.exitStatus));
    return out;
}

bool PlanExecutor::reloadBack()
{
    try {
        const RunOutput test = runLogged({QStringLiteral("nginx"), QStringLiteral("-t")}, m_sudo);
        if (test.exitStatus != 0) {
            log(tr("rollback: nginx -t fails on the restored files; nginx not reloaded"));
            return m_reloadsTaken == 0;
        }
        NginxReloader(m_session, m_sudo, [this](const QString& t) { log(t); }).reload(m_reloadTimeoutMs);
        return true;
    } catch (const SshError& e) {
        log(tr("rollback: reload failed: %1").arg(e.message()));
    } catch (const std::exception& e) {
        log(tr("rollback: reload: %1").arg(QString::fromStdString(e.what())));
    }
    // Nothing reloaded during the change: nginx still runs the configuration restored now.
    return m_reloadsTaken == 0;
}

bool PlanExecutor::rollback()
{
    if (m_undo.isEmpty())
        return true;
    log(tr("rolling back %n step(s)", nullptr, int(m_undo.size())));
    // If the connection dropped, the lock went with it: the next request reconnects
    // and this takes the lock again (a no-op while the old lock channel is alive).
    for (int attempt = 0; attempt < 3; ++attempt) {
        try {
            await(m_session.acquireLock(LockRequest{{}, 5000, {}}));
            break;
        } catch (const SshError& e) {
            log(tr("rollback: taking the host lock again: %1").arg(e.message()));
            if (e.kind() == SshError::Kind::LockHeld)
                break;
            QThread::msleep(1000);
        }
    }
    bool complete = true;
    bool needReload = false;
    for (qsizetype i = m_undo.size() - 1; i >= 0; --i) {
        const Undo& u = m_undo.at(i);
        for (int attempt = 0;; ++attempt) {
        try {
            if (u.kind == PlanStep::Kind::Reload) {
                needReload = true;
            } else if (u.kind == PlanStep::Kind::Write) {
                await(m_session.writeFile(u.path, u.previous));
                m_contents.insert(u.path, u.previous);
                log(tr("restored %1 (sha256 %2…)").arg(u.path, QString::fromLatin1(ContentHash::sha256Hex(u.previous).left(12))));
                if (needReload) {
                    complete = reloadBack() && complete;
                    needReload = false;
                }
            } else if (u.kind == PlanStep::Kind::Command) {
                const RunOutput r = runLogged(u.argv, m_sudo);
                if (r.exitStatus != 0) {
                    log(tr("rollback: undo of step %1 failed").arg(u.step + 1));
                    complete = false;
                }
            }
        } catch (const SshError& e) {
            const bool transport = e.kind() == SshError::Kind::ProtocolError ||
                                   e.kind() == SshError::Kind::Unreachable || e.kind() == SshError::Kind::Timeout;
            if (transport && attempt < 2) {
                log(tr("rollback: %1; retrying").arg(e.message()));
                QThread::msleep(1000);
                continue;
            }
            log(tr("rollback: undo of step %1 failed: %2").arg(u.step + 1).arg(e.message()));
            complete = false;
        }
        break;
        }
    }
    if (needReload)
        complete = reloadBack() && complete;
    m_undo.clear();
    log(complete ? tr("rollback complete") : tr("rollback INCOMPLETE"));
    return complete;
}

} // namespace fleetdeck
