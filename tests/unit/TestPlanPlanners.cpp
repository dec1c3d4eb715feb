// Planners on hand-built RemoteState (no SSH): memory budget numbers, the diffs and
// new contents, the step lists with their undos, warnings, drop estimates, and the
// rolling restart's one-worker-down-at-a-time rule.
#include "config/ContentHash.h"
#include "fleet/ServerSpec.h"
#include "plan/AddWorkersPlanner.h"
#include "plan/PlanBuilder.h"
#include "plan/RemoveWorkersPlanner.h"
#include "plan/RestartPlanner.h"

#include <QTest>

using namespace fleetdeck;

namespace {

ServerSpec spec()
{
    ServerSpec s;
    s.name = QStringLiteral("fleet-uk-1");
    s.host = QStringLiteral("10.0.0.1");
    s.healthUrl = QUrl(QStringLiteral("https://10.0.0.1/health/fleet"));
    s.service.deriveDefaults();
    return s;
}

QByteArray upstream(int workers, int downWorker = 0)
{
    QByteArray text = "# voxcore\nupstream voxcore_workers {\n    least_conn;\n";
    for (int n = 1; n <= workers; ++n)
        text += "    server unix:/tmp/voxcore_" + QByteArray::number(n) +
                ".sock max_conns=1 fail_timeout=10" + (n == downWorker ? " down" : "") + ";\n";
    return text + "}\n";
}

RemoteState state(int workers)
{
    RemoteState s;
    s.nginxConfig = upstream(workers);
    s.envFile = "# env\nVOXCORE_WORKERS=" + QByteArray::number(workers) + "\nLOG_LEVEL=info\n";
    QSet<int> running;
    HealthSnapshot h;
    h.workersConfigured = workers;
    for (int n = 1; n <= workers; ++n) {
        running.insert(n);
        WorkerStatus w;
        w.id = n;
        w.state = WorkerState::Idle;
        h.workers << w;
    }
    s.runningUnits = running;
    s.health = h;
    return s;
}

QStringList kinds(const Plan& plan)
{
    QStringList out;
    for (const PlanStep& s : plan.steps)
        out << PlanStep::kindName(s.kind);
    return out;
}

} // namespace

class TestPlanPlanners : public QObject
{
    Q_OBJECT

private slots:
    void budgetRefusalHasTheNumbers();
    void budgetOverrideIsAWarning();
    void budgetTextForTheSeedRule();
    void addWorkersStepsAndUndos();
    void addWorkersDiffsAndContents();
    void addWorkersRefusesShrinking();
    void addWorkersWarnsAboutDriftAndLint();
    void removeWorkersDrainsBeforeStopping();
    void drainRestartKeepsOneWorkerDownAtATime();
    void immediateRestartCountsDrops();
    void restartSkipsWorkersAlreadyDown();
    void badConfigIsAClearError();
};

void TestPlanPlanners::budgetRefusalHasTheNumbers()
{
    const PlanResult r = AddWorkersPlanner::plan(spec(), state(16), 20);
    QVERIFY(!r.ok());
    QVERIFY(r.refused);
    QVERIFY2(r.error.contains(QStringLiteral(
                 "20 × 260 MB = 5,200 MB > 4,096 MB (50 % of 8,192 MB); the safe maximum is 16")),
             qPrintable(r.error));
}

void TestPlanPlanners::budgetOverrideIsAWarning()
{
    PlanOptions o;
    o.allowOverBudget = true;
    const PlanResult r = AddWorkersPlanner::plan(spec(), state(16), 20, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.plan->warnings.first().contains(QStringLiteral("5,200 MB > 4,096 MB")));
    QCOMPARE(r.plan->summary, QStringLiteral("16 → 20 workers"));
}

void TestPlanPlanners::budgetTextForTheSeedRule()
{
    ServerSpec s = spec();
    // 16 × 260 = 4,160 MB is over 4,096 but within half a worker: the seed's "16 on 8 GB".
    QVERIFY(AddWorkersPlanner::plan(s, state(4), 16).ok());
    QVERIFY(!AddWorkersPlanner::plan(s, state(4), 17).ok());
    s.ramMb = 16384;
    QCOMPARE(AddWorkersPlanner::budgetText(s, 20),
             QStringLiteral("20 × 260 MB = 5,200 MB ≤ 8,192 MB (50 % of 16,384 MB); the safe maximum is 32"));

    // The operator's memory headroom (Settings): 60 % kept for calls leaves 40 % for idle workers.
    s.ramMb = 8192;
    s.memoryHeadroomPercent = 60;
    QCOMPARE(AddWorkersPlanner::budgetText(s, 14),
             QStringLiteral("14 × 260 MB = 3,640 MB > 3,276 MB (40 % of 8,192 MB); the safe maximum is 13"));
    QVERIFY(AddWorkersPlanner::plan(s, state(4), 13).ok());
    QVERIFY(!AddWorkersPlanner::plan(s, state(4), 14).ok());
}

void TestPlanPlanners::addWorkersStepsAndUndos()
{
    const PlanResult r = AddWorkersPlanner::plan(spec(), state(4), 6);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Plan& p = *r.plan;
    QCOMPARE(kinds(p), (QStringList{"read", "read", "command", "command", "wait-sockets", "write", "validate",
                                    "reload", "write", "wait-health"}));
    QCOMPARE(p.steps.at(2).argv, (QStringList{"systemctl", "enable", "voxcore@5", "voxcore@6"}));
    QCOMPARE(p.steps.at(2).undoArgv, (QStringList{"systemctl", "disable", "voxcore@5", "voxcore@6"}));
    QCOMPARE(p.steps.at(3).argv, (QStringList{"systemctl", "start", "voxcore@5", "voxcore@6"}));
    QCOMPARE(p.steps.at(3).undoArgv, (QStringList{"systemctl", "stop", "voxcore@5", "voxcore@6"}));
    QCOMPARE(p.steps.at(4).paths, (QStringList{"/tmp/voxcore_5.sock", "/tmp/voxcore_6.sock"}));
    QCOMPARE(p.steps.at(6).argv, (QStringList{"nginx", "-t"}));
    QCOMPARE(p.steps.at(9).count, 6);
    QCOMPARE(p.steps.at(9).workers, (QList<int>{5, 6}));
    QCOMPARE(p.commandLines(),
             (QStringList{"systemctl enable voxcore@5 voxcore@6", "systemctl start voxcore@5 voxcore@6",
                          "nginx -t", "systemctl reload nginx"}));
    QCOMPARE(p.files.size(), 2);
    QCOMPARE(p.files.at(0).path, QStringLiteral("/etc/nginx/conf.d/voxcore.conf"));
    QCOMPARE(p.files.at(0).sha256, ContentHash::sha256Hex(upstream(4)));
    QCOMPARE(p.steps.at(0).sha256, ContentHash::sha256Hex(upstream(4)));
}

void TestPlanPlanners::addWorkersDiffsAndContents()
{
    const RemoteState s = state(4);
    const PlanResult r = AddWorkersPlanner::plan(spec(), s, 6);
    QVERIFY(r.ok());
    const PlanStep& conf = r.plan->steps.at(5);
    QCOMPARE(conf.content, upstream(6));
    QCOMPARE(conf.beforeSha256, ContentHash::sha256Hex(s.nginxConfig));
    QVERIFY(conf.backup);
    QCOMPARE(conf.diff, QByteArray("--- fleet-uk-1:/etc/nginx/conf.d/voxcore.conf\n"
                                   "+++ fleet-uk-1:/etc/nginx/conf.d/voxcore.conf (proposed)\n"
                                   "@@ -5,4 +5,6 @@\n"
                                   "     server unix:/tmp/voxcore_2.sock max_conns=1 fail_timeout=10;\n"
                                   "     server unix:/tmp/voxcore_3.sock max_conns=1 fail_timeout=10;\n"
                                   "     server unix:/tmp/voxcore_4.sock max_conns=1 fail_timeout=10;\n"
                                   "+    server unix:/tmp/voxcore_5.sock max_conns=1 fail_timeout=10;\n"
                                   "+    server unix:/tmp/voxcore_6.sock max_conns=1 fail_timeout=10;\n"
                                   " }\n"));
    const PlanStep& env = r.plan->steps.at(8);
    QCOMPARE(env.content, QByteArray("# env\nVOXCORE_WORKERS=6\nLOG_LEVEL=info\n"));
    QVERIFY(env.diff.contains("-VOXCORE_WORKERS=4\n+VOXCORE_WORKERS=6\n"));
    QCOMPARE(r.plan->diffs(), conf.diff + env.diff);
}

void TestPlanPlanners::addWorkersRefusesShrinking()
{
    const PlanResult r = AddWorkersPlanner::plan(spec(), state(6), 4);
    QVERIFY(!r.ok());
    QVERIFY(!r.refused);
    QVERIFY(r.error.contains(QStringLiteral("use remove-workers")));
}

void TestPlanPlanners::addWorkersWarnsAboutDriftAndLint()
{
    RemoteState s = state(4);
    s.runningUnits->insert(5); // voxcore@5 already running, not in the upstream
    s.envFile = "VOXCORE_WORKERS=3\n";
    const PlanResult r = AddWorkersPlanner::plan(spec(), s, 6);
    QVERIFY(r.ok());
    const QString all = r.plan->warnings.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("max_conns without a zone")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("drift:")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("voxcore@5 already running")), qPrintable(all));
    // A unit that was running before is not stopped by a rollback.
    QVERIFY(r.plan->steps.at(3).undoArgv.isEmpty());
}

void TestPlanPlanners::removeWorkersDrainsBeforeStopping()
{
    RemoteState s = state(6);
    s.health->workers[5].state = WorkerState::Busy;
    s.health->workers[5].callId = QStringLiteral("c-1");
    PlanOptions o;
    o.drainTimeoutMs = 30000;
    const PlanResult r = RemoveWorkersPlanner::plan(spec(), s, 4, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(kinds(*r.plan), (QStringList{"read", "read", "write", "validate", "reload", "wait-idle",
                                          "command", "command", "write", "wait-health"}));
    QCOMPARE(r.plan->steps.at(2).content, upstream(4));
    QCOMPARE(r.plan->steps.at(5).workers, (QList<int>{5, 6}));
    QCOMPARE(r.plan->steps.at(5).timeoutMs, 30000);
    QVERIFY(!r.plan->steps.at(5).force);
    QCOMPARE(r.plan->steps.at(6).undoArgv, (QStringList{"systemctl", "start", "voxcore@5", "voxcore@6"}));
    QCOMPARE(r.plan->steps.at(7).undoArgv, (QStringList{"systemctl", "enable", "voxcore@5", "voxcore@6"}));
    QCOMPARE(r.plan->callsDroppedIfForced, 1);
    QVERIFY(r.plan->warnings.join(QString()).contains(QStringLiteral("1 call(s) now on worker 5-6")));
    QVERIFY(!RemoveWorkersPlanner::plan(spec(), s, 0).ok());
    QVERIFY(!RemoveWorkersPlanner::plan(spec(), s, 6).ok());
}

void TestPlanPlanners::drainRestartKeepsOneWorkerDownAtATime()
{
    PlanOptions o;
    o.pauseMs = 1000;
    const RemoteState s = state(3);
    const PlanResult r = RestartPlanner::plan(spec(), s, o);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QStringList perWorker{"write",        "validate",    "reload", "wait-idle", "command",
                                "wait-sockets", "wait-health", "write",  "validate",  "reload"};
    QStringList expected{"read", "read"};
    expected << perWorker << "pause" << perWorker << "pause" << perWorker;
    QCOMPARE(kinds(*r.plan), expected);
    // Replay the writes: never more than one `down` line, and the file ends as it began.
    QByteArray file = s.nginxConfig;
    int restarts = 0;
    for (const PlanStep& step : r.plan->steps) {
        if (step.kind == PlanStep::Kind::Write) {
            QCOMPARE(step.beforeSha256, ContentHash::sha256Hex(file));
            file = step.content;
            QVERIFY(file.count(" down;") <= 1);
        }
        if (step.kind == PlanStep::Kind::Command) {
            ++restarts;
            QCOMPARE(step.argv,
                     (QStringList{"systemctl", "restart", QStringLiteral("voxcore@%1").arg(restarts)}));
            QCOMPARE(file, upstream(3, restarts)); // restarted while marked down
            QCOMPARE(step.dropWorker, 0);
        }
    }
    QCOMPARE(restarts, 3);
    QCOMPARE(file, s.nginxConfig);
    QVERIFY(r.plan->steps.at(2).backup);
    QVERIFY(!r.plan->steps.at(9).backup);
}

void TestPlanPlanners::immediateRestartCountsDrops()
{
    PlanOptions o;
    o.mode = PlanOptions::RestartMode::Immediate;
    o.pauseMs = 5000;
    RemoteState s = state(2);
    s.health->workers[0].state = WorkerState::Busy;
    s.health->workers[0].callId = QStringLiteral("c-9");
    const PlanResult r = RestartPlanner::plan(spec(), s, o);
    QVERIFY(r.ok());
    QCOMPARE(kinds(*r.plan), (QStringList{"read", "read", "command", "wait-sockets", "wait-health", "pause",
                                          "command", "wait-sockets", "wait-health"}));
    QCOMPARE(r.plan->steps.at(2).dropWorker, 1);
    QCOMPARE(r.plan->steps.at(6).dropWorker, 2);
    QCOMPARE(r.plan->steps.at(5).timeoutMs, 5000);
    QCOMPARE(r.plan->callsDroppedIfForced, 1);
}

void TestPlanPlanners::restartSkipsWorkersAlreadyDown()
{
    RemoteState s = state(3);
    s.nginxConfig = upstream(3, 2);
    const PlanResult r = RestartPlanner::plan(spec(), s);
    QVERIFY(r.ok());
    QVERIFY(r.plan->warnings.join(QString()).contains(QStringLiteral("worker 2 is marked down")));
    QStringList restarted;
    for (const PlanStep& step : r.plan->steps) {
        if (step.kind == PlanStep::Kind::Command)
            restarted << step.argv.last();
    }
    QCOMPARE(restarted, (QStringList{"voxcore@1", "voxcore@3"}));
}

void TestPlanPlanners::badConfigIsAClearError()
{
    RemoteState s = state(4);
    s.nginxConfig = "upstream other { server unix:/tmp/x_1.sock; }\n";
    PlanRequest req;
    req.action = QStringLiteral("add-workers");
    req.target = 6;
    const PlanResult r = PlanBuilder::plan(spec(), s, req);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("voxcore_workers")), qPrintable(r.error));
    req.action = QStringLiteral("dance");
    QVERIFY(!PlanBuilder::plan(spec(), state(4), req).ok());
}

QTEST_MAIN(TestPlanPlanners)
#include "TestPlanPlanners.moc"
