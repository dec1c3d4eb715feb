#include "RingView.h"

namespace fleetdeck {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

int RingView::indexAtOrAfter(qint64 fromMs) const
{
    if (m_count == 0 || fromMs < m_startMs)
        return 0;
    const qint64 i = floorDiv(fromMs - m_startMs, m_stepMs);
    return int(std::clamp<qint64>(i, 0, m_count));
}

RingView RingView::slice(qint64 fromMs, qint64 toMs) const
{
    if (m_count == 0 || toMs < fromMs || toMs < m_startMs || fromMs >= endMs())
        return RingView(m_data, m_capacity, m_lanes, m_firstSlot, 0, m_startMs, m_stepMs);
    const int first = indexAtOrAfter(fromMs);
    const int last = int(std::min<qint64>(floorDiv(toMs - m_startMs, m_stepMs), m_count - 1));
    int slot = m_firstSlot + first;
    if (slot >= m_capacity)
        slot -= m_capacity;
    return RingView(m_data, m_capacity, m_lanes, slot, last - first + 1, timeAt(first), m_stepMs);
}

std::vector<SeriesPoint> RingView::toPoints() const
{
    std::vector<SeriesPoint> out;
    out.reserve(size_t(m_count));
    for (int i = 0; i < m_count; ++i)
        out.push_back({timeAt(i), double(avgAt(i))});
    return out;
}

} // namespace fleetdeck
