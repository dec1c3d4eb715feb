#include "health/CpsEstimator.h"

namespace fleetdeck {

bool CpsEstimator::add(qint64 timeMs, qint64 counter)
{
    bool reset = false;
    if (!m_samples.empty()) {
        if (counter < m_samples.back().counter) {
            m_samples.clear();
            reset = true;
        } else if (timeMs <= m_samples.back().timeMs) {
            return false; // out of order or duplicate: ignore
        }
    }
    m_samples.push_back({timeMs, counter});
    // Keep one sample at or beyond the window edge so the rate spans the whole window.
    while (m_samples.size() > 2 && timeMs - m_samples[1].timeMs >= m_windowMs)
        m_samples.pop_front();
    return reset;
}

double CpsEstimator::rate() const
{
    if (m_samples.size() < 2)
        return 0.0;
    const auto& first = m_samples.front();
    const auto& last = m_samples.back();
    const qint64 dt = last.timeMs - first.timeMs;
    if (dt <= 0)
        return 0.0;
    return static_cast<double>(last.counter - first.counter) * 1000.0 / static_cast<double>(dt);
}

} // namespace fleetdeck
