#pragma once

#include <QString>

#include <optional>

class QObject;

namespace fleetdeck {

/// Key passphrases in the desktop keychain (QtKeychain: Secret Service / KWallet),
/// saved only when the operator opts in, never in a file. Entries are keyed by the
/// private key's absolute path.
///
/// QtKeychain needs an event loop, so jobs run on one process-wide keychain thread
/// (QtKeychain's D-Bus/libsecret state is bound to the first thread that uses it: a
/// second thread's jobs never finish). load()/save()/remove() block the *calling*
/// thread until the job is done
/// (bounded by timeoutMs): call them from an SSH session thread or another worker
/// thread, never from the GUI thread.
class PassphraseStore
{
public:
    explicit PassphraseStore(QString service = QStringLiteral("fleetdeck"));
    ~PassphraseStore();
    PassphraseStore(const PassphraseStore&) = delete;
    PassphraseStore& operator=(const PassphraseStore&) = delete;

    std::optional<QString> load(const QString& keyPath, int timeoutMs = 10000);
    /// Returns false with `error` set when the keychain is unavailable.
    bool save(const QString& keyPath, const QString& passphrase, QString* error = nullptr,
              int timeoutMs = 10000);
    bool remove(const QString& keyPath, QString* error = nullptr, int timeoutMs = 10000);

private:
    QString m_service;
    QObject* m_context = nullptr; // lives in the keychain thread
};

} // namespace fleetdeck
