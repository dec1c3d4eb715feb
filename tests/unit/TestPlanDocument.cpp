// The saved plan: JSON round-trip of every step kind, refusal of an edited plan,
// binary-safe file contents, stale-hash detection and the exit codes of results.
#include "config/ContentHash.h"
#include "fleet/ServerSpec.h"
#include "plan/AddWorkersPlanner.h"
#include "plan/PlanDocument.h"
#include "plan/PlanRunResult.h"
#include "plan/RestartPlanner.h"
#include "plan/StepFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fleetdeck;

namespace {

ServerSpec spec()
{
    ServerSpec s;
    s.name = QStringLiteral("fleet-uk-1");
    s.host = QStringLiteral("10.0.0.1");
    s.service.deriveDefaults();
    return s;
}

RemoteState state()
{
    RemoteState s;
    s.nginxConfig = "upstream voxcore_workers {\n    least_conn;\n"
                    "    server unix:/tmp/voxcore_1.sock max_conns=1 fail_timeout=10;\n"
                    "    server unix:/tmp/voxcore_2.sock max_conns=1 fail_timeout=10;\n}\n";
    s.envFile = "VOXCORE_WORKERS=2\n";
    return s;
}

Plan fullPlan()
{
    Plan p = *AddWorkersPlanner::plan(spec(), state(), 4).plan;
    p.steps << StepFactory::waitIdle({3, 4}, 5000, true) << StepFactory::pause(1500);
    PlanStep restart = StepFactory::command(QStringLiteral("restart"), {"systemctl", "restart", "voxcore@1"},
                                            {"systemctl", "start", "voxcore@1"});
    restart.dropWorker = 1;
    p.steps << restart;
    p.warnings << QStringLiteral("a warning");
    p.callsDroppedIfForced = 2;
    return p;
}

} // namespace

class TestPlanDocument : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void editedContentIsRefused();
    void binaryContentSurvives();
    void malformedDocumentsAreRefused();
    void changedFilesAreDetected();
    void resultExitCodes();
};

void TestPlanDocument::roundTripKeepsEveryField()
{
    PlanDocument doc;
    doc.plans << fullPlan() << *RestartPlanner::plan(spec(), state()).plan;
    const QByteArray json = doc.toJson();
    QString error;
    const PlanDocument back = PlanDocument::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.plans.size(), 2);
    QCOMPARE(back.toJson(), json);
    const Plan& p = back.plans.first();
    const Plan original = fullPlan();
    QCOMPARE(p.action, QStringLiteral("add-workers"));
    QCOMPARE(p.server, QStringLiteral("fleet-uk-1"));
    QCOMPARE(p.host, QStringLiteral("10.0.0.1"));
    QCOMPARE(p.files.at(1).sha256, ContentHash::sha256Hex("VOXCORE_WORKERS=2\n"));
    QCOMPARE(p.steps.size(), original.steps.size());
    for (int i = 0; i < p.steps.size(); ++i) {
        const PlanStep& a = p.steps.at(i);
        const PlanStep& b = original.steps.at(i);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.content, b.content);
        QCOMPARE(a.diff, b.diff);
        QCOMPARE(a.argv, b.argv);
        QCOMPARE(a.undoArgv, b.undoArgv);
        QCOMPARE(a.paths, b.paths);
        QCOMPARE(a.workers, b.workers);
        QCOMPARE(a.timeoutMs, b.timeoutMs);
        QCOMPARE(a.force, b.force);
        QCOMPARE(a.dropWorker, b.dropWorker);
        QCOMPARE(a.sha256, b.sha256);
        QCOMPARE(a.beforeSha256, b.beforeSha256);
    }
    QCOMPARE(p.warnings.last(), QStringLiteral("a warning"));
    QCOMPARE(p.callsDroppedIfForced, 2);
}

void TestPlanDocument::editedContentIsRefused()
{
    PlanDocument doc;
    doc.plans << fullPlan();
    QByteArray json = doc.toJson();
    json.replace("voxcore_4.sock max_conns=1", "voxcore_4.sock max_conns=9");
    QString error;
    PlanDocument::fromJson(json, &error);
    QVERIFY2(error.contains(QStringLiteral("does not match its recorded hash")), qPrintable(error));
}

void TestPlanDocument::binaryContentSurvives()
{
    PlanDocument doc;
    Plan p = fullPlan();
    const QByteArray binary("\xff\xfe\x00\x01 not utf-8\n", 15);
    p.steps[5] = StepFactory::write(p.server, QStringLiteral("/etc/x"), "old\n", binary, false);
    doc.plans << p;
    QString error;
    const PlanDocument back = PlanDocument::fromJson(doc.toJson(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.plans.first().steps.at(5).content, binary);
    QVERIFY(doc.toJson().contains("content_base64"));
}

void TestPlanDocument::malformedDocumentsAreRefused()
{
    QString error;
    PlanDocument::fromJson("not json", &error);
    QVERIFY(!error.isEmpty());
    error.clear();
    PlanDocument::fromJson("{\"fleetdeck_plan\": 2, \"plans\": []}", &error);
    QVERIFY(error.contains(QStringLiteral("format")));
    error.clear();
    PlanDocument::fromJson("{\"fleetdeck_plan\": 1, \"plans\": []}", &error);
    QVERIFY(!error.isEmpty());
    error.clear();
    PlanDocument::fromJson("{\"fleetdeck_plan\": 1, \"plans\": [{\"action\": \"x\", \"server\": \"s\", "
                           "\"steps\": [{\"kind\": \"rm-rf\"}]}]}",
                           &error);
    QVERIFY(error.contains(QStringLiteral("unknown step kind")));
    error.clear();
    PlanDocument::fromJson("{\"fleetdeck_plan\": 1, \"plans\": [{\"action\": \"x\", \"server\": \"s\", "
                           "\"steps\": [{\"kind\": \"write\", \"path\": \"relative\"}]}]}",
                           &error);
    QVERIFY(error.contains(QStringLiteral("absolute")));
}

void TestPlanDocument::changedFilesAreDetected()
{
    const Plan p = fullPlan();
    QHash<QString, QByteArray> now{{QStringLiteral("/etc/nginx/conf.d/voxcore.conf"), state().nginxConfig},
                                   {QStringLiteral("/opt/voxcore/.env"), state().envFile}};
    QVERIFY(p.changedFiles(now).isEmpty());
    now[QStringLiteral("/opt/voxcore/.env")] += "# edited\n";
    QCOMPARE(p.changedFiles(now), QStringList{QStringLiteral("/opt/voxcore/.env")});
    now.remove(QStringLiteral("/etc/nginx/conf.d/voxcore.conf"));
    QCOMPARE(p.changedFiles(now).size(), 2);
}

void TestPlanDocument::resultExitCodes()
{
    PlanRunResult r;
    QCOMPARE(r.exitCode(), 0);
    QCOMPARE(r.resultName(), QStringLiteral("done"));
    r.outcome = PlanRunResult::Outcome::Failed;
    r.failedStep = 3;
    QCOMPARE(r.exitCode(), 1);
    QCOMPARE(r.resultName(), QStringLiteral("rolled-back"));
    r.outcome = PlanRunResult::Outcome::Stale;
    QCOMPARE(r.exitCode(), 4);
    r.outcome = PlanRunResult::Outcome::Refused;
    QCOMPARE(r.exitCode(), 3);
    r.outcome = PlanRunResult::Outcome::RollbackIncomplete;
    QCOMPARE(r.exitCode(), 1);
    QCOMPARE(r.resultName(), QStringLiteral("failed"));
}

QTEST_MAIN(TestPlanDocument)
#include "TestPlanDocument.moc"
