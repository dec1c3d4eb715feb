#include "history/HistoryRecorder.h"

#include "fleet/FleetState.h"
#include "history/HistoryStore.h"

#include <QDateTime>

#include <limits>

namespace fleetdeck {

HistoryRecorder::HistoryRecorder(FleetState* state, HistoryStore* store, QObject* parent)
    : QObject(parent), m_state(state), m_store(store)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { recordNow(); });
}

void HistoryRecorder::start()
{
    m_timer.start(std::max(m_state->intervalMs(), 100));
}

void HistoryRecorder::stop()
{
    m_timer.stop();
}

void HistoryRecorder::recordNow(qint64 nowMs)
{
    if (nowMs <= 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    const int n = m_state->serverCount();
    m_samples.resize(size_t(n));
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    for (int i = 0; i < n; ++i) {
        const ServerMetrics m = m_state->serverMetrics(i, nowMs);
        const bool fresh = m.hasData && !m.stale && m.status != ServerStatus::Unreachable;
        ServerSample& s = m_samples[size_t(i)];
        s.server = m_state->spec(i).name;
        s.zone = m_state->spec(i).zone;
        s.channels = fresh ? float(m.busy) : nan;
        s.cps = fresh ? float(m.cps) : nan;
    }
    m_store->recordRound(nowMs, m_samples);
    ++m_rounds;
    Q_EMIT recorded(nowMs);
}

} // namespace fleetdeck
