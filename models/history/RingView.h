#pragma once

#include "SeriesPoint.h"

#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <vector>

namespace fleetdeck {

/// Non-owning, copy-free view of consecutive slots of a TimeSeriesRing.
///
/// Timestamps are implicit: index i starts at startMs() + i * stepMs(). The slots may wrap
/// around the end of the ring's storage; at() hides that. A ring has one lane (raw samples) or
/// three (min, max, avg of a bucket); with one lane minAt/maxAt/avgAt all read the same value.
/// The view is invalidated by any write to its ring.
class RingView
{
public:
    enum Lane { MinLane = 0, MaxLane = 1, AvgLane = 2 };

    RingView() = default;
    RingView(const float* data, int capacity, int lanes, int firstSlot, int count, qint64 startMs,
             qint64 stepMs)
        : m_data(data), m_capacity(capacity), m_lanes(lanes), m_firstSlot(firstSlot), m_count(count),
          m_startMs(startMs), m_stepMs(stepMs)
    {}

    int size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    int lanes() const { return m_lanes; }
    qint64 stepMs() const { return m_stepMs; }
    /// Start of the first slot (meaningless when empty).
    qint64 startMs() const { return m_startMs; }
    /// End of the last slot (exclusive).
    qint64 endMs() const { return m_startMs + m_count * m_stepMs; }
    qint64 timeAt(int i) const { return m_startMs + i * m_stepMs; }

    float at(int i, int lane) const
    {
        int slot = m_firstSlot + i;
        if (slot >= m_capacity)
            slot -= m_capacity;
        return m_data[slot * m_lanes + std::min(lane, m_lanes - 1)];
    }
    float minAt(int i) const { return at(i, MinLane); }
    float maxAt(int i) const { return at(i, MaxLane); }
    float avgAt(int i) const { return at(i, AvgLane); }

    /// Index of the first slot whose interval ends after fromMs (0..size()).
    int indexAtOrAfter(qint64 fromMs) const;
    /// The slots whose interval [t, t + step) intersects [fromMs, toMs].
    RingView slice(qint64 fromMs, qint64 toMs) const;
    /// Materialises (t, avg) points; for tests and small ranges, not for drawing paths.
    std::vector<SeriesPoint> toPoints() const;

private:
    const float* m_data = nullptr;
    int m_capacity = 0;
    int m_lanes = 1;
    int m_firstSlot = 0;
    int m_count = 0;
    qint64 m_startMs = 0;
    qint64 m_stepMs = 1;
};

} // namespace fleetdeck
