#pragma once

#include "alerts/Alert.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <map>

namespace fleetdeck {

class ChangeThrottle;
class FleetState;
struct DriftReport;

/// Evaluates the alert rules over FleetState on each throttled refresh (≤ 4 per second, and
/// once a second anyway, since staleness is a matter of time) and keeps the current alerts.
/// Rules: server unreachable (critical) or stale (warning); workers down; utilization over the
/// warning (50 %) and critical (80 %) thresholds per server and per zone; memory budget exceeded;
/// drift (fed by setDriftReport()); one ingress in front of three or more fleets.
/// An alert keeps its sinceMs while its condition lasts; alertRaised() is emitted again when its
/// severity or text changes.
class AlertEngine : public QObject
{
    Q_OBJECT

public:
    explicit AlertEngine(FleetState* state, QObject* parent = nullptr);

    /// Current alerts, newest first (critical before warning at the same time).
    QList<Alert> alerts() const;
    int count(Alert::Severity severity) const;
    int size() const { return int(m_current.size()); }
    bool contains(const QString& key) const { return m_current.contains(key); }
    const Alert* find(const QString& key) const;

    /// Drift hook: the result of a drift check on a server (models/config/DriftCheck). A
    /// consistent report clears the server's drift alert.
    void setDriftReport(int server, const DriftReport& report);

public Q_SLOTS:
    /// Evaluates every rule now; `nowMs` 0 = the current time.
    void evaluate(qint64 nowMs = 0);

Q_SIGNALS:
    /// A new alert, or an existing one whose severity or text changed (same key).
    void alertRaised(const fleetdeck::Alert& alert);
    void alertCleared(const QString& key);
    /// After each evaluation that changed anything.
    void alertsChanged();

private:
    void evaluateServer(int index, qint64 nowMs, QHash<QString, Alert>& out) const;
    void evaluateZone(const QString& zoneId, qint64 nowMs, QHash<QString, Alert>& out) const;
    void evaluateIngress(QHash<QString, Alert>& out) const;
    static void put(QHash<QString, Alert>& out, Alert alert);

    FleetState* m_state;
    ChangeThrottle* m_throttle;
    QHash<QString, Alert> m_current;
    std::map<int, QStringList> m_drift; ///< server → drift findings (messages)
};

} // namespace fleetdeck
