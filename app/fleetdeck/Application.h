#pragma once

#include "fleet/Inventory.h"

#include <QObject>

#include <memory>

namespace fleetdeck {
class FleetState;
class HealthPoller;
class QNetworkHttpClient;
} // namespace fleetdeck

/// Builds the backends (HTTP client, poller, fleet state) for an inventory and
/// wires them together; the windows get the FleetState.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(fleetdeck::Inventory inventory, int intervalMs, QObject* parent = nullptr);
    ~Application() override;

    fleetdeck::FleetState* state() const { return m_state; }
    void start();
    /// Polls every server now (F5), whatever the schedule.
    void pollNow();
    /// Re-times polling (and staleness) to `ms`.
    void setIntervalMs(int ms);

private:
    fleetdeck::FleetState* m_state;
    fleetdeck::QNetworkHttpClient* m_client;
    fleetdeck::HealthPoller* m_poller;
};
