#pragma once

#include "RingView.h"
#include "SeriesPoint.h"
#include "TimeSeriesRing.h"

#include <QtGlobal>

#include <vector>

namespace fleetdeck {

/// One metric's history in two tiers, fed by append():
///   tier 0 (fine):   1 s samples, last hour   (3,600 float32)
///   tier 1 (coarse): 10 s buckets of min/max/avg, last 24 h (8,640 × 3 float32)
/// Timestamps are implicit (bucket × step). Missing samples are NaN and come back as gaps.
/// Fixed memory (~118 KB), no allocation after construction. Not thread-safe: one owner thread.
class TieredSeries
{
public:
    static constexpr int kFineCapacity = 3600;
    static constexpr qint64 kFineStepMs = 1000;
    static constexpr int kCoarseCapacity = 8640;
    static constexpr qint64 kCoarseStepMs = 10000;

    TieredSeries();

    /// Records one sample. NaN records an explicit gap (server unreachable). Two samples in the same
    /// second: tier 0 keeps the last, tier 1 aggregates both. A single skipped second between two
    /// valid samples (poll jitter) is filled in tier 0 with their midpoint instead of a gap; longer
    /// holes stay NaN. Returns false (sample dropped and counted) when it is older than the latest
    /// second already recorded.
    bool append(qint64 tMs, float value);

    /// The finest tier whose retention covers [fromMs, toMs] (tier 0 when it does, or when it holds
    /// everything ever recorded), sliced to that range. Copy-free: valid until the next append.
    RingView query(qint64 fromMs, qint64 toMs) const;
    /// 0 (fine) or 1 (coarse): the tier query() would use.
    int tierFor(qint64 fromMs, qint64 toMs) const;
    /// query() materialised as (t, avg) points; convenience for tests and small ranges.
    std::vector<SeriesPoint> queryPoints(qint64 fromMs, qint64 toMs) const;

    const TimeSeriesRing& fineTier() const { return m_fine; }
    const TimeSeriesRing& coarseTier() const { return m_coarse; }

    bool isEmpty() const { return m_fine.isEmpty(); }
    qint64 lastTimestamp() const { return m_lastMs; }
    float lastValue() const { return m_lastValue; }
    qint64 droppedSamples() const { return m_dropped; }

    void clear();
    qint64 bytesUsed() const;

private:
    void appendFine(qint64 bucket, float value);
    void rollUp(qint64 tMs, float value);

    TimeSeriesRing m_fine;
    TimeSeriesRing m_coarse;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    float m_lastValue;
    qint64 m_dropped = 0;
    // Running aggregate of the coarse bucket being filled.
    qint64 m_accBucket = 0;
    float m_accMin = 0;
    float m_accMax = 0;
    double m_accSum = 0;
    int m_accCount = 0;
};

} // namespace fleetdeck
