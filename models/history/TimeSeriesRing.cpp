#include "TimeSeriesRing.h"

#include <algorithm>
#include <limits>

namespace fleetdeck {

namespace {
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
}

TimeSeriesRing::TimeSeriesRing(int capacity, qint64 stepMs, int lanes)
    : m_data(size_t(std::max(capacity, 1)) * size_t(std::max(lanes, 1)), kNaN),
      m_capacity(std::max(capacity, 1)), m_lanes(std::max(lanes, 1)), m_stepMs(std::max<qint64>(stepMs, 1))
{}

qint64 TimeSeriesRing::bucketOf(qint64 tMs, qint64 stepMs)
{
    qint64 q = tMs / stepMs;
    if (tMs % stepMs != 0 && tMs < 0)
        --q;
    return q;
}

int TimeSeriesRing::slotOf(qint64 bucket) const
{
    qint64 s = bucket % m_capacity;
    if (s < 0)
        s += m_capacity;
    return int(s);
}

void TimeSeriesRing::advanceTo(qint64 bucket)
{
    if (m_size == 0) {
        m_head = bucket;
        m_size = 1;
        std::fill_n(m_data.begin() + qsizetype(slotOf(bucket)) * m_lanes, m_lanes, kNaN);
        return;
    }
    const qint64 steps = bucket - m_head;
    if (steps >= m_capacity) {
        std::fill(m_data.begin(), m_data.end(), kNaN);
    } else {
        for (qint64 b = m_head + 1; b <= bucket; ++b)
            std::fill_n(m_data.begin() + qsizetype(slotOf(b)) * m_lanes, m_lanes, kNaN);
    }
    m_size = int(std::min<qint64>(m_size + steps, m_capacity));
    m_head = bucket;
}

bool TimeSeriesRing::set(qint64 bucket, std::span<const float> values)
{
    if (m_size > 0 && bucket < oldestBucket())
        return false;
    if (m_size == 0 || bucket > m_head)
        advanceTo(bucket);
    float* slot = m_data.data() + qsizetype(slotOf(bucket)) * m_lanes;
    for (int lane = 0; lane < m_lanes; ++lane)
        slot[lane] = lane < int(values.size()) ? values[size_t(lane)] : kNaN;
    return true;
}

float TimeSeriesRing::value(qint64 bucket, int lane) const
{
    if (m_size == 0 || bucket < oldestBucket() || bucket > m_head || lane < 0 || lane >= m_lanes)
        return kNaN;
    return m_data[size_t(slotOf(bucket)) * size_t(m_lanes) + size_t(lane)];
}

RingView TimeSeriesRing::view() const
{
    if (m_size == 0)
        return RingView(m_data.data(), m_capacity, m_lanes, 0, 0, 0, m_stepMs);
    return RingView(m_data.data(), m_capacity, m_lanes, slotOf(oldestBucket()), m_size, oldestStartMs(),
                    m_stepMs);
}

void TimeSeriesRing::clear()
{
    std::fill(m_data.begin(), m_data.end(), kNaN);
    m_size = 0;
    m_head = 0;
}

qint64 TimeSeriesRing::bytesUsed() const
{
    return qint64(sizeof(*this)) + qint64(m_data.capacity() * sizeof(float));
}

} // namespace fleetdeck
