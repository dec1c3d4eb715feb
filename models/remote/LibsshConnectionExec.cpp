// LibsshConnection: commands, streaming, cancellation and the lock channel.
#include "LibsshConnection.h"

#include "SshError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>

namespace fleetdeck {

namespace {

using Kind = SshError::Kind;

QString tr(const char* text)
{
    return QCoreApplication::translate("fleetdeck::LibsshConnection", text);
}

Q_LOGGING_CATEGORY(lcSshExec, "fleetdeck.ssh.exec", QtWarningMsg)

constexpr int kReadChunk = 64 * 1024;
constexpr uint32_t kWriteChunk = 32 * 1024;

} // namespace

LibsshChannelPtr LibsshConnection::openExecChannel(const QByteArray& line)
{
    LibsshChannelPtr channel(ssh_channel_new(m_session.get()));
    if (!channel)
        throwLost(tr("opening a channel"));
    if (ssh_channel_open_session(channel.get()) != SSH_OK)
        throwLost(tr("opening a channel"));
    if (ssh_channel_request_exec(channel.get(), line.constData()) != SSH_OK)
        throwLost(tr("starting a command"));
    return channel;
}

void LibsshConnection::pumpStdin(ssh_channel channel, const QByteArray& data, qsizetype& sent, bool& eofSent)
{
    // Never write more than the peer's window: a blocking write could otherwise
    // deadlock against a command that fills its stdout while we feed its stdin.
    const uint32_t window = ssh_channel_window_size(channel);
    const qsizetype left = data.size() - sent;
    if (left > 0 && window > 0) {
        const uint32_t n = std::min<uint32_t>({window, kWriteChunk, uint32_t(left)});
        const int rc = ssh_channel_write(channel, data.constData() + sent, n);
        if (rc == SSH_ERROR)
            throwLost(tr("sending input to a command"));
        sent += rc;
    }
    if (sent >= data.size()) {
        if (ssh_channel_send_eof(channel) == SSH_ERROR)
            throwLost(tr("sending input to a command"));
        eofSent = true;
    }
}

bool LibsshConnection::readAvailable(ssh_channel channel, CommandResult& result,
                                     const SshSession::OutputCallback& onOutput, ExecStream& stream)
{
    static thread_local QByteArray buffer(kReadChunk, Qt::Uninitialized);
    bool got = false;
    for (const int isStderr : {0, 1}) {
        const int n = ssh_channel_read_nonblocking(channel, buffer.data(), kReadChunk, isStderr);
        if (n == SSH_ERROR)
            throwLost(tr("reading a command's output"));
        if (n <= 0)
            continue;
        got = true;
        deliver(isStderr ? OutputStream::StdErr : OutputStream::StdOut, QByteArray(buffer.constData(), n),
                result, onOutput, stream);
    }
    return got;
}

void LibsshConnection::deliver(OutputStream which, QByteArray chunk, CommandResult& result,
                               const SshSession::OutputCallback& onOutput, ExecStream& stream)
{
    if (which == OutputStream::StdOut && !stream.headerDone) {
        stream.header += chunk;
        const qsizetype eol = stream.header.indexOf('\n');
        if (eol < 0 && stream.header.size() < 64)
            return;
        const QByteArray line = stream.header.left(eol);
        if (eol >= 0 && line.startsWith(RemoteCommand::kExecHeader)) {
            stream.wrapperPid = line.mid(qsizetype(sizeof(RemoteCommand::kExecHeader) - 1)).toLongLong();
            chunk = stream.header.mid(eol + 1);
        } else {
            chunk = stream.header; // not our wrapper's header: pass everything through
        }
        stream.headerDone = true;
        stream.header.clear();
        if (chunk.isEmpty())
            return;
    }
    (which == OutputStream::StdErr ? result.stdErr : result.stdOut).append(chunk);
    if (onOutput)
        onOutput(which, chunk);
}

void LibsshConnection::runHelper(const QByteArray& line, int timeoutMs)
{
    LibsshChannelPtr channel = openExecChannel(line);
    ssh_channel ch = channel.get();
    ssh_channel_send_eof(ch);
    QElapsedTimer timer;
    timer.start();
    char sink[4096];
    while (!ssh_channel_is_eof(ch) && ssh_channel_is_open(ch) && timer.elapsed() < timeoutMs) {
        if (ssh_channel_read_nonblocking(ch, sink, sizeof sink, 0) > 0 ||
            ssh_channel_read_nonblocking(ch, sink, sizeof sink, 1) > 0)
            continue;
        if (ssh_channel_poll_timeout(ch, 50, 0) == SSH_ERROR)
            break;
    }
}

void LibsshConnection::killRemote(ssh_channel channel, ExecStream& stream)
{
    // 1. The SSH "signal" request (sshd does killpg; refused for root logins).
    ssh_channel_request_send_signal(channel, "TERM");
    // 2. TERM to the wrapper over a second channel; its trap kills the process group.
    QElapsedTimer timer;
    timer.start();
    CommandResult ignored;
    while (!stream.headerDone && ssh_channel_is_open(channel) && !ssh_channel_is_eof(channel) &&
           timer.elapsed() < 3000) {
        if (!readAvailable(channel, ignored, {}, stream) &&
            ssh_channel_poll_timeout(channel, 50, 0) == SSH_ERROR)
            break;
    }
    if (stream.wrapperPid > 1 && isConnected()) {
        try {
            runHelper(QByteArrayLiteral("kill -TERM ") + QByteArray::number(stream.wrapperPid), 3000);
        } catch (const SshError&) {
            // connection gone: sshd closes the pipes; nothing more we can do from here
        }
    }
    // 3. Close the channel.
    ssh_channel_send_eof(channel);
    ssh_channel_close(channel);
}

CommandResult LibsshConnection::exec(const RemoteCommand& command, const SshSession::OutputCallback& onOutput,
                                     const CancelCheck& cancelled)
{
    ensureConnected();
    QElapsedTimer timer;
    timer.start();
    LibsshChannelPtr channel = openExecChannel(command.toExecLine());
    qCDebug(lcSshExec) << "channel open + exec" << timer.elapsed() << "ms";
    ssh_channel ch = channel.get();
    CommandResult result;
    ExecStream stream;
    QElapsedTimer quiet; // time since the last output
    quiet.start();
    qsizetype sent = 0;
    bool eofSent = false;
    if (!command.hasStdin() || command.stdinData().isEmpty()) {
        ssh_channel_send_eof(ch);
        eofSent = true;
    }
    for (;;) {
        if (cancelled && cancelled()) {
            killRemote(ch, stream);
            throw SshError(Kind::Cancelled, tr("Cancelled: %1").arg(command.displayString()));
        }
        if (command.timeoutMs() > 0 && timer.elapsed() > command.timeoutMs()) {
            killRemote(ch, stream);
            throw SshError(Kind::Timeout, tr("The command did not finish within %1 s and was stopped: %2")
                                              .arg(command.timeoutMs() / 1000.0)
                                              .arg(command.displayString()));
        }
        if (!eofSent)
            pumpStdin(ch, command.stdinData(), sent, eofSent);
        if (readAvailable(ch, result, onOutput, stream)) {
            quiet.restart();
            continue;
        }
        if (ssh_channel_is_eof(ch) || !ssh_channel_is_open(ch))
            break;
        if (m_target.keepaliveSeconds > 0 && quiet.elapsed() > m_target.keepaliveSeconds * 1000) {
            // A long quiet command: make sure the server is still there.
            if (!probeAlive())
                throwLost(tr("running %1 (no answer to keepalive)").arg(command.displayString()));
            quiet.restart();
        }
        if (ssh_channel_poll_timeout(ch, eofSent ? 50 : 5, 0) == SSH_ERROR)
            throwLost(tr("running %1").arg(command.displayString()));
    }
    qCDebug(lcSshExec) << "eof" << timer.elapsed() << "ms";
    readAvailable(ch, result, onOutput, stream);
    result.exitStatus = ssh_channel_get_exit_status(ch);
    qCDebug(lcSshExec) << "exit status" << result.exitStatus << timer.elapsed() << "ms";
    if (result.exitStatus < 0 && !isConnected())
        throwLost(tr("running %1").arg(command.displayString()));
    result.elapsedMs = timer.elapsed();
    SshSession::throwIfSudoRefused(command, result);
    return result;
}

RemoteLockInfo LibsshConnection::acquireLock(const LockRequest& request)
{
    ensureConnected();
    if (m_lockChannel && ssh_channel_is_open(m_lockChannel.get()) && !ssh_channel_is_eof(m_lockChannel.get()))
        throw SshError(Kind::LockHeld, tr("This console already holds the lock on %1.").arg(m_target.host));
    const RemoteCommand command = RemoteLock::command(request);
    LibsshChannelPtr channel = openExecChannel(command.toExecLine());
    ssh_channel ch = channel.get();
    CommandResult result;
    ExecStream stream;
    QElapsedTimer timer;
    timer.start();
    const qint64 limit = qint64(request.waitMs) + 15000;
    // Wait for "LOCKED <file>\n<holder>\n" or for the script to end (HELD / error).
    while (result.stdOut.count('\n') < 2) {
        if (readAvailable(ch, result, {}, stream))
            continue;
        if (ssh_channel_is_eof(ch) || !ssh_channel_is_open(ch))
            break;
        if (timer.elapsed() > limit) {
            killRemote(ch, stream);
            throw SshError(Kind::Timeout,
                           tr("Taking the lock on %1 did not finish in time.").arg(m_target.host));
        }
        if (ssh_channel_poll_timeout(ch, 50, 0) == SSH_ERROR)
            throwLost(tr("taking the lock"));
    }
    const QList<QByteArray> lines = result.stdOut.split('\n');
    const QString first = QString::fromUtf8(lines.value(0));
    const QString holder = QString::fromUtf8(lines.value(1)).trimmed();
    if (first.startsWith(QLatin1String("LOCKED "))) {
        m_lockChannel = std::move(channel);
        return {first.mid(7), holder};
    }
    readAvailable(ch, result, {}, stream);
    if (first.startsWith(QLatin1String("HELD ")))
        throw SshError(
            Kind::LockHeld,
            tr("%1 is being changed by another console: %2 (lock file %3). Wait until it is done.")
                .arg(m_target.host, holder.isEmpty() ? tr("holder unknown") : holder, first.mid(5)),
            RemoteLock::kHeldExitStatus, holder);
    throw SshError(Kind::CommandFailed,
                   tr("Could not take the lock on %1: %2")
                       .arg(m_target.host, QString::fromUtf8(result.stdErr).trimmed()),
                   ssh_channel_get_exit_status(ch), QString::fromUtf8(result.stdErr));
}

void LibsshConnection::releaseLock()
{
    if (!m_lockChannel)
        return;
    ssh_channel ch = m_lockChannel.get();
    if (isConnected() && ssh_channel_is_open(ch)) {
        ssh_channel_send_eof(ch); // the remote `cat` ends, the holder line is cleared, flock released
        QElapsedTimer timer;
        timer.start();
        CommandResult ignored;
        ExecStream stream;
        stream.headerDone = true;
        while (!ssh_channel_is_eof(ch) && ssh_channel_is_open(ch) && timer.elapsed() < 5000) {
            if (readAvailable(ch, ignored, {}, stream))
                continue;
            if (ssh_channel_poll_timeout(ch, 50, 0) == SSH_ERROR)
                break;
        }
    }
    m_lockChannel.reset();
}

} // namespace fleetdeck
