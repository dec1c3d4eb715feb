#include "Application.h"

#include "alerts/AlertEngine.h"
#include "audit/AuditLog.h"
#include "hostkey/HostKeyPrompter.h"
#include "passphrase/PassphrasePrompter.h"
#include "remote/LibsshSession.h"
#include "remote/PassphraseStore.h"
#include "settings/Settings.h"
#include "fleet/FleetState.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryStore.h"
#include "health/HealthPoller.h"
#include "health/QNetworkHttpClient.h"

using namespace fleetdeck;

Application::Application(Inventory inventory, int intervalMs, QObject* parent)
    : QObject(parent), m_state(new FleetState(std::move(inventory), this)),
      m_client(new QNetworkHttpClient(this)), m_poller(new HealthPoller(m_client, this)),
      m_history(std::make_unique<HistoryStore>()), m_recorder(new HistoryRecorder(m_state, m_history.get(), this)),
      m_alerts(new AlertEngine(m_state, this)), m_hostKeys(new ui::HostKeyPrompter(this)),
      m_passphrases(new ui::PassphrasePrompter(this))
{
    // Key passphrases: asked in the GUI, kept in memory until quit; the desktop keychain only
    // while Settings › Changes and SSH › "Remember SSH key passphrases…" is on. Read for every
    // new session (any thread: QSettings is reentrant), so a change applies without a restart.
    m_passphrases->setKeychain(std::make_shared<PassphraseStore>(),
                               [] { return Settings().get(SettingKeys::useKeychain); });
    m_state->setIntervalMs(intervalMs);
    m_poller->setIntervalMs(intervalMs);
    QList<HealthPoller::Target> targets;
    for (const ServerSpec& s : m_state->inventory().servers)
        targets.append(
            {s.name, HttpRequest{s.healthUrl, s.tls, std::max(1000, 2 * intervalMs), 1024 * 1024}});
    m_poller->setTargets(targets);
    connect(m_poller, &HealthPoller::snapshotReceived, m_state, &FleetState::applySnapshot);
    connect(m_poller, &HealthPoller::pollFailed, m_state, &FleetState::applyFailure);
}

Application::~Application() = default;

void Application::start()
{
    m_poller->start();
    m_recorder->start();
}

void Application::setIntervalMs(int ms)
{
    m_state->setIntervalMs(ms);
    m_poller->setIntervalMs(ms);
    if (m_recorder->isRunning())
        m_recorder->start(); // re-reads the interval
}

void Application::pollNow()
{
    m_poller->pollAllOnce();
}

ui::ActionContext Application::actionContext() const
{
    ui::ActionContext context;
    // A session per use (preview, apply): each has its own thread; unknown host keys are asked
    // in the GUI (HostKeyPrompter), changed ones are refused by the SSH layer; passphrases of
    // encrypted keys are asked in the GUI too (PassphrasePrompter), after the keychain when the
    // operator opted in.
    std::shared_ptr<HostKeyPolicy> policy = m_hostKeys->policy();
    PassphraseProvider passphrases = m_passphrases->provider();
    auto keychain = m_passphrases->keychainSource(); // null while the setting is off
    context.sessions = [policy, passphrases, keychain](const SshTarget& target) {
        return std::make_shared<LibsshSession>(target, policy, passphrases, keychain());
    };
    context.auditPath = AuditLog::defaultPath();
    context.hostKeys = m_hostKeys;
    return context;
}
