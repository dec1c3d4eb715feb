#include "TieredSeries.h"

#include <array>
#include <cmath>
#include <limits>

namespace fleetdeck {

namespace {
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
}

TieredSeries::TieredSeries()
    : m_fine(kFineCapacity, kFineStepMs, 1), m_coarse(kCoarseCapacity, kCoarseStepMs, 3), m_lastValue(kNaN)
{}

bool TieredSeries::append(qint64 tMs, float value)
{
    const qint64 bucket = m_fine.bucketOf(tMs);
    if (!m_fine.isEmpty() && bucket < m_fine.headBucket()) {
        ++m_dropped;
        return false;
    }
    if (m_fine.isEmpty())
        m_firstMs = tMs;
    appendFine(bucket, value);
    rollUp(tMs, value);
    m_lastMs = tMs;
    m_lastValue = value;
    return true;
}

void TieredSeries::appendFine(qint64 bucket, float value)
{
    if (!m_fine.isEmpty() && bucket == m_fine.headBucket() + 2) {
        const float previous = m_fine.value(m_fine.headBucket());
        if (!std::isnan(previous) && !std::isnan(value)) {
            const float mid = (previous + value) / 2.0f;
            m_fine.set(bucket - 1, std::span<const float>(&mid, 1));
        }
    }
    m_fine.set(bucket, std::span<const float>(&value, 1));
}

void TieredSeries::rollUp(qint64 tMs, float value)
{
    const qint64 bucket = m_coarse.bucketOf(tMs);
    if (m_coarse.isEmpty() || bucket != m_accBucket) {
        m_accBucket = bucket;
        m_accCount = 0;
        m_accSum = 0;
    }
    if (!std::isnan(value)) {
        if (m_accCount == 0) {
            m_accMin = value;
            m_accMax = value;
        } else {
            m_accMin = std::min(m_accMin, value);
            m_accMax = std::max(m_accMax, value);
        }
        m_accSum += value;
        ++m_accCount;
    }
    if (m_accCount == 0) {
        const std::array<float, 3> gap{kNaN, kNaN, kNaN};
        m_coarse.set(bucket, gap);
        return;
    }
    const std::array<float, 3> agg{m_accMin, m_accMax, float(m_accSum / m_accCount)};
    m_coarse.set(bucket, agg);
}

int TieredSeries::tierFor(qint64 fromMs, qint64 toMs) const
{
    Q_UNUSED(toMs);
    if (m_fine.isEmpty())
        return 0;
    const bool fineCovers = fromMs >= m_fine.oldestStartMs() - m_fine.stepMs();
    const bool fineHoldsAll = m_fine.oldestStartMs() <= m_firstMs;
    return (fineCovers || fineHoldsAll) ? 0 : 1;
}

RingView TieredSeries::query(qint64 fromMs, qint64 toMs) const
{
    return tierFor(fromMs, toMs) == 0 ? m_fine.view(fromMs, toMs) : m_coarse.view(fromMs, toMs);
}

std::vector<SeriesPoint> TieredSeries::queryPoints(qint64 fromMs, qint64 toMs) const
{
    return query(fromMs, toMs).toPoints();
}

void TieredSeries::clear()
{
    m_fine.clear();
    m_coarse.clear();
    m_firstMs = m_lastMs = 0;
    m_lastValue = kNaN;
    m_accCount = 0;
    m_accSum = 0;
}

qint64 TieredSeries::bytesUsed() const
{
    // The two rings are members: count their heap storage, not their object size twice.
    return qint64(sizeof(*this)) + m_fine.bytesUsed() + m_coarse.bytesUsed() -
           2 * qint64(sizeof(TimeSeriesRing));
}

} // namespace fleetdeck
