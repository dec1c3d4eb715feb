#include "HealthServer.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/HealthParser.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryStore.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace fleetdeck;

namespace {

Inventory inventory()
{
    const QByteArray json =
        "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\"}, {\"id\": \"us-east\"}],"
        " \"servers\": [{\"name\": \"uk-1\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"},"
        "               {\"name\": \"uk-2\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"},"
        "               {\"name\": \"use-1\", \"host\": \"127.0.0.1\", \"zone\": \"us-east\"}]}";
    return *InventoryParser::parse(json).inventory;
}

HealthSnapshot snapshot(int busy, qint64 counter, qint64 atMs)
{
    HealthSnapshot s = HealthParser::parse(test::HealthServer::referenceDocument(16, busy, counter)).snapshot;
    s.receivedAtMs = atMs;
    return s;
}

float last(const HistoryStore& store, const SeriesKey& key, qint64 t)
{
    const TieredSeries* s = store.find(key);
    if (!s)
        return -1;
    const std::vector<SeriesPoint> points = s->queryPoints(t - 500, t + 500);
    return points.empty() ? -1 : float(points.back().value);
}

} // namespace

class TestHistoryRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsServersZonesAndFleet()
    {
        FleetState state(inventory());
        state.setIntervalMs(1000);
        HistoryStore store;
        HistoryRecorder recorder(&state, &store);
        const qint64 t0 = 1'700'000'000'000;
        state.applySnapshot(0, snapshot(4, 100, t0));
        state.applySnapshot(1, snapshot(6, 100, t0));
        state.applySnapshot(0, snapshot(5, 110, t0 + 1000)); // 10 calls in 1 s
        state.applySnapshot(1, snapshot(6, 100, t0 + 1000));
        // use-1 never answered: NaN
        recorder.recordNow(t0 + 1000);
        QCOMPARE(recorder.rounds(), 1);
        QCOMPARE(
            last(store, SeriesKey::server(QStringLiteral("uk-1"), SeriesKey::Metric::Channels), t0 + 1000),
            5.0f);
        QCOMPARE(last(store, SeriesKey::server(QStringLiteral("uk-1"), SeriesKey::Metric::Cps), t0 + 1000),
                 10.0f);
        QCOMPARE(last(store, SeriesKey::zone(QStringLiteral("uk"), SeriesKey::Metric::Channels), t0 + 1000),
                 11.0f);
        QCOMPARE(last(store, SeriesKey::fleet(SeriesKey::Metric::Channels), t0 + 1000), 11.0f);
        QVERIFY(std::isnan(
            last(store, SeriesKey::server(QStringLiteral("use-1"), SeriesKey::Metric::Channels), t0 + 1000)));
        QVERIFY(std::isnan(
            last(store, SeriesKey::zone(QStringLiteral("us-east"), SeriesKey::Metric::Channels), t0 + 1000)));
    }

    void staleServerIsAGap()
    {
        FleetState state(inventory());
        state.setIntervalMs(1000);
        HistoryStore store;
        HistoryRecorder recorder(&state, &store);
        const qint64 t0 = 1'700'000'000'000;
        state.applySnapshot(0, snapshot(4, 100, t0));
        recorder.recordNow(t0);
        QCOMPARE(last(store, SeriesKey::server(QStringLiteral("uk-1"), SeriesKey::Metric::Channels), t0),
                 4.0f);
        recorder.recordNow(t0 + 5000); // no data for 5 intervals: stale
        QVERIFY(std::isnan(
            last(store, SeriesKey::server(QStringLiteral("uk-1"), SeriesKey::Metric::Channels), t0 + 5000)));
    }

    void timerRecordsOncePerInterval()
    {
        FleetState state(inventory());
        state.setIntervalMs(100);
        HistoryStore store;
        HistoryRecorder recorder(&state, &store);
        QSignalSpy spy(&recorder, &HistoryRecorder::recorded);
        recorder.start();
        QVERIFY(recorder.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 3, 2000);
        recorder.stop();
        QVERIFY(store.contains(SeriesKey::fleet(SeriesKey::Metric::Cps)));
    }
};

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "TestHistoryRecorder.moc"
