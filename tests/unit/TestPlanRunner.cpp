// PlanRunner/PlanExecutor with a fake SSH session and a fake HTTP client: steps run
// in order on a worker thread while signals arrive on the caller's thread; a failing
// step undoes the completed ones in reverse order (files byte-identical); a reload
// that does not start new nginx workers fails; a stale file touches nothing; cancel
// stops at the next safe point and rolls back.
#include "FakeHttpClient.h"

#include "config/ContentHash.h"
#include "fleet/ServerSpec.h"
#include "plan/AddWorkersPlanner.h"
#include "plan/HealthProbe.h"
#include "plan/PlanRunner.h"
#include "plan/StepFactory.h"
#include "remote/SshError.h"
#include "remote/SshSession.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <mutex>

using namespace fleetdeck;

namespace {

template <typename T> QFuture<T> ready(T value)
{
    QPromise<T> p;
    p.start();
    p.addResult(std::move(value));
    p.finish();
    return p.future();
}

QFuture<void> readyVoid()
{
    QPromise<void> p;
    p.start();
    p.finish();
    return p.future();
}

class FakeSession : public SshSession
{
public:
    std::mutex mutex;
    QHash<QString, QByteArray> files;
    QStringList commands;
    QString failOn;
    bool reloadTakes = true;
    int reloads = 0;
    QThread* thread = nullptr;

    SshTarget target() const override
    {
        SshTarget t;
        t.host = QStringLiteral("10.0.0.1");
        return t;
    }
    QFuture<void> open() override { return readyVoid(); }
    QFuture<RemoteLockInfo> acquireLock(const LockRequest&) override
    {
        return ready(RemoteLockInfo{QStringLiteral("/run/lock/fleetdeck.lock"), QStringLiteral("test")});
    }
    QFuture<void> releaseLock() override { return readyVoid(); }
    void close() override {}

    QFuture<CommandResult> run(const RemoteCommand& command, OutputCallback) override
    {
        std::lock_guard lock(mutex);
        thread = QThread::currentThread();
        const QStringList argv = command.argv();
        CommandResult r;
        r.exitStatus = 0;
        if (argv.value(0) == QLatin1String("sh")) {
            if (argv.value(2).contains(QLatin1String("MainPID")))
                r.stdOut = reloads > 0 && reloadTakes ? "100\n301\n302\n" : "100\n201\n202\n";
            return ready(r);
        }
        const QString line = argv.join(QLatin1Char(' '));
        commands << line;
        if (line == QLatin1String("systemctl reload nginx"))
            ++reloads;
        if (!failOn.isEmpty() && line.startsWith(failOn)) {
            r.exitStatus = 1;
            r.stdErr = "boom";
        }
        return ready(r);
    }
    QFuture<QByteArray> readFile(const QString& path) override
    {
        std::lock_guard lock(mutex);
        return ready(files.value(path));
    }
    QFuture<void> writeFile(const QString& path, const QByteArray& data, const WriteOptions& options) override
    {
        std::lock_guard lock(mutex);
        if (!options.expectedSha256.isEmpty() &&
            !ContentHash::sameHex(ContentHash::sha256Hex(files.value(path)), options.expectedSha256)) {
            QPromise<void> p;
            p.start();
            p.setException(SshError(SshError::Kind::RemoteFileChanged, QStringLiteral("changed")));
            p.finish();
            return p.future();
        }
        commands << QStringLiteral("write ") + path;
        files.insert(path, data);
        return readyVoid();
    }
};

ServerSpec spec()
{
    ServerSpec s;
    s.name = QStringLiteral("fleet-uk-1");
    s.host = QStringLiteral("10.0.0.1");
    s.healthUrl = QUrl(QStringLiteral("https://10.0.0.1/health/fleet"));
    s.service.deriveDefaults();
    return s;
}

QByteArray upstream(int workers)
{
    QByteArray text = "upstream voxcore_workers {\n    least_conn;\n";
    for (int n = 1; n <= workers; ++n)
        text +=
            "    server unix:/tmp/voxcore_" + QByteArray::number(n) + ".sock max_conns=1 fail_timeout=10;\n";
    return text + "}\n";
}

QByteArray healthJson(int workers)
{
    QByteArray list;
    for (int n = 1; n <= workers; ++n)
        list += (n > 1 ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(n) + ",\"state\":\"idle\"}";
    return "{\"service\":\"voxcore\",\"host\":\"fleet-uk-1\",\"workers_configured\":" +
           QByteArray::number(workers) + ",\"workers\":[" + list + "],\"calls_started_total\":0}";
}

} // namespace

class TestPlanRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void appliesOnAWorkerThread();
    void failureUndoesInReverseOrder();
    void reloadThatDoesNotTakeFails();
    void staleFileTouchesNothing();
    void cancelStopsAtASafePointAndRollsBack();

private:
    PlanRunResult runPlan(const Plan& plan);
    Plan addPlan() const;

    std::shared_ptr<FakeSession> m_session;
    QHash<QString, QByteArray> m_original;
};

void TestPlanRunner::init()
{
    m_session = std::make_shared<FakeSession>();
    m_session->files.insert(QStringLiteral("/etc/nginx/conf.d/voxcore.conf"), upstream(4));
    m_session->files.insert(QStringLiteral("/opt/voxcore/.env"), "VOXCORE_WORKERS=4\n");
    m_original = m_session->files;
}

Plan TestPlanRunner::addPlan() const
{
    RemoteState s;
    s.nginxConfig = upstream(4);
    s.envFile = "VOXCORE_WORKERS=4\n";
    PlanOptions o;
    o.healthTimeoutMs = 1000;
    o.reloadTimeoutMs = 500;
    return *AddWorkersPlanner::plan(spec(), s, 6, o).plan;
}

PlanRunResult TestPlanRunner::runPlan(const Plan& plan)
{
    const QUrl url = spec().healthUrl;
    auto probe = std::make_shared<HealthProbe>([url] {
        auto* client = new test::FakeHttpClient;
        client->setAutoResponse(url, HttpResponse{200, healthJson(6), {}, 1});
        return client;
    });
    auto session = m_session;
    PlanRunner runner(
        {spec()}, [session](const SshTarget&) { return session; }, probe);
    QThread* mainThread = QThread::currentThread();
    bool signalsOnMainThread = true;
    connect(&runner, &PlanRunner::stepStarted, this, [&](int, int, const QString&) {
        signalsOnMainThread = signalsOnMainThread && QThread::currentThread() == mainThread;
    });
    QSignalSpy finished(&runner, &PlanRunner::finished);
    runner.start({plan});
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    }();
    [&] {
        QVERIFY(signalsOnMainThread);
    }();
    [&] {
        QVERIFY(m_session->thread != mainThread);
    }();
    return finished.first().first().value<PlanRunResult>();
}

void TestPlanRunner::appliesOnAWorkerThread()
{
    const PlanRunResult r = runPlan(addPlan());
    QCOMPARE(r.outcome, PlanRunResult::Outcome::Done);
    QCOMPARE(r.exitCode(), 0);
    QCOMPARE(m_session->files.value(QStringLiteral("/etc/nginx/conf.d/voxcore.conf")), upstream(6));
    QCOMPARE(m_session->files.value(QStringLiteral("/opt/voxcore/.env")), QByteArray("VOXCORE_WORKERS=6\n"));
    QCOMPARE(m_session->commands,
             (QStringList{"systemctl enable voxcore@5 voxcore@6", "systemctl start voxcore@5 voxcore@6",
                          "write /etc/nginx/conf.d/voxcore.conf", "nginx -t", "systemctl reload nginx",
                          "write /opt/voxcore/.env"}));
}

void TestPlanRunner::failureUndoesInReverseOrder()
{
    m_session->failOn = QStringLiteral("nginx -t");
    const PlanRunResult r = runPlan(addPlan());
    QCOMPARE(r.outcome, PlanRunResult::Outcome::Failed);
    QCOMPARE(r.failedStep, 6);
    QCOMPARE(r.exitCode(), 1);
    QCOMPARE(m_session->files, m_original);
    QCOMPARE(m_session->commands,
             (QStringList{"systemctl enable voxcore@5 voxcore@6", "systemctl start voxcore@5 voxcore@6",
                          "write /etc/nginx/conf.d/voxcore.conf", "nginx -t",
                          // rollback, newest first
                          "write /etc/nginx/conf.d/voxcore.conf", "systemctl stop voxcore@5 voxcore@6",
                          "systemctl disable voxcore@5 voxcore@6"}));
    QVERIFY(r.output.contains(QStringLiteral("rollback complete")));
}

void TestPlanRunner::reloadThatDoesNotTakeFails()
{
    m_session->reloadTakes = false;
    const PlanRunResult r = runPlan(addPlan());
    QCOMPARE(r.outcome, PlanRunResult::Outcome::Failed);
    QCOMPARE(r.failedStep, 7);
    QVERIFY2(r.message.contains(QStringLiteral("nginx did not start new worker processes")),
             qPrintable(r.message));
    QCOMPARE(m_session->files, m_original);
    // the restored config is tested and reloaded before the units are stopped
    const qsizetype restore =
        m_session->commands.lastIndexOf(QStringLiteral("write /etc/nginx/conf.d/voxcore.conf"));
    QCOMPARE(m_session->commands.mid(restore),
             (QStringList{"write /etc/nginx/conf.d/voxcore.conf", "nginx -t", "systemctl reload nginx",
                          "systemctl stop voxcore@5 voxcore@6", "systemctl disable voxcore@5 voxcore@6"}));
}

void TestPlanRunner::staleFileTouchesNothing()
{
    m_session->files[QStringLiteral("/opt/voxcore/.env")] += "# edited\n";
    const QHash<QString, QByteArray> before = m_session->files;
    const PlanRunResult r = runPlan(addPlan());
    QCOMPARE(r.outcome, PlanRunResult::Outcome::Stale);
    QCOMPARE(r.exitCode(), 4);
    QCOMPARE(r.failedStep, 1);
    QCOMPARE(m_session->files, before);
    QVERIFY(m_session->commands.isEmpty());
}

void TestPlanRunner::cancelStopsAtASafePointAndRollsBack()
{
    Plan plan = addPlan();
    plan.steps.insert(6, StepFactory::pause(10000)); // after the config write
    const QUrl url = spec().healthUrl;
    auto probe = std::make_shared<HealthProbe>([url] {
        auto* client = new test::FakeHttpClient;
        client->setAutoResponse(url, HttpResponse{200, healthJson(6), {}, 1});
        return client;
    });
    auto session = m_session;
    PlanRunner runner(
        {spec()}, [session](const SshTarget&) { return session; }, probe);
    connect(&runner, &PlanRunner::stepStarted, &runner, [&runner](int index, int, const QString&) {
        if (index == 6)
            runner.cancel();
    });
    QSignalSpy finished(&runner, &PlanRunner::finished);
    QElapsedTimer t;
    t.start();
    QVERIFY(runner.start({plan}));
    QVERIFY(!runner.start({plan})); // one run at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(t.elapsed() < 3000);
    const PlanRunResult r = finished.first().first().value<PlanRunResult>();
    QCOMPARE(r.outcome, PlanRunResult::Outcome::Cancelled);
    QCOMPARE(r.resultName(), QStringLiteral("cancelled"));
    QCOMPARE(m_session->files, m_original);
    QVERIFY(!m_session->commands.contains(QStringLiteral("systemctl reload nginx")));
}

QTEST_MAIN(TestPlanRunner)
#include "TestPlanRunner.moc"
