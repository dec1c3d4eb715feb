// Chart refresh cost: a 24 h 1 Hz series (86,400 points) handed to the chart raw (the baseline)
// versus decimated to ≤ 2 points per pixel column first; each refresh is the series replace()
// plus one paint through QWidget::grab(), offscreen at 1200×400 as in the field notes. Prints
// figures and the ratio; fails when decimated is not at least 5× faster. Runtime: ~5 s.

#include "charts/ChartFeeder.h"
#include "charts/TimeSeriesChart.h"
#include "history/Decimator.h"
#include "history/HistoryStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace fleetdeck;
using namespace fleetdeck::ui;

namespace {

constexpr qint64 kNow = 1'763'726'400'000;
constexpr qint64 kDay = 86'400'000;

struct Timing
{
    double totalMs;
    double replaceMs;
    double paintMs;
};

Timing median(std::vector<Timing> v)
{
    std::sort(v.begin(), v.end(), [](const Timing& a, const Timing& b) { return a.totalMs < b.totalMs; });
    return v[v.size() / 2];
}

/// One refresh: `prepare` (decimation, if any) + setSeries (replace) + grab (paint).
Timing refresh(TimeSeriesChart& chart, const std::function<std::span<const SeriesPoint>()>& prepare)
{
    QElapsedTimer t;
    t.start();
    chart.setSeries(QStringLiteral("channels"), prepare());
    const qint64 replaced = t.nsecsElapsed();
    const QPixmap pixmap = chart.grab();
    const qint64 painted = t.nsecsElapsed();
    Q_ASSERT(!pixmap.isNull());
    return {double(painted) / 1e6, double(replaced) / 1e6, double(painted - replaced) / 1e6};
}

std::vector<SeriesPoint> daySeries()
{
    QRandomGenerator rng(11);
    std::vector<SeriesPoint> pts;
    pts.reserve(86'400);
    double v = 500;
    for (int i = 0; i < 86'400; ++i) {
        v = std::clamp(v + rng.bounded(21) - 10, 0.0, 1000.0);
        pts.push_back({kNow - kDay + qint64(i) * 1000, v});
    }
    return pts;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const auto pts = daySeries();

    TimeSeriesChart chart;
    chart.setRange(TimeSeriesChart::Range::Day);
    chart.setTimeWindow(kNow - kDay, kNow);
    chart.setCapacity(1000);
    chart.resize(1200, 400);
    chart.show();
    if (!QTest::qWaitForWindowExposed(&chart))
        return 2;
    const int columns = chart.plotWidthPixels();

    std::vector<SeriesPoint> decimated;
    auto raw = [&] {
        return std::span<const SeriesPoint>(pts);
    };
    auto dec = [&] {
        Decimator::minMaxPerColumn(pts, kNow - kDay, kNow, columns, decimated);
        return std::span<const SeriesPoint>(decimated);
    };
    refresh(chart, raw); // warm-up: series creation, glyph caches
    std::vector<Timing> rawRuns, decRuns;
    for (int i = 0; i < 5; ++i)
        rawRuns.push_back(refresh(chart, raw));
    const int rawCount = chart.seriesPointCount(QStringLiteral("channels"));
    refresh(chart, dec);
    for (int i = 0; i < 21; ++i)
        decRuns.push_back(refresh(chart, dec));
    const int decCount = chart.seriesPointCount(QStringLiteral("channels"));

    // Through the store and feeder, as the application does it (coarse tier for 24 h).
    HistoryStore store;
    const SeriesKey key = SeriesKey::server(QStringLiteral("fleet-uk-1"), SeriesKey::Metric::Channels);
    for (const SeriesPoint& p : pts)
        store.append(key, p.tMs, float(p.value));
    TimeSeriesChart fed;
    fed.setRange(TimeSeriesChart::Range::Day);
    fed.setCapacity(1000);
    fed.resize(1200, 400);
    fed.show();
    if (!QTest::qWaitForWindowExposed(&fed))
        return 2;
    ChartFeeder feeder(&store, &fed);
    feeder.setRefreshInterval(0);
    feeder.setClock([] { return kNow; });
    feeder.addSeries(key, QStringLiteral("channels"));
    feeder.refreshNow();
    std::vector<double> feedRuns;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        feeder.refreshNow();
        const QPixmap pixmap = fed.grab();
        feedRuns.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(feedRuns.begin(), feedRuns.end());

    const Timing r = median(rawRuns), d = median(decRuns);
    std::printf("== chart refresh, 24 h series, %dx%d offscreen, plot %d px ==\n", chart.width(),
                chart.height(), columns);
    std::printf("raw (baseline)  %6d points  replace %7.2f ms  paint %7.2f ms  total %7.2f ms\n", rawCount,
                r.replaceMs, r.paintMs, r.totalMs);
    std::printf(
        "decimated       %6d points  replace %7.2f ms  paint %7.2f ms  total %7.2f ms (incl. decimation)\n",
        decCount, d.replaceMs, d.paintMs, d.totalMs);
    const double ratio = r.totalMs / d.totalMs;
    std::printf("ratio raw/decimated: %.1fx faster\n", ratio);
    std::printf("store -> feeder (coarse tier, decimate, replace) + paint: %.2f ms (%.1fx faster than raw)\n",
                feedRuns[feedRuns.size() / 2], r.totalMs / feedRuns[feedRuns.size() / 2]);
    std::printf("points per column: %.2f (limit 2)\n", double(decCount) / columns);
    bool ok = decCount <= 2 * columns && ratio >= 5.0;
    std::printf(ok ? "OK\n" : "FAILED\n");
    return ok ? 0 : 1;
}
