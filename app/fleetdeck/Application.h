#pragma once

#include "actions/ActionContext.h"
#include "fleet/Inventory.h"

#include <QObject>

#include <memory>

namespace fleetdeck {
class AlertEngine;
class FleetState;
class HistoryRecorder;
class HistoryStore;
class HealthPoller;
class QNetworkHttpClient;
} // namespace fleetdeck

namespace fleetdeck::ui {
class HostKeyPrompter;
class PassphrasePrompter;
} // namespace fleetdeck::ui

/// Builds the backends for an inventory (HTTP client, poller, fleet state,
/// history, alerts) and wires them together. Every window (the console, the
/// wall display) reads these same objects: there is one polling path.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(fleetdeck::Inventory inventory, int intervalMs, QObject* parent = nullptr);
    ~Application() override;

    fleetdeck::FleetState* state() const { return m_state; }
    fleetdeck::AlertEngine* alerts() const { return m_alerts; }
    fleetdeck::HistoryStore* history() const { return m_history.get(); }
    fleetdeck::HistoryRecorder* recorder() const { return m_recorder; }
    /// What the console's change actions need: SSH sessions (libssh, host keys asked through
    /// hostKeys(), key passphrases through passphrases() and, while Settings › useKeychain is
    /// on, the desktop keychain), the audit log path.
    fleetdeck::ui::ActionContext actionContext() const;
    fleetdeck::ui::HostKeyPrompter* hostKeys() const { return m_hostKeys; }
    fleetdeck::ui::PassphrasePrompter* passphrases() const { return m_passphrases; }
    void start();
    /// Polls every server now (F5), whatever the schedule.
    void pollNow();
    /// Re-times polling (and staleness) to `ms`.
    void setIntervalMs(int ms);

private:
    fleetdeck::FleetState* m_state;
    fleetdeck::QNetworkHttpClient* m_client;
    fleetdeck::HealthPoller* m_poller;
    std::unique_ptr<fleetdeck::HistoryStore> m_history;
    fleetdeck::HistoryRecorder* m_recorder;
    fleetdeck::AlertEngine* m_alerts;
    fleetdeck::ui::HostKeyPrompter* m_hostKeys;
    fleetdeck::ui::PassphrasePrompter* m_passphrases;
};
