#include "plan/PlanExecutor.h"

#include "config/ConfigLint.h"
#include "config/ContentHash.h"
#include "fleet/ServerSpec.h"
#include "plan/HealthProbe.h"
#include "plan/NginxReloader.h"
#include "plan/PlanErrors.h"
#include "remote/FutureAwait.h"
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

[[noreturn]] void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

} // namespace

PlanExecutor::PlanExecutor(SshSession& session, const ServerSpec& spec, HealthProbe& health,
                           const std::atomic_bool& cancel, Callbacks callbacks)
    : m_session(session), m_spec(spec), m_health(health), m_cancel(cancel), m_callbacks(std::move(callbacks)),
      m_sudo(session.target().become == SshTarget::Become::Sudo)
{}

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

PlanWaits PlanExecutor::waits()
{
    return PlanWaits(
        m_session, m_spec, m_health, m_cancel, [this](const QString& t) { log(t); }, m_sudo);
}

PlanRunResult PlanExecutor::run(const Plan& plan)
{
    PlanRunResult result;
    result.server = plan.server;
    log(tr("== %1 on %2 (%3): %4").arg(plan.action, plan.server, m_session.target().host, plan.summary));
    try {
        await(m_session.open());
        const RemoteLockInfo lock = await(m_session.acquireLock(LockRequest{{}, 0, m_spec.lockFile}));
        log(tr("host lock %1 taken: %2").arg(lock.lockFile, lock.holder.trimmed()));
    } catch (const SshError& e) {
        const bool hostKey =
            e.kind() == SshError::Kind::HostKeyUnknown || e.kind() == SshError::Kind::HostKeyChanged;
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
            result.message =
                tr("%1 changed since the plan was made; nothing was changed. Make a new plan. (%2)")
                    .arg(step.path, failure);
        } else if (!undone) {
            result.outcome = PlanRunResult::Outcome::RollbackIncomplete;
            result.message =
                tr("step %1 (%2) failed: %3. The rollback did NOT complete: check the output and "
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
        NginxReloader(m_session, m_sudo, [this](const QString& t) {
            log(t);
        }).reload(m_reloadTimeoutMs, [this] { return m_cancel.load(); });
        ++m_reloadsTaken;
        return tr("ok");
    }
    case PlanStep::Kind::WaitSockets:
        return waits().sockets(step);
    case PlanStep::Kind::WaitHealth:
        return waits().health(step);
    case PlanStep::Kind::WaitIdle:
        return waits().idle(step, m_callsDropped);
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
        throw StaleError(
            tr("sha256 is now %1, the plan was made from %2")
                .arg(QString::fromLatin1(hash.left(12)), QString::fromLatin1(step.sha256.left(12)))
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
        before = waits().healthNow(&error);
        if (!error.isEmpty())
            log(tr("health not read before the restart (%1): a dropped call would not be counted")
                    .arg(error));
    }
    if (!step.undoArgv.isEmpty())
        m_undo.append(Undo{index, PlanStep::Kind::Command, {}, {}, step.undoArgv});
    const RunOutput r = runLogged(step.argv, m_sudo);
    if (step.dropWorker > 0 && error.isEmpty())
        m_callsDropped += waits().countDrops(step.dropWorker, before);
    if (r.exitStatus != 0)
        fail(tr("exit status %1: %2").arg(r.exitStatus).arg(r.text.trimmed()));
    return tr("ok");
}

QString PlanExecutor::validateStep(const PlanStep& step)
{
    const RunOutput r = runLogged(step.argv, m_sudo);
    if (r.exitStatus != 0)
        fail(tr("exit status %1: %2").arg(r.exitStatus).arg(r.text.trimmed()));
    return tr("ok");
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
            await(m_session.acquireLock(LockRequest{{}, 5000, m_spec.lockFile}));
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
                    log(tr("restored %1 (sha256 %2…)")
                            .arg(u.path, QString::fromLatin1(ContentHash::sha256Hex(u.previous).left(12))));
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
                                       e.kind() == SshError::Kind::Unreachable ||
                                       e.kind() == SshError::Kind::Timeout;
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
