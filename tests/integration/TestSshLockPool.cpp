// The per-host change lock between two consoles, and the session pool's parallelism bound.
#include "FutureWait.h"
#include "SshdFixture.h"
#include "remote/LibsshSession.h"
#include "remote/SshError.h"
#include "remote/SshSessionPool.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace fleetdeck;
using namespace fleetdeck::test;

namespace {

// Alive and not a zombie (PID 1 does not reap orphans on the dev machine).
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

QByteArray commandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSshLockPool : public QObject
{
    Q_OBJECT

private:
    template <typename T> static std::optional<SshError> finish(const QFuture<T>& future, int ms = 20000)
    {
        if (!waitFinished(future, ms))
            return SshError(SshError::Kind::Timeout, QStringLiteral("test wait"));
        return errorOf(future);
    }

private slots:
    void lockContention()
    {
        SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        QVERIFY(sshd.writeKnownHosts());
        LibsshSession consoleA(sshd.target());
        LibsshSession consoleB(sshd.target());
        const QString lockFile = sshd.dir() + QStringLiteral("/fleetdeck.lock");

        LockRequest a{QStringLiteral("alice@console-a pid 111"), 0, lockFile};
        auto taken = consoleA.acquireLock(a);
        auto errA = finish(taken);
        QVERIFY2(!errA, errA ? errA->what() : "");
        QCOMPARE(taken.result().lockFile, lockFile);
        QVERIFY(taken.result().holder.startsWith(QStringLiteral("alice@console-a pid 111 since 20")));

        // Console A keeps working while it holds the lock.
        auto work = consoleA.run(RemoteCommand({QStringLiteral("echo"), QStringLiteral("busy")}));
        QVERIFY(!finish(work));

        LockRequest b{QStringLiteral("bob@console-b pid 222"), 0, lockFile};
        auto refused = consoleB.acquireLock(b);
        auto errB = finish(refused);
        QVERIFY(errB);
        QCOMPARE(errB->kind(), SshError::Kind::LockHeld);
        QVERIFY(errB->detail().startsWith(QStringLiteral("alice@console-a pid 111 since")));
        QVERIFY(errB->message().contains(QStringLiteral("alice@console-a")));

        // A bounded wait succeeds once A releases.
        b.waitMs = 5000;
        auto waited = consoleB.acquireLock(b);
        QTest::qWait(500);
        QVERIFY(!waited.isFinished());
        QVERIFY(!finish(consoleA.releaseLock()));
        auto errWait = finish(waited);
        QVERIFY2(!errWait, errWait ? errWait->what() : "");
        QVERIFY(waited.result().holder.startsWith(QStringLiteral("bob@console-b")));

        // A console that disappears (connection dropped) releases the lock by itself.
        consoleB.close();
        LockRequest a2{QStringLiteral("alice again"), 5000, lockFile};
        auto retaken = consoleA.acquireLock(a2);
        auto errRetake = finish(retaken);
        QVERIFY2(!errRetake, errRetake ? errRetake->what() : "");
        QVERIFY(!finish(consoleA.releaseLock()));
        QFile f(lockFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray()); // holder line cleared on release
    }

    void poolRunsHostsInParallelWithinBound()
    {
        constexpr int kHosts = 6;
        constexpr int kBound = 3;
        std::vector<std::unique_ptr<SshdFixture>> hosts;
        QList<SshTarget> targets;
        for (int i = 0; i < kHosts; ++i) {
            SshdFixture::Options options;
            options.address = QStringLiteral("127.0.55.%1").arg(i + 1);
            hosts.push_back(std::make_unique<SshdFixture>(options));
            QVERIFY2(hosts.back()->start(), qPrintable(hosts.back()->error()));
            QVERIFY(hosts.back()->writeKnownHosts());
            targets << hosts.back()->target();
        }
        SshSessionPool pool(kBound);
        // Warm up: connect every host once (not timed).
        QList<QFuture<CommandResult>> warm;
        for (const SshTarget& t : targets)
            warm << pool.run(t, RemoteCommand({QStringLiteral("true")}));
        for (auto& f : warm)
            QVERIFY(!finish(f));
        QCOMPARE(pool.peakParallel(), kBound);
        // Sessions are reused per host.
        QCOMPARE(pool.session(targets[0]).get(), pool.session(targets[0]).get());

        QElapsedTimer timer;
        timer.start();
        QList<QFuture<CommandResult>> futures;
        for (const SshTarget& t : targets)
            futures << pool.run(t, RemoteCommand::script("sleep 1; echo done"));
        for (auto& f : futures) {
            auto e = finish(f);
            QVERIFY2(!e, e ? e->what() : "");
            QVERIFY(f.result().stdOut.endsWith("done\n"));
        }
        const qint64 elapsed = timer.elapsed();
        qInfo("6 hosts x 1 s with bound 3: %lld ms", elapsed);
        QVERIFY(elapsed >= 2000); // never more than 3 at once → at least two rounds
        QVERIFY(elapsed < 5500);  // but in parallel (sequential would be >= 6000)
        QCOMPARE(pool.peakParallel(), kBound);

        // submit(): several requests on one host under one slot.
        auto combined = pool.submit<QByteArray>(targets[1], [](SshSession& s) {
            return s
                .writeFile(s.target().host == QStringLiteral("127.0.55.2")
                               ? QStringLiteral("/tmp/.fd-pool-test")
                               : QStringLiteral("/tmp/.fd-x"),
                           "pooled\n")
                .then([&s](QFuture<void>) { return s.readFile(QStringLiteral("/tmp/.fd-pool-test")); })
                .unwrap();
        });
        auto e = finish(combined);
        QVERIFY2(!e, e ? e->what() : "");
        QCOMPARE(combined.result(), QByteArray("pooled\n"));
        QFile::remove(QStringLiteral("/tmp/.fd-pool-test"));
    }

    void poolCancelKillsRunningCommand()
    {
        SshdFixture::Options a;
        a.address = QStringLiteral("127.0.56.1");
        SshdFixture::Options b;
        b.address = QStringLiteral("127.0.56.2");
        SshdFixture hostA(a), hostB(b);
        QVERIFY2(hostA.start(), qPrintable(hostA.error()));
        QVERIFY2(hostB.start(), qPrintable(hostB.error()));
        QVERIFY(hostA.writeKnownHosts());
        QVERIFY(hostB.writeKnownHosts());
        SshSessionPool pool(1);
        QVERIFY(!finish(pool.run(hostA.target(), RemoteCommand({QStringLiteral("true")})))); // connected

        // `sleep 30 0.000<digits>`: a unique marker in its argv that sleep accepts (it adds
        // up its arguments); the shell records the sleep's pid.
        const QString marker = QStringLiteral("0.000%1").arg(QRandomGenerator::global()->bounded(1u << 30));
        const QString pidFile = hostA.dir() + QStringLiteral("/sleep.pid");
        auto sleeping =
            pool.run(hostA.target(),
                     RemoteCommand::script("sleep 30 \"$2\" & echo $! > \"$1\"; wait", {pidFile, marker}));
        auto queued =
            pool.run(hostB.target(), RemoteCommand({QStringLiteral("echo"), QStringLiteral("next")}));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile) && QFileInfo(pidFile).size() > 0, 5000);
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 sleepPid = file.readAll().trimmed().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(commandLine(sleepPid).contains(marker.toUtf8()), 5000);
        QVERIFY(processAlive(sleepPid));
        QVERIFY(!queued.isFinished()); // bound 1: host B waits

        QElapsedTimer timer;
        timer.start();
        sleeping.cancel();
        QVERIFY(waitFinished(sleeping, 3000));
        const qint64 finishedMs = timer.elapsed();
        QVERIFY(sleeping.isCanceled());
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(sleepPid), 5000);
        const qint64 goneMs = timer.elapsed();
        // A second command on the host finds no process with the marker.
        auto check = pool.run(hostA.target(), RemoteCommand({QStringLiteral("pgrep"), QStringLiteral("-f"),
                                                             QStringLiteral("^sleep 30 ") + marker}));
        QVERIFY(!finish(check));
        QCOMPARE(check.result().exitStatus, 1); // pgrep: no process matched
        // The slot went to host B.
        auto e = finish(queued, 5000);
        QVERIFY2(!e, e ? e->what() : "");
        QCOMPARE(queued.result().stdOut, QByteArray("next\n"));
        qInfo("pool cancel of a running `sleep 30`: future cancelled after %lld ms, remote sleep gone after "
              "%lld ms",
              finishedMs, goneMs);
        QVERIFY(goneMs < 5000);
    }

    void poolReportsErrorsPerHost()
    {
        SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        // known_hosts left empty: this host is refused, the pool carries on.
        SshSessionPool pool(2);
        auto refused = pool.run(sshd.target(), RemoteCommand({QStringLiteral("true")}));
        auto e = finish(refused);
        QVERIFY(e);
        QCOMPARE(e->kind(), SshError::Kind::HostKeyUnknown);
        QVERIFY(sshd.writeKnownHosts());
        auto fine = pool.run(sshd.target(), RemoteCommand({QStringLiteral("true")}));
        QVERIFY(!finish(fine));
    }
};

QTEST_GUILESS_MAIN(TestSshLockPool)
#include "TestSshLockPool.moc"
