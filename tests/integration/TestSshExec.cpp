// LibsshSession against a real sshd: commands, streaming, cancellation, sudo, failures.
#include "FutureWait.h"
#include "SshdFixture.h"
#include "remote/LibsshSession.h"
#include "remote/SshError.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTest>

#include <csignal>

using namespace fleetdeck;
using namespace fleetdeck::test;

namespace {

// kill -0 succeeds, and the process is not a zombie waiting for a parent that
// does not reap (PID 1 in a container may not).
bool processAlive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return line.mid(close + 2, 1) != "Z";
}

qint64 readPid(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
}

// A `sudo` stand-in on the remote PATH: behaves like `sudo -n` for a NOPASSWD user,
// or (when the marker file exists) exactly like real sudo refusing to prompt.
const QByteArray kSudoStandIn =
    "#!/bin/sh\n"
    "echo \"$*\" >> \"$(dirname \"$0\")/sudo.log\"\n"
    "if [ -e \"$(dirname \"$0\")/sudo-wants-password\" ]; then\n"
    "  echo 'sudo: a password is required' >&2; exit 1\n"
    "fi\n"
    "[ \"$1\" = -n ] || { echo 'sudo: a terminal is required to read the password' >&2; exit 1; }\n"
    "shift; [ \"$1\" = -- ] && shift\n"
    "exec \"$@\"\n";

} // namespace

class TestSshExec : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<LibsshSession> m_session;

    CommandResult runOk(const RemoteCommand& cmd, int timeoutMs = 20000)
    {
        auto future = m_session->run(cmd);
        if (!waitFinished(future, timeoutMs))
            qFatal("command did not finish in time");
        if (auto error = errorOf(future))
            qFatal("command failed: %s", error->what());
        return future.result();
    }

private slots:
    void initTestCase()
    {
        m_sshd = std::make_unique<SshdFixture>();
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
        QVERIFY(m_sshd->writeKnownHosts());
        QVERIFY(m_sshd->installScript(QStringLiteral("sudo"), kSudoStandIn));
        m_session = std::make_unique<LibsshSession>(m_sshd->target());
        auto opened = m_session->open();
        QVERIFY(waitFinished(opened));
        auto error = errorOf(opened);
        QVERIFY2(!error, error ? error->what() : "");
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_sshd.reset();
    }

    void exitStatusAndStreams()
    {
        const CommandResult r = runOk(RemoteCommand::script("echo out; echo err >&2; exit 42"));
        QCOMPARE(r.exitStatus, 42);
        QCOMPARE(r.stdOut, QByteArray("out\n"));
        QCOMPARE(r.stdErr, QByteArray("err\n"));
        QCOMPARE(runOk(RemoteCommand({QStringLiteral("true")})).exitStatus, 0);
        QCOMPARE(runOk(RemoteCommand({QStringLiteral("false")})).exitStatus, 1);
        QCOMPARE(runOk(RemoteCommand({QStringLiteral("no-such-command-fd")})).exitStatus, 127);
    }

    void argumentsArriveUnchanged()
    {
        const QStringList hostile{QStringLiteral("fleet-1; rm -rf /"),
                                  QStringLiteral("$(id)"),
                                  QStringLiteral("`id`"),
                                  QStringLiteral("it's"),
                                  QStringLiteral("a\nb"),
                                  QStringLiteral("Zürich 東京"),
                                  QString()};
        QStringList argv{QStringLiteral("printf"), QStringLiteral("[%s]")};
        argv += hostile;
        QByteArray expected;
        for (const QString& s : hostile)
            expected += '[' + s.toUtf8() + ']';
        QCOMPARE(runOk(RemoteCommand(argv)).stdOut, expected);
    }

    void stdinEnvAndCwd()
    {
        QByteArray data;
        for (int i = 0; i < 300000; ++i)
            data.append(char(i * 7 % 256));
        RemoteCommand cmd({QStringLiteral("sha256sum")});
        cmd.withStdin(data);
        const CommandResult r = runOk(cmd);
        QCOMPARE(r.stdOut.left(64), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());

        RemoteCommand env = RemoteCommand::script("printf '%s %s' \"$PWD\" \"$FD_X\"");
        env.withCwd(QStringLiteral("/tmp")).withEnv(QStringLiteral("FD_X"), QStringLiteral("a b'c"));
        QCOMPARE(runOk(env).stdOut, QByteArray("/tmp a b'c"));
    }

    void largeOutput()
    {
        // 8 MiB on stdout and 1 MiB on stderr at the same time.
        const CommandResult r = runOk(RemoteCommand::script(
            "head -c 8388608 /dev/zero | tr '\\0' 'x'; head -c 1048576 /dev/zero | tr '\\0' 'e' >&2"));
        QCOMPARE(r.exitStatus, 0);
        QCOMPARE(r.stdOut.size(), 8388608);
        QCOMPARE(r.stdErr.size(), 1048576);
        QVERIFY(!r.stdOut.contains('\0'));
    }

    void streamingChunksArriveBeforeTheEnd()
    {
        QMutex mutex;
        QList<QPair<qint64, QByteArray>> chunks;
        QElapsedTimer timer;
        timer.start();
        auto future = m_session->run(
            RemoteCommand::script("echo first; echo warn >&2; sleep 2; echo second"),
            [&](OutputStream stream, const QByteArray& chunk) {
                QMutexLocker lock(&mutex);
                chunks.append({timer.elapsed(), (stream == OutputStream::StdErr ? "E:" : "O:") + chunk});
            });
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     QMutexLocker l(&mutex);
                                     return !chunks.isEmpty();
                                 })(),
                                 5000);
        const qint64 firstAt = timer.elapsed();
        QVERIFY(!future.isFinished()); // first chunk seen while the command still runs
        QVERIFY(waitFinished(future));
        QVERIFY(future.result().elapsedMs >= 1900);
        QVERIFY(firstAt < 1500); // well before the command's end
        QMutexLocker lock(&mutex);
        QByteArray all;
        for (const auto& c : chunks)
            all += c.second;
        QVERIFY(all.contains("O:first\n"));
        QVERIFY(all.contains("E:warn\n"));
        QVERIFY(all.endsWith("O:second\n"));
    }

    void cancelKillsRemoteProcess()
    {
        const QString pidFile = m_sshd->dir() + QStringLiteral("/sleep.pid");
        auto future = m_session->run(RemoteCommand::script("sleep 30 & echo $! > \"$1\"; wait", {pidFile}));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile) && QFileInfo(pidFile).size() > 0, 5000);
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 sleepPid = file.readAll().trimmed().toLongLong();
        QVERIFY(processAlive(sleepPid));
        future.cancel();
        QVERIFY(waitFinished(future, 5000));
        QVERIFY(future.isCanceled());
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(sleepPid), 5000); // kill -0 fails: the process is gone
        // The session is still usable.
        QCOMPARE(runOk(RemoteCommand({QStringLiteral("echo"), QStringLiteral("ok")})).stdOut,
                 QByteArray("ok\n"));
    }

    void closeStopsRunningCommand()
    {
        const QString pidFile = m_sshd->dir() + QStringLiteral("/sleep2.pid");
        QElapsedTimer timer;
        QFuture<CommandResult> future;
        qint64 sleepPid = 0;
        {
            LibsshSession session(m_sshd->target());
            future = session.run(RemoteCommand::script("sleep 30 & echo $! > \"$1\"; wait", {pidFile}));
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile) && QFileInfo(pidFile).size() > 0, 5000);
            QFile file(pidFile);
            QVERIFY(file.open(QIODevice::ReadOnly));
            sleepPid = file.readAll().trimmed().toLongLong();
            QVERIFY(processAlive(sleepPid));
            timer.start();
        } // destructor: must not wait for the 30 s command
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(future.isFinished());
        const auto error = errorOf(future);
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(sleepPid), 5000);
    }

    void timeoutStopsCommand()
    {
        RemoteCommand cmd({QStringLiteral("sleep"), QStringLiteral("30")});
        cmd.withTimeout(500);
        QElapsedTimer timer;
        timer.start();
        auto future = m_session->run(cmd);
        QVERIFY(waitFinished(future, 5000));
        const auto error = errorOf(future);
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::Timeout);
        QVERIFY(timer.elapsed() < 3000);
    }

    void sudoRunsThroughSudoN()
    {
        QFile::remove(m_sshd->binDir() + QStringLiteral("/sudo.log"));
        SshTarget target = m_sshd->target();
        target.become = SshTarget::Become::Sudo;
        LibsshSession session(target);
        const QString path = m_sshd->dir() + QStringLiteral("/sudo-file.txt");
        auto write = session.writeFile(path, "as root\n");
        QVERIFY(waitFinished(write));
        QVERIFY(!errorOf(write));
        auto read = session.readFile(path);
        QVERIFY(waitFinished(read));
        QCOMPARE(read.result(), QByteArray("as root\n"));
        QFile log(m_sshd->binDir() + QStringLiteral("/sudo.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray calls = log.readAll();
        QVERIFY2(calls.startsWith("-n -- sh -c"), calls.constData());
        QVERIFY(calls.contains("-n -- cat -- " + path.toUtf8()));
    }

    void sudoPasswordRequiredIsTyped()
    {
        QFile marker(m_sshd->binDir() + QStringLiteral("/sudo-wants-password"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        auto future = m_session->run(RemoteCommand({QStringLiteral("id")}).withSudo());
        QVERIFY(waitFinished(future));
        const auto error = errorOf(future);
        QFile::remove(marker.fileName());
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::SudoNeedsPassword);
        QVERIFY(error->detail().contains(QStringLiteral("sudo: a password is required")));
        QVERIFY(error->message().contains(QStringLiteral("NOPASSWD")));
    }

    void connectionKilledMidCommand()
    {
        LibsshSession session(m_sshd->target());
        const QList<qint64> before = m_sshd->connectionPids();
        auto opened = session.open();
        QVERIFY(waitFinished(opened));
        QVERIFY(!errorOf(opened));
        QList<qint64> mine;
        for (qint64 p : m_sshd->connectionPids())
            if (!before.contains(p))
                mine << p;
        QCOMPARE(mine.size(), 1);
        const QString pidFile = m_sshd->dir() + QStringLiteral("/killed.pid");
        auto future = session.run(RemoteCommand::script("echo $$ > \"$1\"; exec sleep 30", {pidFile}));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pidFile).size() > 0, 5000);
        const qint64 sleepPid = readPid(pidFile);
        for (qint64 p : SshdFixture::sshdTree(mine.first())) // this connection's sshd processes
            ::kill(pid_t(p), SIGKILL);
        auto reap = qScopeGuard([sleepPid] { ::kill(pid_t(sleepPid), SIGKILL); }); // orphaned by the kill
        QElapsedTimer timer;
        timer.start();
        QVERIFY(waitFinished(future, 10000)); // no hang
        const auto error = errorOf(future);
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::ProtocolError);
        QVERIFY(timer.elapsed() < 5000);
        // The next request reconnects by itself.
        auto again = session.run(RemoteCommand({QStringLiteral("echo"), QStringLiteral("back")}));
        QVERIFY(waitFinished(again));
        QVERIFY(!errorOf(again));
        QCOMPARE(again.result().stdOut, QByteArray("back\n"));
    }

    void frozenServerDetectedByKeepalive()
    {
        SshTarget target = m_sshd->target();
        target.keepaliveSeconds = 1;
        target.connectTimeoutMs = 1500;
        LibsshSession session(target);
        const QList<qint64> before = m_sshd->connectionPids();
        auto opened = session.open();
        QVERIFY(waitFinished(opened));
        QVERIFY(!errorOf(opened));
        QList<qint64> mine;
        for (qint64 p : m_sshd->connectionPids())
            if (!before.contains(p))
                mine << p;
        QCOMPARE(mine.size(), 1);
        // A quiet command on a healthy server survives several keepalive rounds.
        auto quiet = session.run(RemoteCommand::script("sleep 2.5; echo alive"));
        QVERIFY(waitFinished(quiet, 10000));
        QVERIFY(!errorOf(quiet));
        QCOMPARE(quiet.result().stdOut, QByteArray("alive\n"));
        // Now the server stops answering without closing the TCP connection.
        const QString pidFile = m_sshd->dir() + QStringLiteral("/frozen.pid");
        auto future = session.run(RemoteCommand::script("echo $$ > \"$1\"; exec sleep 30", {pidFile}));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pidFile).size() > 0, 5000);
        const qint64 sleepPid = readPid(pidFile);
        auto reap = qScopeGuard([sleepPid] { ::kill(pid_t(sleepPid), SIGKILL); }); // orphaned by the kill
        const QList<qint64> tree = SshdFixture::sshdTree(mine.first());
        for (qint64 p : tree)
            ::kill(pid_t(p), SIGSTOP);
        QElapsedTimer timer;
        timer.start();
        const bool finished = waitFinished(future, 15000);
        for (qint64 p : tree) {
            ::kill(pid_t(p), SIGKILL);
            ::kill(pid_t(p), SIGCONT);
        }
        QVERIFY(finished);
        const auto error = errorOf(future);
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::ProtocolError);
        QVERIFY2(error->message().contains(QStringLiteral("keepalive")), error->what());
        QVERIFY(timer.elapsed() < 8000);
    }

    void unreachableAndAuthFailed()
    {
        SshTarget closed = m_sshd->target();
        closed.port = SshdFixture::freePort(closed.host);
        LibsshSession s1(closed);
        auto f1 = s1.open();
        QVERIFY(waitFinished(f1, 10000));
        auto e1 = errorOf(f1);
        QVERIFY(e1);
        QCOMPARE(e1->kind(), SshError::Kind::Unreachable);

        SshTarget wrongKey = m_sshd->target();
        const QString other = m_sshd->dir() + QStringLiteral("/other_key");
        QCOMPARE(SshdFixture::runTool(QStringLiteral("ssh-keygen"),
                                      {"-q", "-t", "ed25519", "-N", "", "-f", other}),
                 0);
        wrongKey.identityFiles = {other};
        LibsshSession s2(wrongKey);
        auto f2 = s2.open();
        QVERIFY(waitFinished(f2, 10000));
        auto e2 = errorOf(f2);
        QVERIFY(e2);
        QCOMPARE(e2->kind(), SshError::Kind::AuthFailed);
    }

    void agentIsTriedFirst()
    {
        // A private ssh-agent holding the client key; the target's identity file does
        // not exist, so only the agent can log us in.
        const QString sock = m_sshd->dir() + QStringLiteral("/agent.sock");
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {"-D", "-a", sock});
        QVERIFY(agent.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sock), 5000);
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), sock);
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {"-q", m_sshd->clientKeyPath()});
        QVERIFY(add.waitForFinished(10000));
        QCOMPARE(add.exitCode(), 0);
        const QByteArray previous = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", sock.toUtf8());
        SshTarget target = m_sshd->target();
        target.useSshAgent = true;
        target.identityFiles = {m_sshd->dir() + QStringLiteral("/no-such-key")};
        std::optional<SshError> error;
        {
            LibsshSession session(target);
            auto f = session.run(RemoteCommand({QStringLiteral("true")}));
            QVERIFY(waitFinished(f));
            error = errorOf(f);
        }
        SshTarget noAgent = target;
        noAgent.useSshAgent = false;
        std::optional<SshError> withoutAgent;
        {
            LibsshSession session(noAgent);
            auto f = session.run(RemoteCommand({QStringLiteral("true")}));
            QVERIFY(waitFinished(f));
            withoutAgent = errorOf(f);
        }
        if (previous.isNull())
            qunsetenv("SSH_AUTH_SOCK");
        else
            qputenv("SSH_AUTH_SOCK", previous);
        ::kill(pid_t(agent.processId()), SIGTERM);
        QVERIFY(agent.waitForFinished(5000));
        QVERIFY2(!error, error ? error->what() : "");
        QVERIFY(withoutAgent);
        QCOMPARE(withoutAgent->kind(), SshError::Kind::AuthFailed);
    }

    void connectTimeoutIsExplicit()
    {
        // A TCP server that accepts but never speaks SSH: libssh would wait forever
        // without SSH_OPTIONS_TIMEOUT.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        SshTarget target = m_sshd->target();
        target.port = silent.serverPort();
        target.connectTimeoutMs = 1000;
        LibsshSession session(target);
        QElapsedTimer timer;
        timer.start();
        auto f = session.open();
        QVERIFY(waitFinished(f, 10000));
        const auto error = errorOf(f);
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::Timeout);
        QVERIFY(timer.elapsed() >= 900);
        QVERIFY(timer.elapsed() < 5000);
    }

    void keepaliveSentWhileIdle()
    {
        SshdFixture::Options options;
        options.logLevel = QStringLiteral("DEBUG1");
        SshdFixture sshd(options);
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        QVERIFY(sshd.writeKnownHosts());
        SshTarget target = sshd.target();
        target.keepaliveSeconds = 1;
        LibsshSession session(target);
        auto f = session.open();
        QVERIFY(waitFinished(f));
        QVERIFY(!errorOf(f));
        auto logged = [&sshd] {
            QFile log(sshd.logPath());
            return log.open(QIODevice::ReadOnly) ? log.readAll().count("keepalive@openssh.com") : 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(logged() >= 2, 6000); // two idle keepalives
        auto g = session.run(RemoteCommand({QStringLiteral("true")}));
        QVERIFY(waitFinished(g));
        QVERIFY(!errorOf(g));
    }

    void encryptedKeyAsksForPassphrase()
    {
        const QString key = m_sshd->dir() + QStringLiteral("/enc_key");
        QCOMPARE(SshdFixture::runTool(QStringLiteral("ssh-keygen"),
                                      {"-q", "-t", "ed25519", "-N", "s3cret pass", "-f", key}),
                 0);
        QFile pub(key + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QFile auth(m_sshd->dir() + QStringLiteral("/authorized_keys"));
        QVERIFY(auth.open(QIODevice::Append));
        auth.write(pub.readAll());
        auth.close();
        SshTarget target = m_sshd->target();
        target.identityFiles = {key};
        QAtomicInt asked = 0;
        LibsshSession session(
            target, {}, [&asked](const QString& path, int attempt) -> std::optional<PassphraseReply> {
                asked.fetchAndAddOrdered(1);
                if (!path.endsWith(QStringLiteral("enc_key")))
                    return std::nullopt;
                return PassphraseReply{attempt == 1 ? QStringLiteral("wrong") : QStringLiteral("s3cret pass"),
                                       false};
            });
        auto f = session.run(RemoteCommand({QStringLiteral("echo"), QStringLiteral("in")}));
        QVERIFY(waitFinished(f));
        auto e = errorOf(f);
        QVERIFY2(!e, e ? e->what() : "");
        QCOMPARE(asked.loadAcquire(), 2); // wrong first, right second
    }
};

QTEST_GUILESS_MAIN(TestSshExec)
#include "TestSshExec.moc"
