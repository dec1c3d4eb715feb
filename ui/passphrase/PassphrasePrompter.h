#pragma once

#include "remote/PassphraseProvider.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QWidget;

namespace fleetdeck {
class PassphraseStore;
} // namespace fleetdeck

namespace fleetdeck::ui {

class PassphraseDialog;

/// Asks the operator for SSH key passphrases. provider() is the PassphraseProvider for the
/// SSH sessions (LibsshSession, SshSessionPool): it runs on a session thread, posts the
/// question to this object's (GUI) thread, where a PassphraseDialog opens (open(), never
/// exec()), and waits for the answer, at most timeoutMs (default 5 minutes).
///
/// - One dialog at a time per key: concurrent asks for the same key wait for that one answer.
/// - An answer is kept in memory (never on disk) until this object goes away and given to the
///   next session that asks for the same key on its first attempt, without a dialog. A later
///   attempt (the passphrase was wrong) drops it and asks again, and so does the reply's verdict
///   when the session reports that it did not decrypt the key (also after the last attempt).
/// - Cancel, no answer in time, a call from the GUI thread itself, the application quitting
///   (QCoreApplication::aboutToQuit) or this object being destroyed: std::nullopt, and every
///   waiting session thread is released.
///
/// keychain(): the desktop keychain for new sessions, only while the operator's setting is on.
class PassphrasePrompter : public QObject
{
    Q_OBJECT

public:
    explicit PassphrasePrompter(QObject* parent = nullptr);
    ~PassphrasePrompter() override;

    /// Parent of the dialogs (the main window).
    void setWindow(QWidget* window);
    void setTimeoutMs(int ms);

    /// The keychain and whether the operator opted in (Settings: useKeychain). `enabled` is
    /// called on the GUI thread when a dialog opens (it offers "Remember" only when true) and
    /// by keychain() on any thread: it must be thread-safe.
    void setKeychain(std::shared_ptr<PassphraseStore> store, std::function<bool()> enabled);
    /// The store while the keychain setting is on, else null (thread-safe).
    std::shared_ptr<PassphraseStore> keychain() const;
    /// keychain() as a function for session factories on any thread; valid after this object is
    /// gone (null then).
    std::function<std::shared_ptr<PassphraseStore>()> keychainSource() const;

    /// The provider to give the SSH sessions; valid after this object is gone (gives up then).
    PassphraseProvider provider() const { return m_provider; }

    /// Forgets the passphrases kept in memory.
    void forgetAll();
    /// Dialogs open now.
    int openDialogs() const;

Q_SIGNALS:
    /// A dialog is open (tests find it here).
    void dialogOpened(fleetdeck::ui::PassphraseDialog* dialog);

private:
    struct Bridge;
    static std::shared_ptr<PassphraseStore> keychainOf(const std::shared_ptr<Bridge>& bridge);
    static std::optional<PassphraseReply> ask(const std::shared_ptr<Bridge>& bridge, const QString& keyPath,
                                              int attempt);
    void openDialog(quint64 id, const QString& keyPath, int attempt);
    void releaseAll();

    QPointer<QWidget> m_window;
    std::shared_ptr<Bridge> m_bridge;
    PassphraseProvider m_provider;
};

} // namespace fleetdeck::ui
