#pragma once

#include <QtGlobal>

#include <deque>

namespace fleetdeck {

/// Calls per second from a `calls_started_total` counter sampled over time:
/// Δcount / Δt over a sliding window. A counter that goes down is a restart of
/// the service, never negative CPS: the window starts again from the new value.
class CpsEstimator
{
public:
    explicit CpsEstimator(qint64 windowMs = 10000) : m_windowMs(windowMs) {}

    /// Returns true when this sample revealed a counter reset.
    bool add(qint64 timeMs, qint64 counter);
    /// Rate over the window; 0 until two samples are known.
    double rate() const;
    void clear() { m_samples.clear(); }

private:
    struct Sample
    {
        qint64 timeMs;
        qint64 counter;
    };
    qint64 m_windowMs;
    std::deque<Sample> m_samples;
};

} // namespace fleetdeck
