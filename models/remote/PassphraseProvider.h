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
};

/// Asks the operator for the passphrase of an encrypted private key. Called on the
/// SSH session's thread (which waits for the answer); must be thread-safe. The GUI
/// marshals to its thread and shows a dialog; the CLI reads from the terminal.
/// Return std::nullopt to give up on this key. `attempt` is 1 for the first prompt,
/// 2… after a wrong passphrase.
using PassphraseProvider = std::function<std::optional<PassphraseReply>(const QString& keyPath, int attempt)>;

} // namespace fleetdeck
