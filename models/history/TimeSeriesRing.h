#pragma once

#include "RingView.h"

#include <QtGlobal>

#include <span>
#include <vector>

namespace fleetdeck {

/// One retention tier: a fixed-size ring of float32 slots, one slot per time bucket of
/// stepMs, with implicit timestamps (bucket b covers [b * step, (b + 1) * step)).
///
/// All storage is allocated in the constructor; writes never allocate. Buckets that were
/// skipped when the head advances hold NaN (a gap). Each slot has `lanes` floats (1 for raw
/// samples, 3 for min/max/avg buckets).
class TimeSeriesRing
{
public:
    TimeSeriesRing(int capacity, qint64 stepMs, int lanes = 1);

    int capacity() const { return m_capacity; }
    qint64 stepMs() const { return m_stepMs; }
    int lanes() const { return m_lanes; }
    /// Slots inside the retention window (≤ capacity), gaps included.
    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// Absolute bucket number of the newest slot (valid when not empty).
    qint64 headBucket() const { return m_head; }
    qint64 oldestBucket() const { return m_head - m_size + 1; }
    qint64 oldestStartMs() const { return oldestBucket() * m_stepMs; }
    /// End (exclusive) of the newest slot.
    qint64 endMs() const { return (m_head + 1) * m_stepMs; }

    static qint64 bucketOf(qint64 tMs, qint64 stepMs);
    qint64 bucketOf(qint64 tMs) const { return bucketOf(tMs, m_stepMs); }

    /// Writes `values` (lanes() floats) into `bucket`. A bucket newer than the head advances the
    /// ring, filling skipped buckets with NaN. A bucket inside the window is overwritten.
    /// Returns false (and writes nothing) for a bucket older than the window.
    bool set(qint64 bucket, std::span<const float> values);
    /// NaN when the bucket is outside the window.
    float value(qint64 bucket, int lane = 0) const;

    RingView view() const;
    RingView view(qint64 fromMs, qint64 toMs) const { return view().slice(fromMs, toMs); }

    void clear();
    /// Bytes held: the object plus its slot storage.
    qint64 bytesUsed() const;

private:
    int slotOf(qint64 bucket) const;
    void advanceTo(qint64 bucket);

    std::vector<float> m_data;
    int m_capacity;
    int m_lanes;
    qint64 m_stepMs;
    qint64 m_head = 0;
    int m_size = 0;
};

} // namespace fleetdeck
