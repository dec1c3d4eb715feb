#include "history/Decimator.h"
#include "history/TieredSeries.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace fleetdeck;

namespace {

constexpr qint64 kT0 = 1'763'700'000'000;
constexpr qint64 kDay = 86'400'000;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<SeriesPoint> daySeries(quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<SeriesPoint> pts;
    pts.reserve(86'400);
    for (int i = 0; i < 86'400; ++i) {
        const double base = 400 + 200 * std::sin(i * 2 * M_PI / 86'400);
        pts.push_back({kT0 + qint64(i) * 1000, base + rng.bounded(40)});
    }
    return pts;
}

void verifyMonotonic(const std::vector<SeriesPoint>& out)
{
    for (size_t i = 1; i < out.size(); ++i)
        QVERIFY2(out[i].tMs >= out[i - 1].tMs, qPrintable(QStringLiteral("at %1").arg(i)));
}

/// At most two points per pixel column.
void verifyPerColumn(const std::vector<SeriesPoint>& out, qint64 from, qint64 to, int columns)
{
    std::vector<int> perColumn(size_t(columns), 0);
    for (const SeriesPoint& p : out) {
        QVERIFY(p.tMs >= from && p.tMs <= to);
        const qint64 c = std::min<qint64>((p.tMs - from) * columns / (to - from), columns - 1);
        QVERIFY2(++perColumn[size_t(c)] <= 2, qPrintable(QStringLiteral("column %1").arg(c)));
    }
}

double minOf(const std::vector<SeriesPoint>& v)
{
    double m = std::numeric_limits<double>::infinity();
    for (const SeriesPoint& p : v)
        if (!p.isGap())
            m = std::min(m, p.value);
    return m;
}

double maxOf(const std::vector<SeriesPoint>& v)
{
    double m = -std::numeric_limits<double>::infinity();
    for (const SeriesPoint& p : v)
        if (!p.isGap())
            m = std::max(m, p.value);
    return m;
}

} // namespace

class TestDecimator : public QObject
{
    Q_OBJECT

private slots:
    void minMaxKeepsGlobalExtremesAndSpikes();
    void minMaxAtMostTwoPerColumnAndMonotonic();
    void minMaxFewPointsPassThrough();
    void minMaxRespectsRange();
    void minMaxMarksGapColumns();
    void minMaxOnCoarseRingUsesMinAndMaxLanes();
    void minMaxOnFineRingMatchesSpan();
    void lttbBoundsAndKeepsEnds();
    void lttbSplitsAtGaps();
    void emptyInput();
};

void TestDecimator::minMaxKeepsGlobalExtremesAndSpikes()
{
    auto pts = daySeries(1);
    pts[12'345].value = 5000; // one-second spike
    pts[70'001].value = -3;   // one-second dip
    const auto out = Decimator::minMaxPerColumn(pts, kT0, kT0 + kDay, 1200);
    QCOMPARE(maxOf(out), 5000.0);
    QCOMPARE(minOf(out), -3.0);
    QVERIFY(
        std::any_of(out.begin(), out.end(), [&](const SeriesPoint& p) { return p.tMs == pts[12'345].tMs; }));
}

void TestDecimator::minMaxAtMostTwoPerColumnAndMonotonic()
{
    const auto pts = daySeries(2);
    for (int columns : {1, 7, 300, 1200, 1920}) {
        std::vector<SeriesPoint> out;
        Decimator::minMaxPerColumn(pts, kT0, kT0 + kDay, columns, out);
        QVERIFY(int(out.size()) <= 2 * columns);
        QVERIFY(int(out.size()) >= columns); // every column has data
        verifyMonotonic(out);
        verifyPerColumn(out, kT0, kT0 + kDay, columns);
        QCOMPARE(maxOf(out), maxOf(pts));
        QCOMPARE(minOf(out), minOf(pts));
    }
}

void TestDecimator::minMaxFewPointsPassThrough()
{
    std::vector<SeriesPoint> pts;
    for (int i = 0; i < 300; ++i)
        pts.push_back({kT0 + i * 1000, double(i % 17)});
    const auto out = Decimator::minMaxPerColumn(pts, kT0, kT0 + 300'000, 1200);
    QCOMPARE(out.size(), pts.size());
    for (size_t i = 0; i < pts.size(); ++i)
        QCOMPARE(out[i].value, pts[i].value);
}

void TestDecimator::minMaxRespectsRange()
{
    const auto pts = daySeries(3);
    const qint64 from = kT0 + 3600'000, to = kT0 + 2 * 3600'000;
    const auto out = Decimator::minMaxPerColumn(pts, from, to, 100);
    QVERIFY(!out.empty());
    QVERIFY(out.front().tMs >= from && out.back().tMs <= to);
    verifyPerColumn(out, from, to, 100);
}

void TestDecimator::minMaxMarksGapColumns()
{
    auto pts = daySeries(4);
    for (int i = 40'000; i < 50'000; ++i) // ~2.8 h unreachable
        pts[size_t(i)].value = kNaN;
    const auto out = Decimator::minMaxPerColumn(pts, kT0, kT0 + kDay, 1200);
    const auto gaps = std::count_if(out.begin(), out.end(), [](const SeriesPoint& p) { return p.isGap(); });
    QCOMPARE(gaps, 1); // consecutive gap columns collapse into one marker
    const auto gap = std::find_if(out.begin(), out.end(), [](const SeriesPoint& p) { return p.isGap(); });
    QVERIFY(gap != out.begin() && gap + 1 != out.end());
    QVERIFY((gap - 1)->tMs < pts[40'000].tMs);
    QVERIFY((gap + 1)->tMs >= pts[50'000].tMs - 72'000); // next point is in the column after the gap
    verifyMonotonic(out);
}

void TestDecimator::minMaxOnCoarseRingUsesMinAndMaxLanes()
{
    TieredSeries s;
    for (qint64 i = 0; i < 86'400; ++i)
        s.append(kT0 + i * 1000, i == 50'003 ? 900.0f : 10.0f);
    const RingView day = s.query(kT0, kT0 + kDay);
    QCOMPARE(day.stepMs(), qint64(10'000));
    QCOMPARE(day.size(), 8640);
    const auto out = Decimator::minMaxPerColumn(day, kT0, kT0 + kDay, 1200);
    QVERIFY(out.size() <= 2400);
    QCOMPARE(maxOf(out), 900.0); // the 1 s spike survives roll-up and decimation
    QCOMPARE(minOf(out), 10.0);
    verifyMonotonic(out);
    verifyPerColumn(out, kT0, kT0 + kDay, 1200);
}

void TestDecimator::minMaxOnFineRingMatchesSpan()
{
    TieredSeries s;
    const auto pts = daySeries(5);
    for (const SeriesPoint& p : pts)
        s.append(p.tMs, float(p.value));
    const qint64 to = pts.back().tMs, from = to - 3600'000 + 1000;
    const RingView hour = s.query(from, to);
    QCOMPARE(hour.stepMs(), qint64(1000));
    std::vector<SeriesPoint> fromRing, fromSpan;
    Decimator::minMaxPerColumn(hour, from, to, 500, fromRing);
    std::vector<SeriesPoint> floats; // the ring stores float32
    for (const SeriesPoint& p : pts)
        floats.push_back({p.tMs, double(float(p.value))});
    Decimator::minMaxPerColumn(floats, from, to, 500, fromSpan);
    QCOMPARE(fromRing.size(), fromSpan.size());
    for (size_t i = 0; i < fromRing.size(); ++i) {
        QCOMPARE(fromRing[i].tMs, fromSpan[i].tMs);
        QCOMPARE(fromRing[i].value, fromSpan[i].value);
    }
}

void TestDecimator::lttbBoundsAndKeepsEnds()
{
    const auto pts = daySeries(6);
    std::vector<SeriesPoint> out;
    Decimator::lttb(pts, kT0, kT0 + kDay, 2400, out);
    QCOMPARE(int(out.size()), 2400);
    QCOMPARE(out.front().tMs, pts.front().tMs);
    QCOMPARE(out.back().tMs, pts.back().tMs);
    for (size_t i = 1; i < out.size(); ++i)
        QVERIFY(out[i].tMs > out[i - 1].tMs);
}

void TestDecimator::lttbSplitsAtGaps()
{
    auto pts = daySeries(7);
    for (int i = 20'000; i < 30'000; ++i)
        pts[size_t(i)].value = kNaN;
    std::vector<SeriesPoint> out;
    Decimator::lttb(pts, kT0, kT0 + kDay, 1000, out);
    QCOMPARE(std::count_if(out.begin(), out.end(), [](const SeriesPoint& p) { return p.isGap(); }), 1);
    QVERIFY(out.size() <= 1000 + 1 + 2);
    verifyMonotonic(out);
    // The ring variant reads in place.
    TieredSeries s;
    for (const SeriesPoint& p : pts)
        s.append(p.tMs, float(p.value));
    Decimator::lttb(s.query(kT0, kT0 + kDay), kT0, kT0 + kDay, 1000, out);
    QCOMPARE(std::count_if(out.begin(), out.end(), [](const SeriesPoint& p) { return p.isGap(); }), 1);
    verifyMonotonic(out);
}

void TestDecimator::emptyInput()
{
    std::vector<SeriesPoint> out{{1, 2}};
    Decimator::minMaxPerColumn(std::span<const SeriesPoint>(), kT0, kT0 + kDay, 100, out);
    QVERIFY(out.empty());
    Decimator::minMaxPerColumn(RingView(), kT0, kT0 + kDay, 100, out);
    QVERIFY(out.empty());
    Decimator::lttb(std::span<const SeriesPoint>(), kT0, kT0 + kDay, 100, out);
    QVERIFY(out.empty());
}

QTEST_GUILESS_MAIN(TestDecimator)
#include "TestDecimator.moc"
