#pragma once

#include "RingView.h"
#include "SeriesPoint.h"

#include <span>
#include <vector>

namespace fleetdeck {

/// Reduces a series to what a chart `columns` pixels wide can show, before it reaches Qt Charts
/// (whose cost grows with points: 86,400 points cost ~100 ms per refresh, 2,400 about 5 ms).
///
/// Input is a span of (t, v) points sorted by time, or a RingView read in place (no copy).
/// Only input with from ≤ t ≤ to is used. Output is in non-decreasing time order and reuses
/// `out` (cleared first) so a caller refreshing a chart does not allocate every time.
///
/// Gaps: NaN input values. A column (or, for LTTB, a run) holding only NaN produces one NaN
/// point (a gap marker; consecutive markers collapse to one); a column with some data shows it.
class Decimator
{
public:
    /// At most two points per pixel column: the column's minimum and maximum in time order, so a
    /// one-second spike survives any zoom level. For a min/max/avg ring (coarse tier) the column
    /// minimum comes from the min lane and the maximum from the max lane.
    static void minMaxPerColumn(std::span<const SeriesPoint> in, qint64 fromMs, qint64 toMs, int columns,
                                std::vector<SeriesPoint>& out);
    static void minMaxPerColumn(const RingView& in, qint64 fromMs, qint64 toMs, int columns,
                                std::vector<SeriesPoint>& out);
    static std::vector<SeriesPoint> minMaxPerColumn(std::span<const SeriesPoint> in, qint64 fromMs,
                                                    qint64 toMs, int columns);
    static std::vector<SeriesPoint> minMaxPerColumn(const RingView& in, qint64 fromMs, qint64 toMs,
                                                    int columns);

    /// Largest-Triangle-Three-Buckets down to about `threshold` points (plus gap markers),
    /// applied to each run between gaps. Keeps the shape, may drop isolated extremes; uses the
    /// avg lane of a ring.
    static void lttb(std::span<const SeriesPoint> in, qint64 fromMs, qint64 toMs, int threshold,
                     std::vector<SeriesPoint>& out);
    static void lttb(const RingView& in, qint64 fromMs, qint64 toMs, int threshold,
                     std::vector<SeriesPoint>& out);
};

} // namespace fleetdeck
