#include "HealthServer.h"
#include "alerts/AlertEngine.h"
#include "alerts/AlertListModel.h"
#include "config/DriftReport.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/HealthParser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fleetdeck;

namespace {

Inventory inventory(bool ingress)
{
    QByteArray json = "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\", \"name\": \"United "
                      "Kingdom\"}, {\"id\": \"us-east\"}],"
                      " \"servers\": [{\"name\": \"uk-1\", \"host\": \"10.0.0.1\", \"zone\": \"uk\"},"
                      "               {\"name\": \"uk-2\", \"host\": \"10.0.0.2\", \"zone\": \"uk\"},"
                      "               {\"name\": \"use-1\", \"host\": \"10.0.1.1\", \"zone\": \"us-east\", "
                      "\"ram_mb\": 4096}]";
    if (ingress)
        json += ", \"ingresses\": [{\"name\": \"wss-1\", \"host\": \"10.0.9.1\", \"backend\": "
                "\"voxcore_fleets\"}]";
    json += "}";
    const InventoryParseResult r = InventoryParser::parse(json);
    if (!r.ok())
        qFatal("%s", qPrintable(r.errorText()));
    return *r.inventory;
}

/// `busy` busy workers, then `down` down ones, the rest idle.
HealthSnapshot snapshot(int configured, int busy, qint64 atMs, int down = 0)
{
    HealthSnapshot s =
        HealthParser::parse(test::HealthServer::referenceDocument(configured, busy, 100)).snapshot;
    for (int i = 0; i < down && busy + i < s.workers.size(); ++i)
        s.workers[busy + i].state = WorkerState::Down;
    s.receivedAtMs = atMs;
    return s;
}

QStringList keys(const AlertEngine& e)
{
    QStringList out;
    for (const Alert& a : e.alerts())
        out << a.key();
    out.sort();
    return out;
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quietFleetHasNoAlerts()
    {
        FleetState state(inventory(false));
        AlertEngine engine(&state);
        const qint64 t = 1'000'000;
        for (int i = 0; i < 3; ++i)
            state.applySnapshot(i, snapshot(i == 2 ? 8 : 16, 2, t));
        engine.evaluate(t + 100);
        QVERIFY2(engine.alerts().isEmpty(), qPrintable(keys(engine).join(QLatin1Char(','))));
    }

    void utilizationWarningAndCriticalPerServerAndZone()
    {
        FleetState state(inventory(false));
        AlertEngine engine(&state);
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);
        const qint64 t = 1'000'000;
        state.applySnapshot(0, snapshot(16, 9, t));  // 56 %: warning
        state.applySnapshot(1, snapshot(16, 14, t)); // 87.5 %: critical; zone 23/32 = 72 %: warning
        state.applySnapshot(2, snapshot(8, 1, t));
        engine.evaluate(t + 100);
        QCOMPARE(keys(engine),
                 (QStringList{"utilization/server/uk-1", "utilization/server/uk-2", "utilization/zone/uk"}));
        QCOMPARE(engine.find(QStringLiteral("utilization/server/uk-1"))->severity, Alert::Severity::Warning);
        const Alert* critical = engine.find(QStringLiteral("utilization/server/uk-2"));
        QCOMPARE(critical->severity, Alert::Severity::Critical);
        QCOMPARE(critical->advice,
                 QStringLiteral("Add workers or a fleet in United Kingdom; the policy is to run at ≤ 50 %"));
        QVERIFY2(critical->message.contains(QStringLiteral("88 %")), qPrintable(critical->message));
        QCOMPARE(engine.find(QStringLiteral("utilization/zone/uk"))->severity, Alert::Severity::Warning);
        QCOMPARE(engine.count(Alert::Severity::Critical), 1);
        QCOMPARE(engine.count(Alert::Severity::Warning), 2);
        QCOMPARE(raised.count(), 3);
        QCOMPARE(critical->sinceMs, t + 100);

        // Same condition later: no new signal, same since.
        state.applySnapshot(1, snapshot(16, 14, t + 1000));
        engine.evaluate(t + 1100);
        QCOMPARE(raised.count(), 3);
        QCOMPARE(engine.find(QStringLiteral("utilization/server/uk-2"))->sinceMs, t + 100);

        // Severity change: raised again with the original since.
        state.applySnapshot(1, snapshot(16, 10, t + 2000));
        QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
        engine.evaluate(t + 2100);
        QCOMPARE(engine.find(QStringLiteral("utilization/server/uk-2"))->severity, Alert::Severity::Warning);
        QCOMPARE(engine.find(QStringLiteral("utilization/server/uk-2"))->sinceMs, t + 100);
        QVERIFY(raised.count() >= 4);

        // Back under 50 %: cleared.
        state.applySnapshot(0, snapshot(16, 2, t + 3000));
        state.applySnapshot(1, snapshot(16, 2, t + 3000));
        state.applySnapshot(2, snapshot(8, 1, t + 3000));
        engine.evaluate(t + 3100);
        QVERIFY2(engine.alerts().isEmpty(), qPrintable(keys(engine).join(QLatin1Char(','))));
        QVERIFY(engine.alerts().isEmpty());
        QStringList clearedKeys;
        for (const QList<QVariant>& args : cleared)
            clearedKeys << args.at(0).toString();
        clearedKeys.sort();
        QCOMPARE(clearedKeys,
                 (QStringList{"utilization/server/uk-1", "utilization/server/uk-2", "utilization/zone/uk"}));
    }

    void staleThenUnreachableThenClears()
    {
        FleetState state(inventory(false));
        state.setIntervalMs(1000);
        AlertEngine engine(&state);
        const qint64 t = 1'000'000;
        for (int i = 0; i < 3; ++i)
            state.applySnapshot(i, snapshot(i == 2 ? 8 : 16, 1, t));
        engine.evaluate(t + 500);
        QVERIFY(engine.alerts().isEmpty());

        state.applyFailure(0, QStringLiteral("Connection refused"));
        engine.evaluate(t + 4000); // > 3 intervals: stale
        const Alert* stale = engine.find(QStringLiteral("stale/server/uk-1"));
        QVERIFY(stale);
        QCOMPARE(stale->severity, Alert::Severity::Warning);
        QVERIFY2(stale->advice.startsWith(
                     QStringLiteral("Check the server: ssh 10.0.0.1, systemctl status nginx voxcore@1")),
                 qPrintable(stale->advice));

        engine.evaluate(t + 11000); // > 10 intervals with failures: unreachable
        QVERIFY(!engine.contains(QStringLiteral("stale/server/uk-1")));
        const Alert* down = engine.find(QStringLiteral("unreachable/server/uk-1"));
        QVERIFY(down);
        QCOMPARE(down->severity, Alert::Severity::Critical);
        QVERIFY2(down->message.contains(QStringLiteral("Connection refused")), qPrintable(down->message));

        for (int i = 0; i < 3; ++i)
            state.applySnapshot(i, snapshot(i == 2 ? 8 : 16, 1, t + 12000));
        engine.evaluate(t + 12100);
        QVERIFY2(engine.alerts().isEmpty(), qPrintable(keys(engine).join(QLatin1Char(','))));
    }

    void neverAnsweredIsUnreachable()
    {
        FleetState state(inventory(false));
        AlertEngine engine(&state);
        state.applyFailure(2, QStringLiteral("Host unreachable"));
        engine.evaluate();
        QVERIFY(engine.contains(QStringLiteral("unreachable/server/use-1")));
    }

    void workersDownNamesThemAndTheUnits()
    {
        FleetState state(inventory(false));
        AlertEngine engine(&state);
        const qint64 t = 1'000'000;
        state.applySnapshot(0, snapshot(16, 2, t, 2)); // workers 3 and 4 down
        engine.evaluate(t + 100);
        const Alert* a = engine.find(QStringLiteral("workers-down/server/uk-1"));
        QVERIFY(a);
        QCOMPARE(a->severity, Alert::Severity::Warning);
        QCOMPARE(a->message, QStringLiteral("uk-1: 2 worker(s) down (3, 4)"));
        QVERIFY2(a->advice.contains(QStringLiteral("systemctl status voxcore@3 voxcore@4")),
                 qPrintable(a->advice));

        state.applySnapshot(0, snapshot(16, 0, t + 1000, 9)); // more than half down: critical
        engine.evaluate(t + 1100);
        QCOMPARE(engine.find(QStringLiteral("workers-down/server/uk-1"))->severity,
                 Alert::Severity::Critical);
    }

    void memoryBudgetExceeded()
    {
        FleetState state(inventory(false));
        AlertEngine engine(&state);
        const qint64 t = 1'000'000;
        state.applySnapshot(2, snapshot(12, 1, t)); // 4 GB RAM: safe count 8
        engine.evaluate(t + 100);
        const Alert* a = engine.find(QStringLiteral("memory-budget/server/use-1"));
        QVERIFY(a);
        QVERIFY2(a->advice.startsWith(QStringLiteral("Remove workers down to 8")), qPrintable(a->advice));
    }

    void singleIngressAdvisory()
    {
        FleetState with(inventory(true));
        AlertEngine engine(&with);
        engine.evaluate();
        const Alert* a = engine.find(QStringLiteral("ingress-spof/ingress/wss-1"));
        QVERIFY(a);
        QCOMPARE(a->severity, Alert::Severity::Warning);
        QCOMPARE(a->advice,
                 QStringLiteral("Single point of failure: plan a second ingress before crossing ~3 fleets"));

        FleetState without(inventory(false));
        AlertEngine none(&without);
        none.evaluate();
        QVERIFY(none.alerts().isEmpty());
    }

    void driftHook()
    {
        FleetState state(inventory(false));
        AlertEngine engine(&state);
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        state.applySnapshot(1, snapshot(16, 1, t));
        DriftReport report;
        report.findings.append(
            {QStringLiteral("socket-without-unit"),
             QStringLiteral("upstream lists voxcore_17.sock but voxcore@17 is not running"),
             QStringLiteral("start voxcore@17"), 17});
        engine.setDriftReport(1, report);
        const Alert* a = engine.find(QStringLiteral("drift/server/uk-2"));
        QVERIFY(a);
        QVERIFY2(a->message.contains(QStringLiteral("voxcore_17.sock")), qPrintable(a->message));
        engine.setDriftReport(1, DriftReport{});
        QVERIFY(!engine.contains(QStringLiteral("drift/server/uk-2")));
    }

    void throttledEvaluationFollowsState()
    {
        FleetState state(inventory(false));
        state.setIntervalMs(100);
        AlertEngine engine(&state);
        state.applySnapshot(0, snapshot(16, 15, QDateTime::currentMSecsSinceEpoch()));
        QTRY_VERIFY_WITH_TIMEOUT(engine.contains(QStringLiteral("utilization/server/uk-1")), 2000);
    }

    void listModelNewestFirst()
    {
        FleetState state(inventory(false));
        AlertEngine engine(&state);
        AlertListModel model(&engine);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 t = 1'000'000;
        state.applySnapshot(0, snapshot(16, 9, t));
        state.applySnapshot(1, snapshot(16, 1, t)); // zone: 10 / 32, no zone alert
        engine.evaluate(t + 100);
        QCOMPARE(model.rowCount(), 1);
        state.applySnapshot(2, snapshot(12, 1, t + 1000));
        engine.evaluate(t + 1100);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(AlertListModel::KeyRole).toString(),
                 QStringLiteral("memory-budget/server/use-1"));
        QCOMPARE(model.index(1).data(AlertListModel::KeyRole).toString(),
                 QStringLiteral("utilization/server/uk-1"));
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Remove workers")));
        QCOMPARE(model.index(0).data(AlertListModel::SinceRole).toLongLong(), t + 1100);

        state.applySnapshot(1, snapshot(16, 1, t + 2000));
        state.applySnapshot(0, snapshot(16, 14, t + 2000)); // severity change updates in place
        engine.evaluate(t + 2100);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(AlertListModel::SeverityRole).toInt(), int(Alert::Severity::Critical));

        state.applySnapshot(0, snapshot(16, 1, t + 3000));
        engine.evaluate(t + 3100);
        QVERIFY2(model.rowCount() == 1, qPrintable(keys(engine).join(QLatin1Char(','))));
        QCOMPARE(model.rowOf(QStringLiteral("utilization/server/uk-1")), -1);

        AlertListModel late(&engine); // built from the engine's current list
        QCOMPARE(late.rowCount(), 1);
    }

    /// One evaluation = one batch: all new alerts in one rowsInserted at the top (newest first,
    /// critical first), all changed ones in one dataChanged, cleared ones removed; rowOf() agrees
    /// with the rows after every batch.
    void listModelSyncsInOneBatch()
    {
        FleetState state(inventory(false));
        AlertEngine engine(&state);
        AlertListModel model(&engine);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        auto rowsAgree = [&] {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.rowOf(model.index(r).data(AlertListModel::KeyRole).toString()) != r)
                    return false;
            }
            return model.rowCount() == engine.size();
        };

        const qint64 t = 1'000'000;
        state.applySnapshot(0, snapshot(16, 9, t));  // uk-1 warning
        state.applySnapshot(1, snapshot(16, 14, t)); // uk-2 critical; zone uk 23/32 warning
        state.applySnapshot(2, snapshot(8, 1, t));
        engine.evaluate(t + 100);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(model.index(0).data(AlertListModel::SeverityRole).toInt(), int(Alert::Severity::Critical));
        QVERIFY(rowsAgree());

        state.applySnapshot(0, snapshot(16, 10, t + 1000)); // uk-1's text changes (63 %)
        state.applySnapshot(2, snapshot(12, 1, t + 1000));  // use-1 over its memory budget: new
        engine.evaluate(t + 1100);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.index(0).data(AlertListModel::KeyRole).toString(),
                 QStringLiteral("memory-budget/server/use-1"));
        QVERIFY(changed.size() >= 1);
        const int uk1 = model.rowOf(QStringLiteral("utilization/server/uk-1"));
        QVERIFY2(
            model.index(uk1).data(AlertListModel::MessageRole).toString().contains(QStringLiteral("63 %")),
            qPrintable(model.index(uk1).data(AlertListModel::MessageRole).toString()));
        QCOMPARE(model.index(uk1).data(AlertListModel::SinceRole).toLongLong(), t + 100); // kept
        QVERIFY(rowsAgree());

        state.applySnapshot(0, snapshot(16, 1, t + 2000));
        state.applySnapshot(1, snapshot(16, 1, t + 2000));
        engine.evaluate(t + 2100);
        QVERIFY(removed.size() >= 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("utilization/server/uk-1")), -1);
        QVERIFY(rowsAgree());
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "TestAlertEngine.moc"
