#include "passphrase/PassphrasePrompter.h"

#include "passphrase/PassphraseDialog.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>
#include <QWidget>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>

namespace fleetdeck::ui {

namespace {

using Clock = std::chrono::steady_clock;

/// What a session thread waits for: set on the GUI thread (or never: timeout, shutdown).
struct Request
{
    bool done = false;
    std::optional<PassphraseReply> reply;
};

/// One key path: the passphrase kept in memory, and whether a dialog for it is open.
struct KeyState
{
    std::optional<QString> passphrase;
    quint64 generation = 0; ///< bumped by every answer (or give-up) of a dialog
    bool asking = false;
};

} // namespace

struct PassphrasePrompter::Bridge
{
    std::mutex mutex;
    std::condition_variable changed;
    PassphrasePrompter* prompter = nullptr; ///< cleared when released, under the mutex
    bool closed = false;
    int timeoutMs = 5 * 60 * 1000;
    std::shared_ptr<PassphraseStore> store;
    std::function<bool()> keychainEnabled;
    std::map<QString, KeyState> keys; // node-based: waiting threads keep references
    std::map<quint64, std::shared_ptr<Request>> requests;
    quint64 nextId = 1;
    QHash<quint64, QPointer<PassphraseDialog>> dialogs; ///< GUI thread only

    /// Hands the operator's answer to the waiting thread (first answer wins).
    static void settle(const std::shared_ptr<Bridge>& bridge, quint64 id,
                       std::optional<PassphraseReply> reply)
    {
        std::lock_guard lock(bridge->mutex);
        const auto it = bridge->requests.find(id);
        if (it == bridge->requests.end() || it->second->done)
            return;
        it->second->done = true;
        it->second->reply = std::move(reply);
        bridge->changed.notify_all();
    }

    /// The reply with a verdict: a passphrase that did not decrypt the key is forgotten (unless
    /// another answer replaced it meanwhile), so no later session tries it silently.
    static PassphraseReply withVerdict(const std::shared_ptr<Bridge>& bridge, const QString& keyPath,
                                       PassphraseReply reply)
    {
        std::weak_ptr<Bridge> weak = bridge;
        reply.verdict = [weak, keyPath, passphrase = reply.passphrase](bool decrypted) {
            const std::shared_ptr<Bridge> alive = weak.lock();
            if (decrypted || !alive)
                return;
            std::lock_guard lock(alive->mutex);
            const auto it = alive->keys.find(keyPath);
            if (it != alive->keys.end() && it->second.passphrase == passphrase)
                it->second.passphrase.reset();
        };
        return reply;
    }
};

PassphrasePrompter::PassphrasePrompter(QObject* parent)
    : QObject(parent), m_bridge(std::make_shared<Bridge>())
{
    setObjectName(QStringLiteral("passphrasePrompter"));
    m_bridge->prompter = this;
    std::shared_ptr<Bridge> bridge = m_bridge;
    m_provider = [bridge](const QString& keyPath, int attempt) {
        return ask(bridge, keyPath, attempt);
    };
    // Quitting with a dialog open: release the session threads before anything waits for them.
    if (QCoreApplication* app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &PassphrasePrompter::releaseAll);
}

PassphrasePrompter::~PassphrasePrompter()
{
    releaseAll();
}

void PassphrasePrompter::setWindow(QWidget* window)
{
    m_window = window;
}

void PassphrasePrompter::setTimeoutMs(int ms)
{
    std::lock_guard lock(m_bridge->mutex);
    m_bridge->timeoutMs = ms;
}

void PassphrasePrompter::setKeychain(std::shared_ptr<PassphraseStore> store, std::function<bool()> enabled)
{
    std::lock_guard lock(m_bridge->mutex);
    m_bridge->store = std::move(store);
    m_bridge->keychainEnabled = std::move(enabled);
}

std::shared_ptr<PassphraseStore> PassphrasePrompter::keychainOf(const std::shared_ptr<Bridge>& bridge)
{
    std::shared_ptr<PassphraseStore> store;
    std::function<bool()> enabled;
    {
        std::lock_guard lock(bridge->mutex);
        if (bridge->closed)
            return nullptr;
        store = bridge->store;
        enabled = bridge->keychainEnabled;
    }
    return store && enabled && enabled() ? store : nullptr;
}

std::shared_ptr<PassphraseStore> PassphrasePrompter::keychain() const
{
    return keychainOf(m_bridge);
}

std::function<std::shared_ptr<PassphraseStore>()> PassphrasePrompter::keychainSource() const
{
    std::shared_ptr<Bridge> bridge = m_bridge;
    return [bridge] {
        return keychainOf(bridge);
    };
}

void PassphrasePrompter::forgetAll()
{
    std::lock_guard lock(m_bridge->mutex);
    for (auto& [path, key] : m_bridge->keys)
        key.passphrase.reset();
}

int PassphrasePrompter::openDialogs() const
{
    int n = 0;
    for (const QPointer<PassphraseDialog>& dialog : std::as_const(m_bridge->dialogs))
        n += dialog && dialog->isVisible() ? 1 : 0;
    return n;
}

void PassphrasePrompter::releaseAll()
{
    {
        std::lock_guard lock(m_bridge->mutex);
        m_bridge->closed = true;
        m_bridge->prompter = nullptr;
        m_bridge->changed.notify_all();
    }
    const auto dialogs = std::exchange(m_bridge->dialogs, {});
    for (const QPointer<PassphraseDialog>& dialog : dialogs)
        delete dialog.data(); // clears the field; its waiter is already released
}

std::optional<PassphraseReply> PassphrasePrompter::ask(const std::shared_ptr<Bridge>& bridge,
                                                       const QString& keyPath, int attempt)
{
    std::unique_lock lock(bridge->mutex);
    PassphrasePrompter* self = bridge->prompter;
    if (bridge->closed || !self)
        return std::nullopt;
    KeyState& key = bridge->keys[keyPath];
    const auto cached = [&key, &bridge, &keyPath]() -> std::optional<PassphraseReply> {
        if (!key.passphrase)
            return std::nullopt;
        // Already in the keychain if it was to be.
        return Bridge::withVerdict(bridge, keyPath, PassphraseReply{*key.passphrase, false, {}});
    };
    if (QThread::currentThread() == self->thread())
        return attempt == 1 ? cached() : std::nullopt; // it would wait for itself
    const auto deadline = Clock::now() + std::chrono::milliseconds(bridge->timeoutMs);
    const quint64 seen = key.generation;
    // One dialog per key: wait for the one that is open, then use its answer.
    if (!bridge->changed.wait_until(lock, deadline, [&] { return !key.asking || bridge->closed; }) ||
        bridge->closed)
        return std::nullopt;
    if (key.generation != seen)
        return cached(); // answered (or given up: nullopt) while this thread waited
    if (attempt == 1 && key.passphrase)
        return cached();
    key.passphrase.reset(); // attempt ≥ 2: what we had was wrong

    key.asking = true;
    const quint64 id = bridge->nextId++;
    auto request = std::make_shared<Request>();
    bridge->requests[id] = request;
    // Posting is thread-safe and the prompter cannot be destroyed meanwhile (its destructor takes
    // the mutex). Destroyed before the event runs: the event goes with it and `closed` is set.
    QMetaObject::invokeMethod(
        self, [self, id, keyPath, attempt] { self->openDialog(id, keyPath, attempt); }, Qt::QueuedConnection);
    bridge->changed.wait_until(lock, deadline, [&] { return request->done || bridge->closed; });
    std::optional<PassphraseReply> reply = request->done ? request->reply : std::nullopt;
    bridge->requests.erase(id);
    if (!request->done && !bridge->closed && bridge->prompter) {
        // No answer in time: take the dialog away too.
        QMetaObject::invokeMethod(
            bridge->prompter,
            [bridge, id] {
                if (QPointer<PassphraseDialog> dialog = bridge->dialogs.take(id))
                    dialog->reject();
            },
            Qt::QueuedConnection);
    }
    key.asking = false;
    ++key.generation;
    bridge->changed.notify_all();
    if (!reply)
        return std::nullopt;
    key.passphrase = reply->passphrase;
    return Bridge::withVerdict(bridge, keyPath, std::move(*reply));
}

void PassphrasePrompter::openDialog(quint64 id, const QString& keyPath, int attempt)
{
    std::function<bool()> keychainEnabled;
    bool haveStore = false;
    {
        std::lock_guard lock(m_bridge->mutex);
        if (!m_bridge->requests.count(id))
            return; // gave up before the dialog could open
        keychainEnabled = m_bridge->keychainEnabled;
        haveStore = bool(m_bridge->store);
    }
    const bool offerKeychain = haveStore && keychainEnabled && keychainEnabled();
    auto* dialog = new PassphraseDialog(keyPath, attempt, offerKeychain, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_bridge->dialogs.removeIf([](const auto& entry) { return entry.value().isNull(); });
    m_bridge->dialogs.insert(id, dialog);
    std::shared_ptr<Bridge> bridge = m_bridge;
    connect(dialog, &QDialog::finished, dialog, [bridge, id, dialog](int result) {
        std::optional<PassphraseReply> reply;
        if (result == QDialog::Accepted)
            reply = PassphraseReply{dialog->takePassphrase(), dialog->remember()};
        Bridge::settle(bridge, id, std::move(reply));
    });
    // Closed without an answer (the window went away): give up on this key.
    connect(dialog, &QObject::destroyed, [bridge, id] { Bridge::settle(bridge, id, std::nullopt); });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

} // namespace fleetdeck::ui
