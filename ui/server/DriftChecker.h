#pragma once

#include "config/DriftReport.h"
#include "plan/PlanRunner.h"

#include <QObject>
#include <QSet>

namespace fleetdeck {
class FleetState;
} // namespace fleetdeck

namespace fleetdeck::ui {

/// Runs the drift check of a server (plan/DriftReader: units, the nginx upstream's sockets,
/// .env, health) on a worker thread over the application's SSH sessions, one check per server
/// at a time, and reports back on the GUI thread.
class DriftChecker : public QObject
{
    Q_OBJECT

public:
    explicit DriftChecker(FleetState* state, QObject* parent = nullptr);

    void setSessions(PlanRunner::SessionFactory sessions) { m_sessions = std::move(sessions); }
    bool isAvailable() const { return bool(m_sessions); }
    bool isRunning(int server) const { return m_running.contains(server); }

public Q_SLOTS:
    void check(int server);

Q_SIGNALS:
    void started(int server);
    void finished(int server, const fleetdeck::DriftReport& report);
    void failed(int server, const QString& error);

private:
    FleetState* m_state;
    PlanRunner::SessionFactory m_sessions;
    QSet<int> m_running;
};

} // namespace fleetdeck::ui
