// SshSessionPool bound/reuse/error propagation and SshSession's file-operation
// parsing, with a fake SshSession (no network).
#include "FutureWait.h"
#include "remote/SshError.h"
#include "remote/SshSessionPool.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QPromise>
#include <QTest>

#include <atomic>
#include <thread>

using namespace fleetdeck;
using namespace fleetdeck::test;

namespace {

std::atomic<int> g_running{0};
std::atomic<int> g_peak{0};
std::atomic<int> g_created{0};

// Answers each command after `delayMs` on its own thread with a canned result.
class FakeSession : public SshSession
{
public:
    explicit FakeSession(SshTarget target) : m_target(std::move(target)) { ++g_created; }
    ~FakeSession() override
    {
        for (auto& t : m_threads)
            t.join();
    }

    SshTarget target() const override { return m_target; }
    QFuture<void> open() override { return QtFuture::makeReadyFuture(); }
    QFuture<RemoteLockInfo> acquireLock(const LockRequest&) override { return {}; }
    QFuture<void> releaseLock() override { return QtFuture::makeReadyFuture(); }
    void close() override {}

    QFuture<CommandResult> run(const RemoteCommand& command, OutputCallback) override
    {
        auto promise = std::make_shared<QPromise<CommandResult>>();
        promise->start();
        QMutexLocker lock(&m_mutex);
        lastCommand = command;
        const CommandResult canned = reply;
        const bool fail = failWith.has_value();
        const SshError error = failWith.value_or(SshError(SshError::Kind::ProtocolError, {}));
        m_threads.emplace_back([promise, canned, fail, error, command] {
            const int now = ++g_running;
            int peak = g_peak.load();
            while (now > peak && !g_peak.compare_exchange_weak(peak, now)) {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            --g_running;
            try {
                if (fail)
                    throw error;
                SshSession::throwIfSudoRefused(command, canned);
                promise->addResult(canned);
            } catch (const SshError& e) {
                promise->setException(e);
            }
            promise->finish();
        });
        return promise->future();
    }

    CommandResult reply{0, {}, "ok\n", {}, 0};
    std::optional<SshError> failWith;
    RemoteCommand lastCommand;

private:
    SshTarget m_target;
    QMutex m_mutex;
    std::vector<std::thread> m_threads;
};

// run() starts at once and ends only when its future is cancelled (like a session
// running `sleep 30`) or after 10 s; it records what happened.
class HoldingSession : public SshSession
{
public:
    explicit HoldingSession(SshTarget target) : m_target(std::move(target)) {}
    ~HoldingSession() override
    {
        for (auto& t : m_threads)
            t.join();
    }

    SshTarget target() const override { return m_target; }
    QFuture<void> open() override { return QtFuture::makeReadyFuture(); }
    QFuture<RemoteLockInfo> acquireLock(const LockRequest&) override { return {}; }
    QFuture<void> releaseLock() override { return QtFuture::makeReadyFuture(); }
    void close() override {}

    QFuture<CommandResult> run(const RemoteCommand&, OutputCallback) override
    {
        auto promise = std::make_shared<QPromise<CommandResult>>();
        promise->start();
        QMutexLocker lock(&m_mutex);
        m_threads.emplace_back([this, promise] {
            started = true;
            QElapsedTimer held;
            held.start();
            while (!promise->isCanceled() && held.elapsed() < 10000)
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            if (promise->isCanceled()) {
                innerCancelled = true; // the real session kills the remote process group here
                promise->setException(SshError(SshError::Kind::Cancelled, QStringLiteral("killed")));
            } else {
                promise->addResult(CommandResult{0, {}, "held\n", {}, 0});
            }
            promise->finish();
        });
        return promise->future();
    }

    std::atomic_bool started{false};
    std::atomic_bool innerCancelled{false};

private:
    SshTarget m_target;
    QMutex m_mutex;
    std::vector<std::thread> m_threads;
};

SshTarget host(int i)
{
    SshTarget t;
    t.host = QStringLiteral("fleet-%1").arg(i);
    t.user = QStringLiteral("deploy");
    return t;
}

} // namespace

class TestSshSessionPool : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_running = 0;
        g_peak = 0;
        g_created = 0;
    }

    void boundIsRespectedAndSessionsReused()
    {
        SshSessionPool pool(3, [](const SshTarget& t) { return std::make_shared<FakeSession>(t); });
        QList<QFuture<CommandResult>> futures;
        for (int round = 0; round < 2; ++round)
            for (int i = 0; i < 10; ++i)
                futures << pool.run(host(i), RemoteCommand({QStringLiteral("true")}));
        for (auto& f : futures) {
            QVERIFY(waitFinished(f));
            QCOMPARE(f.result().stdOut, QByteArray("ok\n"));
        }
        QCOMPARE(g_peak.load(), 3);
        QCOMPARE(pool.peakParallel(), 3);
        QCOMPARE(g_created.load(), 10); // one session per host, reused
    }

    void errorsReachTheCaller()
    {
        auto fake = std::make_shared<FakeSession>(host(1));
        fake->failWith = SshError(SshError::Kind::HostKeyChanged, QStringLiteral("changed"));
        SshSessionPool pool(2, [fake](const SshTarget&) { return fake; });
        auto f = pool.run(host(1), RemoteCommand({QStringLiteral("true")}));
        QVERIFY(waitFinished(f));
        const auto error = errorOf(f);
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::HostKeyChanged);
        // The slot was released: more work still runs.
        fake->failWith.reset();
        auto g = pool.run(host(1), RemoteCommand({QStringLiteral("true")}));
        QVERIFY(waitFinished(g));
        QVERIFY(!errorOf(g));
    }

    void closeAllCancelsQueuedWork()
    {
        SshSessionPool pool(1, [](const SshTarget& t) { return std::make_shared<FakeSession>(t); });
        auto first = pool.run(host(1), RemoteCommand({QStringLiteral("true")}));
        auto queued = pool.run(host(2), RemoteCommand({QStringLiteral("true")}));
        pool.closeAll();
        QVERIFY(waitFinished(queued));
        const auto error = errorOf(queued);
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::Cancelled);
        QVERIFY(waitFinished(first));
    }

    void cancelStopsRunningWorkAndFreesTheSlot()
    {
        auto holding = std::make_shared<HoldingSession>(host(1));
        SshSessionPool pool(1, [holding](const SshTarget& t) -> std::shared_ptr<SshSession> {
            if (t.host == holding->target().host)
                return holding;
            return std::make_shared<FakeSession>(t);
        });
        auto running = pool.run(host(1), RemoteCommand({QStringLiteral("sleep"), QStringLiteral("30")}));
        auto queued = pool.run(host(2), RemoteCommand({QStringLiteral("true")}));
        QTRY_VERIFY_WITH_TIMEOUT(holding->started.load(), 5000);
        QTest::qWait(50);
        QVERIFY(!running.isFinished());
        QVERIFY(!queued.isFinished()); // one slot: host 2 waits for host 1

        QElapsedTimer timer;
        timer.start();
        running.cancel();
        QVERIFY(waitFinished(running, 2000));
        const qint64 finishedMs = timer.elapsed();
        QVERIFY(running.isCanceled());
        // The inner future (the session's) was cancelled: the session stopped its command.
        QTRY_VERIFY_WITH_TIMEOUT(holding->innerCancelled.load(), 2000);
        // The slot was released: the queued item on the other host ran.
        QVERIFY(waitFinished(queued, 2000));
        const qint64 queuedMs = timer.elapsed();
        QVERIFY(!errorOf(queued));
        QCOMPARE(queued.result().stdOut, QByteArray("ok\n"));
        QCOMPARE(pool.peakParallel(), 1);
        QVERIFY2(finishedMs < 1000 && queuedMs < 1500,
                 qPrintable(QStringLiteral("cancelled after %1 ms, queued done after %2 ms")
                                .arg(finishedMs)
                                .arg(queuedMs)));
        qInfo("cancel → pool future finished %lld ms, queued work on another host done %lld ms", finishedMs,
              queuedMs);
        QTRY_COMPARE_WITH_TIMEOUT(CancelWatcher::instance().watchedCount(), 0, 2000);
    }

    void cancelOfFinishedOrQueuedWork()
    {
        auto holding = std::make_shared<HoldingSession>(host(1));
        SshSessionPool pool(1, [holding](const SshTarget& t) -> std::shared_ptr<SshSession> {
            if (t.host == holding->target().host)
                return holding;
            return std::make_shared<FakeSession>(t);
        });
        auto running = pool.run(host(1), RemoteCommand({QStringLiteral("sleep"), QStringLiteral("30")}));
        auto queued = pool.run(host(2), RemoteCommand({QStringLiteral("true")}));
        auto after = pool.run(host(3), RemoteCommand({QStringLiteral("true")}));
        QTRY_VERIFY_WITH_TIMEOUT(holding->started.load(), 5000);
        queued.cancel(); // never starts
        running.cancel();
        QVERIFY(waitFinished(queued, 2000));
        QVERIFY(queued.isCanceled());
        QVERIFY(waitFinished(after, 2000));
        QCOMPARE(after.result().stdOut, QByteArray("ok\n"));
        QCOMPARE(queued.resultCount(), 0);
        QCOMPARE(g_peak.load(), 1); // only host 3's command ran on a FakeSession
        // Cancelling a finished future changes nothing and leaks no watch.
        after.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(CancelWatcher::instance().watchedCount(), 0, 2000);
    }

    void statParsesOutput()
    {
        FakeSession fake(host(1));
        fake.reply.stdOut = "640 root adm 1234\n" + QByteArray(64, 'a') + "\n";
        auto f = fake.stat(QStringLiteral("/etc/nginx/conf.d/voxcore.conf"));
        QVERIFY(waitFinished(f));
        const RemoteFile file = f.result();
        QVERIFY(file.exists);
        QCOMPARE(file.mode, 0640);
        QCOMPARE(file.owner, QStringLiteral("root"));
        QCOMPARE(file.group, QStringLiteral("adm"));
        QCOMPARE(file.size, 1234);
        QCOMPARE(file.sha256, QByteArray(64, 'a'));
        QCOMPARE(fake.lastCommand.argv().value(0), QStringLiteral("sh"));
        QCOMPARE(fake.lastCommand.argv().last(), QStringLiteral("/etc/nginx/conf.d/voxcore.conf"));

        fake.reply.stdOut = "absent\n";
        auto g = fake.stat(QStringLiteral("/nope"));
        QVERIFY(waitFinished(g));
        QVERIFY(!g.result().exists);
    }

    void becomeSudoWrapsFileOperationsAndMapsRefusal()
    {
        SshTarget t = host(1);
        t.become = SshTarget::Become::Sudo;
        FakeSession fake(t);
        fake.reply = CommandResult{1, {}, {}, "sudo: a password is required\n", 0};
        auto f = fake.readFile(QStringLiteral("/etc/shadow"));
        QVERIFY(waitFinished(f));
        QVERIFY(fake.lastCommand.sudo());
        const auto error = errorOf(f);
        QVERIFY(error);
        QCOMPARE(error->kind(), SshError::Kind::SudoNeedsPassword);
    }

    void writeFileMapsChangedAndFailed()
    {
        FakeSession fake(host(1));
        fake.reply = CommandResult{86, {}, {}, "fleetdeck: remote file changed: /x\n", 0};
        auto f = fake.writeFile(QStringLiteral("/x"), "data");
        QVERIFY(waitFinished(f));
        QCOMPARE(errorOf(f)->kind(), SshError::Kind::RemoteFileChanged);
        QCOMPARE(fake.lastCommand.stdinData(), QByteArray("data"));

        fake.reply = CommandResult{1, {}, {}, "mv: cannot move\n", 0};
        auto g = fake.writeFile(QStringLiteral("/x"), "data");
        QVERIFY(waitFinished(g));
        const auto error = errorOf(g);
        QCOMPARE(error->kind(), SshError::Kind::CommandFailed);
        QCOMPARE(error->exitStatus(), 1);
        QVERIFY(error->message().contains(QStringLiteral("mv: cannot move")));

        auto h = fake.writeFile(QStringLiteral("relative/path"), "data");
        QVERIFY(waitFinished(h));
        QVERIFY(errorOf(h));
    }
};

QTEST_GUILESS_MAIN(TestSshSessionPool)
#include "TestSshSessionPool.moc"
