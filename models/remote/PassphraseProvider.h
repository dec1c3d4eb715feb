#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace fleetdeck {

/// The operator's answer to a passphrase prompt.
struct PassphraseReply
{
    QString passphrase;
    bool remember = false; ///< opt-in: save it in the desktop keychain (never in a file)
    /// Optional: the session calls it (on its thread) once it has tried the passphrase: true when
    /// it decrypted the key, false when it did not. A provider that keeps answers in memory
    /// forgets a wrong one here, so the next session does not try it silently.
    std::function<void(bool decrypted)> verdict;
};

/// Asks the operator for the passphrase of an encrypted private key. Called on the
/// SSH session's thread (which waits for the answer); must be thread-safe. The GUI
/// marshals to its thread and shows a dialog; the CLI reads from the terminal.
/// Return std::nullopt to give up on this key. `attempt` is 1 for the first prompt,
/// 2… after a wrong passphrase; the session counts attempts per key path and asks at most
/// LibsshConnection::kMaxPassphraseAttempts times per key.
using PassphraseProvider = std::function<std::optional<PassphraseReply>(const QString& keyPath, int attempt)>;

} // namespace fleetdeck
