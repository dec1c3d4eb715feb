#pragma once

#include "fleet/FleetMetrics.h"
#include "fleet/FleetThresholds.h"
#include "fleet/Inventory.h"
#include "health/CpsEstimator.h"
#include "health/HealthSnapshot.h"

#include <QHash>
#include <QObject>

#include <optional>
#include <vector>

namespace fleetdeck {

/// What Fleetdeck knows of every server right now: the last good snapshot, the
/// last error, CPS from the counter. Metrics for servers, zones and the fleet
/// are derived on demand (nothing stored twice). Lives on the GUI thread; fed
/// by HealthPoller signals.
class FleetState : public QObject
{
    Q_OBJECT

public:
    struct Runtime
    {
        std::optional<HealthSnapshot> snapshot;
        /// Worker counts of `snapshot`, counted once when it arrives (metrics are read far
        /// more often than snapshots arrive: tree rows, tiles, alerts, the wall).
        int busy = 0, idle = 0, down = 0, starting = 0;
        QString error;
        qint64 lastGoodMs = 0;
        qint64 lastAttemptMs = 0;
        int consecutiveFailures = 0;
        int counterResets = 0;
        CpsEstimator cps;
    };

    explicit FleetState(Inventory inventory, QObject* parent = nullptr);

    const Inventory& inventory() const { return m_inventory; }
    int serverCount() const { return static_cast<int>(m_runtime.size()); }
    const ServerSpec& spec(int index) const { return m_inventory.servers.at(index); }
    const Runtime& runtime(int index) const { return m_runtime.at(index); }
    int indexOf(const QString& serverName) const;

    void setIntervalMs(int ms) { m_intervalMs = ms; }
    int intervalMs() const { return m_intervalMs; }
    void setThresholds(const FleetThresholds& t) { m_thresholds = t; }
    const FleetThresholds& thresholds() const { return m_thresholds; }

    /// `nowMs` defaults to the current time.
    ServerMetrics serverMetrics(int index, qint64 nowMs = 0) const;
    AggregateMetrics zoneMetrics(const QString& zoneId, qint64 nowMs = 0) const;
    AggregateMetrics fleetMetrics(qint64 nowMs = 0) const;
    /// Servers in a zone, in inventory order.
    QList<int> serversInZone(const QString& zoneId) const;

public Q_SLOTS:
    void applySnapshot(int index, const fleetdeck::HealthSnapshot& snapshot);
    void applyFailure(int index, const QString& error);

Q_SIGNALS:
    void serverChanged(int index);

private:
    AggregateMetrics aggregate(const QList<int>& servers, qint64 nowMs) const;
    ServerStatus statusFor(const ServerMetrics& m, qint64 nowMs, const Runtime& r) const;

    Inventory m_inventory;
    std::vector<Runtime> m_runtime;
    QHash<QString, QList<int>> m_zoneServers; ///< zone id → servers, inventory order
    QHash<QString, int> m_serverIndex;        ///< server name → index
    FleetThresholds m_thresholds;
    int m_intervalMs = 1000;
};

} // namespace fleetdeck
