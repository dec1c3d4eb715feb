// SshSessionPool bound/reuse/error propagation and SshSession's file-operation
// parsing, with a fake SshSession (no network).
#include "FutureWait.h"
#include "remote/SshError.h"
#include "remote/SshSessionPool.h"

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
