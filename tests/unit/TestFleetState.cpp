#include "HealthServer.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/CpsEstimator.h"
#include "health/HealthParser.h"

#include <QTest>

using namespace fleetdeck;

namespace {

Inventory threeServers()
{
    const QByteArray json =
        "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\"}, {\"id\": \"us-east\"}],"
        " \"servers\": [{\"name\": \"uk-1\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"},"
        "               {\"name\": \"uk-2\", \"host\": \"127.0.0.1\", \"zone\": \"uk\", \"ram_mb\": 4096},"
        "               {\"name\": \"use-1\", \"host\": \"127.0.0.1\", \"zone\": \"us-east\"}]}";
    return *InventoryParser::parse(json).inventory;
}

HealthSnapshot snapshot(int configured, int busy, qint64 counter, qint64 atMs, int down = 0)
{
    HealthSnapshot s = HealthParser::parse(test::HealthServer::referenceDocument(configured, busy, counter)).snapshot;
    for (int i = 0; i < down && busy + i < s.workers.size(); ++i)
        s.workers[busy + i].state = WorkerState::Down;
    s.receivedAtMs = atMs;
    return s;
}

} // namespace

class TestFleetState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cpsFromCounter()
    {
        CpsEstimator cps(10000);
        QCOMPARE(cps.rate(), 0.0);
        cps.add(0, 100);
        QCOMPARE(cps.rate(), 0.0);
        cps.add(1000, 102);
        QCOMPARE(cps.rate(), 2.0);
        cps.add(2000, 106);
        QCOMPARE(cps.rate(), 3.0);
    }

    void counterResetIsARestartNotNegativeCps()
    {
        CpsEstimator cps(10000);
        cps.add(0, 5000);
        cps.add(1000, 5010);
        QVERIFY(cps.add(2000, 3)); // restart
        QVERIFY(cps.rate() >= 0.0);
        QCOMPARE(cps.rate(), 0.0);
        cps.add(3000, 7);
        QCOMPARE(cps.rate(), 4.0);
    }

    void cpsWindowSlides()
    {
        CpsEstimator cps(5000);
        for (int t = 0; t <= 10; ++t)
            cps.add(t * 1000, t < 5 ? 0 : (t - 5) * 10); // nothing for 5 s, then 10/s
        QCOMPARE(cps.rate(), 10.0);
        QVERIFY(!cps.add(10000, 50)); // duplicate time ignored
    }

    void utilizationStatusAndPick()
    {
        FleetState state(threeServers());
        state.setIntervalMs(1000);
        const qint64 t0 = 1'000'000;
        state.applySnapshot(0, snapshot(16, 4, 100, t0));   // 25 %
        state.applySnapshot(1, snapshot(16, 9, 100, t0));   // 56 % → warning
        state.applySnapshot(2, snapshot(16, 14, 100, t0));  // 87.5 % → critical
        const ServerMetrics m0 = state.serverMetrics(0, t0 + 500);
        QCOMPARE(m0.busy, 4);
        QCOMPARE(m0.idle, 12);
        QCOMPARE(m0.configured, 16);
        QCOMPARE(m0.utilization, 0.25);
        QCOMPARE(m0.status, ServerStatus::Ok);
        QCOMPARE(state.serverMetrics(1, t0 + 500).status, ServerStatus::Warning);
        QCOMPARE(state.serverMetrics(2, t0 + 500).status, ServerStatus::Critical);

        const AggregateMetrics uk = state.zoneMetrics(QStringLiteral("uk"), t0 + 500);
        QCOMPARE(uk.busy, 13);
        QCOMPARE(uk.configured, 32);
        QCOMPARE(uk.pickServer, 0);  // most free workers
        QCOMPARE(uk.pickFree, 12);
        QCOMPARE(uk.worst, ServerStatus::Warning);
        QVERIFY(uk.canLoseLargest); // 13 calls fit in the other 16 workers
        const AggregateMetrics fleet = state.fleetMetrics(t0 + 500);
        QCOMPARE(fleet.busy, 27);
        QCOMPARE(fleet.configured, 48);
        QCOMPARE(fleet.pickServer, 0);
        QCOMPARE(fleet.channelLimit, 3000);
        QCOMPARE(fleet.worst, ServerStatus::Critical);
        // A single-server zone can never lose its only server.
        QVERIFY(!state.zoneMetrics(QStringLiteral("us-east"), t0 + 500).canLoseLargest);
    }

    void pickTieGoesToFirstAndSkipsStale()
    {
        FleetState state(threeServers());
        const qint64 t0 = 1'000'000;
        state.applySnapshot(0, snapshot(16, 6, 0, t0 - 10'000)); // stale: not a candidate
        state.applySnapshot(1, snapshot(16, 8, 0, t0));
        state.applySnapshot(2, snapshot(16, 8, 0, t0));
        QCOMPARE(state.fleetMetrics(t0).pickServer, 1);
    }

    void staleThenUnreachable()
    {
        FleetState state(threeServers());
        state.setIntervalMs(1000);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        state.applySnapshot(0, snapshot(16, 0, 0, now));
        QCOMPARE(state.serverMetrics(0, now + 1000).status, ServerStatus::Ok);
        state.applyFailure(0, QStringLiteral("Connection refused"));
        QCOMPARE(state.serverMetrics(0, now + 2000).status, ServerStatus::Warning); // fresh data, but an error
        QCOMPARE(state.serverMetrics(0, now + 3500).status, ServerStatus::Stale);
        QVERIFY(state.serverMetrics(0, now + 3500).stale);
        QCOMPARE(state.serverMetrics(0, now + 3500).cps, 0.0);
        QCOMPARE(state.serverMetrics(0, now + 11000).status, ServerStatus::Unreachable);
        // Data returns: recovers at once.
        state.applySnapshot(0, snapshot(16, 0, 0, now + 12000));
        QCOMPARE(state.serverMetrics(0, now + 12100).status, ServerStatus::Ok);
        // Never answered at all: unreachable after the first failure; before any attempt: unknown.
        QCOMPARE(state.serverMetrics(1, now).status, ServerStatus::Unknown);
        state.applyFailure(1, QStringLiteral("Host not found"));
        QCOMPARE(state.serverMetrics(1, now).status, ServerStatus::Unreachable);
        QCOMPARE(state.serverMetrics(1, now).error, QStringLiteral("Host not found"));
    }

    void memoryBudgetAndDownWorkers()
    {
        FleetState state(threeServers());
        const qint64 t0 = 1'000'000;
        state.applySnapshot(1, snapshot(16, 0, 0, t0)); // 4 GB RAM: budget 2048 MB = 8 workers, 16 × 260 = 4160
        const ServerMetrics m = state.serverMetrics(1, t0);
        QCOMPARE(m.workersMemoryMb, 4160);
        QCOMPARE(m.memoryBudgetMb, 2048);
        QVERIFY(m.overMemoryBudget);
        QCOMPARE(m.status, ServerStatus::Warning);
        state.applySnapshot(0, snapshot(16, 0, 0, t0, 2));
        QCOMPARE(state.serverMetrics(0, t0).down, 2);
        QCOMPARE(state.serverMetrics(0, t0).status, ServerStatus::Warning);
        QVERIFY(!state.serverMetrics(0, t0).overMemoryBudget); // the seed's 16 on 8 GB fits
    }

    void cpsThroughState()
    {
        FleetState state(threeServers());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        state.applySnapshot(0, snapshot(16, 0, 1000, now - 2000));
        state.applySnapshot(0, snapshot(16, 0, 1010, now - 1000));
        QCOMPARE(state.serverMetrics(0, now).cps, 10.0);
        state.applySnapshot(0, snapshot(16, 0, 2, now)); // service restarted
        QCOMPARE(state.runtime(0).counterResets, 1);
        QCOMPARE(state.serverMetrics(0, now).cps, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestFleetState)
#include "TestFleetState.moc"
