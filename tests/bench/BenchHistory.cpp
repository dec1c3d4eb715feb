// History and decimation benchmarks. Prints figures and ratios against baselines measured in
// the same run; exits non-zero when a target is missed (memory ≤ 1 MB per server for 24 h,
// decimation well under a copy-and-draw budget). Runtime: a few seconds.

#include "history/Decimator.h"
#include "history/HistoryStore.h"
#include "history/TieredSeries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace fleetdeck;

namespace {

constexpr qint64 kT0 = 1'763'640'000'000;
constexpr qint64 kDay = 86'400'000;
constexpr int kColumns = 1200;

/// Median wall time in µs of `runs` calls.
double medianUs(int runs, const std::function<void()>& fn)
{
    std::vector<double> us;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        us.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    std::sort(us.begin(), us.end());
    return us[us.size() / 2];
}

std::vector<SeriesPoint> daySeries()
{
    QRandomGenerator rng(7);
    std::vector<SeriesPoint> pts;
    pts.reserve(86'400);
    double v = 500;
    for (int i = 0; i < 86'400; ++i) {
        v = std::clamp(v + rng.bounded(21) - 10, 0.0, 1000.0);
        pts.push_back({kT0 + qint64(i) * 1000, v});
    }
    return pts;
}

volatile double g_sink = 0; // keeps baselines from being optimised away

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    bool ok = true;
    const auto pts = daySeries();
    std::vector<SeriesPoint> out;
    out.reserve(4 * kColumns);

    // Baseline: the least any consumer does with raw data, one copy of the 86,400 points.
    std::vector<SeriesPoint> copy;
    copy.reserve(pts.size());
    const double copyUs = medianUs(51, [&] {
        copy.assign(pts.begin(), pts.end());
        g_sink = copy.back().value;
    });
    const double minMaxUs =
        medianUs(51, [&] { Decimator::minMaxPerColumn(pts, kT0, kT0 + kDay, kColumns, out); });
    const size_t minMaxPoints = out.size();
    const double lttbUs = medianUs(51, [&] { Decimator::lttb(pts, kT0, kT0 + kDay, 2 * kColumns, out); });
    const size_t lttbPoints = out.size();

    std::printf("== decimation of a 24 h 1 Hz series (86,400 points) to %d columns ==\n", kColumns);
    std::printf("baseline copy of 86,400 points        %8.1f us\n", copyUs);
    std::printf("min/max per column  -> %5zu points    %8.1f us  (%.2fx baseline)\n", minMaxPoints, minMaxUs,
                minMaxUs / copyUs);
    std::printf("LTTB                -> %5zu points    %8.1f us  (%.2fx baseline)\n", lttbPoints, lttbUs,
                lttbUs / copyUs);

    // The same from the store, read in place: coarse tier for 24 h, fine tier for the last hour.
    TieredSeries series;
    QElapsedTimer appendTimer;
    appendTimer.start();
    for (const SeriesPoint& p : pts)
        series.append(p.tMs, float(p.value));
    const double appendNs = double(appendTimer.nsecsElapsed()) / double(pts.size());
    std::vector<float> plain;
    plain.reserve(pts.size());
    appendTimer.restart();
    for (const SeriesPoint& p : pts)
        plain.push_back(float(p.value));
    const double pushNs = std::max(1.0, double(appendTimer.nsecsElapsed())) / double(pts.size());
    g_sink = plain.back();
    const qint64 end = pts.back().tMs;
    const double ringDayUs = medianUs(51, [&] {
        Decimator::minMaxPerColumn(series.query(end - kDay, end), end - kDay, end, kColumns, out);
    });
    const size_t ringDayPoints = out.size();
    const double ringHourUs = medianUs(51, [&] {
        Decimator::minMaxPerColumn(series.query(end - 3600'000, end), end - 3600'000, end, kColumns, out);
    });
    std::printf("ring 24 h (8,640 coarse buckets) -> %zu points  %8.1f us  (%.2fx baseline)\n", ringDayPoints,
                ringDayUs, ringDayUs / copyUs);
    std::printf("ring 1 h (3,600 fine samples)    -> %zu points  %8.1f us  (%.2fx baseline)\n", out.size(),
                ringHourUs, ringHourUs / copyUs);
    std::printf("append one sample to both tiers  %6.1f ns  (vector<float>::push_back %.1f ns, %.1fx)\n",
                appendNs, pushNs, appendNs / pushNs);
    if (minMaxPoints > size_t(2 * kColumns) || ringDayPoints > size_t(2 * kColumns)) {
        std::printf("FAIL: more than 2 points per column\n");
        ok = false;
    }
    // Field notes: Qt Charts spends ~75 ms replacing and ~21 ms painting 86,400 points. Decimation
    // must cost a small fraction of that; 5 ms is a generous ceiling even on a busy CI core.
    if (minMaxUs > 5000 || lttbUs > 5000) {
        std::printf("FAIL: decimation slower than 5 ms\n");
        ok = false;
    }

    // Memory: 20 servers in 4 zones, both metrics, 24 h at 1 Hz through recordRound().
    constexpr int kServers = 20;
    HistoryStore store;
    std::vector<ServerSample> round;
    for (int s = 0; s < kServers; ++s)
        round.push_back({QStringLiteral("fleet-%1").arg(s), QStringLiteral("zone-%1").arg(s % 4), 0, 0});
    QElapsedTimer fillTimer;
    fillTimer.start();
    QRandomGenerator rng(3);
    for (qint64 t = kT0; t < kT0 + kDay; t += 1000) {
        for (ServerSample& s : round) {
            s.channels = float(rng.bounded(17));
            s.cps = float(rng.bounded(3.0));
        }
        store.recordRound(t, round);
    }
    const double fillMs = double(fillTimer.nsecsElapsed()) / 1e6;
    qint64 serverBytes = 0;
    for (const SeriesKey& key : store.keys()) {
        if (key.scope == SeriesKey::Scope::Server)
            serverBytes += store.find(key)->bytesUsed();
    }
    const qint64 total = store.bytesUsed();
    const double perServer = double(serverBytes) / kServers;
    const double perServerAll = double(total) / kServers;
    const double rawPerServer = 2.0 * 86'400 * sizeof(SeriesPoint);
    std::printf("== memory for 24 h of history, %d servers, channels + cps ==\n", kServers);
    std::printf("bytes/server (own series)              %9.0f B\n", perServer);
    std::printf("bytes/server incl. zone+fleet aggregates %7.0f B (store total %lld B, %d series)\n",
                perServerAll, total, store.seriesCount());
    std::printf("baseline: raw (t, v) 1 Hz points       %9.0f B/server -> tiers use %.3fx\n", rawPerServer,
                perServerAll / rawPerServer);
    std::printf("feeding 24 h x %d servers (%d rounds)  %9.1f ms (%.0f ns per server sample)\n", kServers,
                86'400, fillMs, fillMs * 1e6 / (86'400.0 * kServers));
    if (perServerAll > 1024 * 1024) {
        std::printf("FAIL: %.0f B per server exceeds 1 MB\n", perServerAll);
        ok = false;
    }
    std::printf(ok ? "OK\n" : "FAILED\n");
    return ok ? 0 : 1;
}
