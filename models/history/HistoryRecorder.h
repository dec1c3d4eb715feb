#pragma once

#include "history/ServerSample.h"

#include <QObject>
#include <QTimer>

#include <vector>

namespace fleetdeck {

class FleetState;
class HistoryStore;

/// Records FleetState into a HistoryStore once per poll interval: one round with every server's
/// channels (busy workers) and CPS, which HistoryStore also sums per zone and for the fleet.
/// A server without fresh data (never answered, stale, unreachable) is recorded as NaN: a gap.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    HistoryRecorder(FleetState* state, HistoryStore* store, QObject* parent = nullptr);

    /// Records every FleetState::intervalMs() (read again at each start()).
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    int rounds() const { return m_rounds; }

public Q_SLOTS:
    /// One round now; `nowMs` 0 = the current time.
    void recordNow(qint64 nowMs = 0);

Q_SIGNALS:
    void recorded(qint64 tMs);

private:
    FleetState* m_state;
    HistoryStore* m_store;
    QTimer m_timer;
    std::vector<ServerSample> m_samples; // reused between rounds
    int m_rounds = 0;
};

} // namespace fleetdeck
