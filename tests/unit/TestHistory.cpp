#include "history/HistoryStore.h"
#include "history/TieredSeries.h"
#include "history/TimeSeriesRing.h"

#include <QTest>

#include <array>
#include <cmath>

using namespace fleetdeck;

namespace {
constexpr qint64 kT0 = 1'763'700'000'000; // 2025-11-21, a multiple of 10 s
float one(float v)
{
    return v;
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void ringWrapsAroundAndKeepsNewest();
    void ringFillsSkippedBucketsWithNaN();
    void ringJumpBeyondCapacityClears();
    void ringRejectsBucketsOlderThanWindow();
    void ringViewSliceAcrossWrap();
    void fineTierHoldsLastHour();
    void rollUpMinMaxAvgPer10s();
    void rollUpIgnoresNaNAndKeepsAllNaNBucketAsGap();
    void gapsAreNaNInBothTiers();
    void singleSkippedSecondIsBridged();
    void outOfOrderSampleIsDropped();
    void queryPicksFinestCoveringTier();
    void queryCrossingTiersUsesCoarse();
    void coarseTierWrapsAfter24h();
    void storeAggregatesZonesAndFleet();
    void storeMemoryPerServerUnderBudget();
};

void TestHistory::ringWrapsAroundAndKeepsNewest()
{
    TimeSeriesRing ring(5, 1000);
    for (int i = 0; i < 12; ++i) {
        const float v = float(i);
        QVERIFY(ring.set(100 + i, std::span<const float>(&v, 1)));
    }
    QCOMPARE(ring.size(), 5);
    QCOMPARE(ring.headBucket(), qint64(111));
    QCOMPARE(ring.oldestBucket(), qint64(107));
    const RingView view = ring.view();
    QCOMPARE(view.size(), 5);
    QCOMPARE(view.startMs(), qint64(107'000));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(view.timeAt(i), qint64(107'000 + i * 1000));
        QCOMPARE(view.at(i, 0), float(7 + i));
    }
    QVERIFY(std::isnan(ring.value(106))); // fell out of the window
    QCOMPARE(ring.value(109), 9.0f);
}

void TestHistory::ringFillsSkippedBucketsWithNaN()
{
    TimeSeriesRing ring(10, 1000);
    const float a = 1, b = 2;
    ring.set(0, std::span<const float>(&a, 1));
    ring.set(4, std::span<const float>(&b, 1));
    QCOMPARE(ring.size(), 5);
    QCOMPARE(ring.value(0), 1.0f);
    for (qint64 bucket = 1; bucket <= 3; ++bucket)
        QVERIFY(std::isnan(ring.value(bucket)));
    QCOMPARE(ring.value(4), 2.0f);
}

void TestHistory::ringJumpBeyondCapacityClears()
{
    TimeSeriesRing ring(4, 1000);
    for (int i = 0; i < 4; ++i) {
        const float v = 5;
        ring.set(i, std::span<const float>(&v, 1));
    }
    const float v = 9;
    ring.set(1000, std::span<const float>(&v, 1));
    QCOMPARE(ring.size(), 4);
    QCOMPARE(ring.value(1000), 9.0f);
    for (qint64 bucket = 997; bucket < 1000; ++bucket)
        QVERIFY(std::isnan(ring.value(bucket)));
}

void TestHistory::ringRejectsBucketsOlderThanWindow()
{
    TimeSeriesRing ring(3, 1000);
    for (int i = 0; i < 6; ++i) {
        const float v = float(i);
        ring.set(i, std::span<const float>(&v, 1));
    }
    const float late = 42;
    QVERIFY(!ring.set(2, std::span<const float>(&late, 1)));
    QVERIFY(ring.set(4, std::span<const float>(&late, 1))); // inside the window: overwrite
    QCOMPARE(ring.value(4), 42.0f);
    QCOMPARE(ring.headBucket(), qint64(5));
}

void TestHistory::ringViewSliceAcrossWrap()
{
    TimeSeriesRing ring(8, 10, 3);
    for (int i = 0; i < 13; ++i) { // wraps: slots 5..12 live, storage split
        const std::array<float, 3> v{float(i), float(i) + 0.5f, float(i) + 0.25f};
        ring.set(i, v);
    }
    const RingView slice = ring.view(70, 109);
    QCOMPARE(slice.size(), 4);
    QCOMPARE(slice.startMs(), qint64(70));
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(slice.minAt(i), float(7 + i));
        QCOMPARE(slice.maxAt(i), float(7 + i) + 0.5f);
        QCOMPARE(slice.avgAt(i), float(7 + i) + 0.25f);
    }
    QCOMPARE(ring.view(0, 1000).size(), 8);
    QCOMPARE(ring.view(200, 300).size(), 0);
}

void TestHistory::fineTierHoldsLastHour()
{
    TieredSeries s;
    for (int i = 0; i < 5000; ++i)
        s.append(kT0 + i * 1000, float(i));
    const TimeSeriesRing& fine = s.fineTier();
    QCOMPARE(fine.size(), 3600);
    QCOMPARE(fine.oldestStartMs(), kT0 + (5000 - 3600) * 1000);
    QCOMPARE(fine.value(fine.headBucket()), 4999.0f);
    const RingView lastHour = s.query(kT0 + 1400 * 1000, kT0 + 4999 * 1000);
    QCOMPARE(lastHour.stepMs(), qint64(1000));
    QCOMPARE(lastHour.size(), 3600);
    QCOMPARE(lastHour.avgAt(0), 1400.0f);
    QCOMPARE(lastHour.avgAt(3599), 4999.0f);
}

void TestHistory::rollUpMinMaxAvgPer10s()
{
    TieredSeries s;
    // Bucket 0: 0..9 s, values 1..10 with a spike of 50 at 4 s. Bucket 1: constant 3.
    for (int i = 0; i < 10; ++i)
        s.append(kT0 + i * 1000 + 250, i == 4 ? 50.0f : float(i + 1));
    for (int i = 10; i < 20; ++i)
        s.append(kT0 + i * 1000 + 250, 3.0f);
    const TimeSeriesRing& coarse = s.coarseTier();
    QCOMPARE(coarse.size(), 2);
    const qint64 b0 = kT0 / 10000;
    QCOMPARE(coarse.value(b0, RingView::MinLane), 1.0f);
    QCOMPARE(coarse.value(b0, RingView::MaxLane), 50.0f);
    QCOMPARE(coarse.value(b0, RingView::AvgLane), (1 + 2 + 3 + 4 + 50 + 6 + 7 + 8 + 9 + 10) / 10.0f);
    QCOMPARE(coarse.value(b0 + 1, RingView::MinLane), 3.0f);
    QCOMPARE(coarse.value(b0 + 1, RingView::MaxLane), 3.0f);
    QCOMPARE(coarse.value(b0 + 1, RingView::AvgLane), 3.0f);
}

void TestHistory::rollUpIgnoresNaNAndKeepsAllNaNBucketAsGap()
{
    TieredSeries s;
    const float nan = std::nanf("");
    for (int i = 0; i < 10; ++i)
        s.append(kT0 + i * 1000, i < 5 ? nan : 4.0f);
    for (int i = 10; i < 20; ++i)
        s.append(kT0 + i * 1000, nan);
    const qint64 b0 = kT0 / 10000;
    QCOMPARE(s.coarseTier().value(b0, RingView::AvgLane), 4.0f);
    QCOMPARE(s.coarseTier().value(b0, RingView::MinLane), 4.0f);
    for (int lane = 0; lane < 3; ++lane)
        QVERIFY(std::isnan(s.coarseTier().value(b0 + 1, lane)));
}

void TestHistory::gapsAreNaNInBothTiers()
{
    TieredSeries s;
    s.append(kT0, 7);
    s.append(kT0 + 60'000, 8); // a minute unreachable: nothing appended in between
    const auto fine = s.queryPoints(kT0, kT0 + 60'000);
    QCOMPARE(int(fine.size()), 61);
    QCOMPARE(fine.front().value, 7.0);
    QCOMPARE(fine.back().value, 8.0);
    for (size_t i = 1; i + 1 < fine.size(); ++i)
        QVERIFY2(fine[i].isGap(), qPrintable(QString::number(i)));
    const RingView coarse = s.coarseTier().view();
    QCOMPARE(coarse.size(), 7);
    QCOMPARE(coarse.avgAt(0), 7.0f);
    for (int i = 1; i < 6; ++i)
        QVERIFY(std::isnan(coarse.avgAt(i)));
    QCOMPARE(coarse.avgAt(6), 8.0f);
}

void TestHistory::singleSkippedSecondIsBridged()
{
    TieredSeries s;
    s.append(kT0 + 900, 10);
    s.append(kT0 + 2100, 20); // jitter skipped second 1
    const auto pts = s.queryPoints(kT0, kT0 + 3000);
    QCOMPARE(int(pts.size()), 3);
    QCOMPARE(pts[1].value, 15.0);
    // The coarse tier only aggregates real samples.
    QCOMPARE(s.coarseTier().value(kT0 / 10000, RingView::AvgLane), 15.0f);
    QCOMPARE(s.coarseTier().value(kT0 / 10000, RingView::MinLane), 10.0f);
}

void TestHistory::outOfOrderSampleIsDropped()
{
    TieredSeries s;
    QVERIFY(s.append(kT0 + 5000, 1));
    QVERIFY(s.append(kT0 + 5500, 2)); // same second: last wins in tier 0
    QVERIFY(!s.append(kT0 + 3000, 3));
    QCOMPARE(s.droppedSamples(), qint64(1));
    QCOMPARE(s.fineTier().value(s.fineTier().headBucket()), 2.0f);
    QCOMPARE(s.coarseTier().value(kT0 / 10000, RingView::AvgLane), 1.5f);
}

void TestHistory::queryPicksFinestCoveringTier()
{
    TieredSeries s;
    const qint64 end = kT0 + 2 * 3600 * 1000;
    for (qint64 t = kT0; t <= end; t += 1000)
        s.append(t, 1);
    QCOMPARE(s.tierFor(end - 5 * 60 * 1000, end), 0);
    QCOMPARE(s.tierFor(end - 3600 * 1000, end), 0); // an hour window ends exactly at the ring
    QCOMPARE(s.query(end - 3600 * 1000, end).stepMs(), qint64(1000));

    TieredSeries young; // 10 minutes old: tier 0 holds everything, even for a 24 h window
    for (qint64 t = kT0; t <= kT0 + 600'000; t += 1000)
        young.append(t, 1);
    QCOMPARE(young.tierFor(kT0 + 600'000 - 86'400'000, kT0 + 600'000), 0);
}

void TestHistory::queryCrossingTiersUsesCoarse()
{
    TieredSeries s;
    const qint64 end = kT0 + 3 * 3600 * 1000;
    for (qint64 t = kT0; t <= end; t += 1000)
        s.append(t, float((t - kT0) / 1000 % 100));
    const qint64 from = end - 2 * 3600 * 1000; // starts before tier 0's hour
    QCOMPARE(s.tierFor(from, end), 1);
    const RingView v = s.query(from, end);
    QCOMPARE(v.stepMs(), qint64(10'000));
    QCOMPARE(v.size(), 2 * 360 + 1);
    QCOMPARE(v.startMs(), from);
    QCOMPARE(v.timeAt(v.size() - 1), end);
    QCOMPARE(v.minAt(10), 0.0f); // every 100 s bucket cycles 0..99: 10 s buckets see 10 values
    QVERIFY(v.maxAt(10) >= 9.0f);
}

void TestHistory::coarseTierWrapsAfter24h()
{
    TieredSeries s;
    const qint64 day = 86'400'000;
    for (qint64 t = kT0; t < kT0 + day + 3600 * 1000; t += 10'000) // 25 h at one sample per 10 s
        s.append(t, float((t - kT0) / 3600'000));
    const TimeSeriesRing& coarse = s.coarseTier();
    QCOMPARE(coarse.size(), 8640);
    QCOMPARE(coarse.oldestStartMs(), kT0 + 3600 * 1000); // the first hour was overwritten
    const RingView v = coarse.view();
    QCOMPARE(v.avgAt(0), 1.0f);
    QCOMPARE(v.avgAt(8639), 24.0f);
    QCOMPARE(one(v.avgAt(360)), 2.0f);
}

void TestHistory::storeAggregatesZonesAndFleet()
{
    HistoryStore store;
    const float nan = std::nanf("");
    const std::array<ServerSample, 3> round{
        ServerSample{QStringLiteral("uk-1"), QStringLiteral("uk"), 4, 1.5f},
        ServerSample{QStringLiteral("uk-2"), QStringLiteral("uk"), 6, 0.5f},
        ServerSample{QStringLiteral("de-1"), QStringLiteral("de"), nan, nan}};
    store.recordRound(kT0, round);
    using M = SeriesKey::Metric;
    for (const SeriesKey& key :
         {SeriesKey::server(QStringLiteral("uk-1"), M::Channels),
          SeriesKey::zone(QStringLiteral("uk"), M::Channels), SeriesKey::zone(QStringLiteral("uk"), M::Cps),
          SeriesKey::zone(QStringLiteral("de"), M::Channels), SeriesKey::fleet(M::Channels)})
        QVERIFY2(store.find(key), qPrintable(key.toString()));
    QCOMPARE(store.find(SeriesKey::server(QStringLiteral("uk-1"), M::Channels))->lastValue(), 4.0f);
    QCOMPARE(store.find(SeriesKey::zone(QStringLiteral("uk"), M::Channels))->lastValue(), 10.0f);
    QCOMPARE(store.find(SeriesKey::zone(QStringLiteral("uk"), M::Cps))->lastValue(), 2.0f);
    QVERIFY(std::isnan(store.find(SeriesKey::zone(QStringLiteral("de"), M::Channels))->lastValue()));
    QCOMPARE(store.find(SeriesKey::fleet(M::Channels))->lastValue(), 10.0f);
    QCOMPARE(store.seriesCount(), 3 * 2 + 2 * 2 + 2);
    store.removeServer(QStringLiteral("uk-2"));
    QVERIFY(!store.contains(SeriesKey::server(QStringLiteral("uk-2"), M::Cps)));
    QCOMPARE(SeriesKey::zone(QStringLiteral("uk"), M::Cps).toString(), QStringLiteral("zone/uk/cps"));
}

void TestHistory::storeMemoryPerServerUnderBudget()
{
    HistoryStore store;
    const int servers = 4;
    QList<SeriesKey> keys;
    for (int s = 0; s < servers; ++s) {
        keys.append(SeriesKey::server(QStringLiteral("srv-%1").arg(s), SeriesKey::Metric::Channels));
        keys.append(SeriesKey::server(QStringLiteral("srv-%1").arg(s), SeriesKey::Metric::Cps));
    }
    for (qint64 t = kT0; t < kT0 + 86'400'000; t += 1000) {
        for (const SeriesKey& key : keys)
            store.append(key, t, 3);
    }
    const qint64 slotCount = 2 * (3600 + 8640 * 3);
    const qint64 perServer = store.bytesUsed() / servers;
    qInfo("history bytes per server (24 h, channels + cps): %lld", perServer);
    QVERIFY(perServer >= slotCount * 4);
    QVERIFY(perServer < slotCount * 4 + 2048); // payload plus small fixed overhead
    QVERIFY(perServer <= 1024 * 1024);
    const qint64 before = store.bytesUsed();
    store.append(SeriesKey::server(QStringLiteral("srv-0"), SeriesKey::Metric::Cps), kT0 + 86'400'000, 2);
    QCOMPARE(store.bytesUsed(), before); // fixed footprint: appending never grows it
}

QTEST_GUILESS_MAIN(TestHistory)
#include "TestHistory.moc"
