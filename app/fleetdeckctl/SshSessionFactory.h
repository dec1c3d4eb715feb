#pragma once

#include "remote/PassphraseProvider.h"

#include <memory>

namespace fleetdeck {
class HostKeyPolicy;
class PassphraseStore;
class SshSession;
struct SshTarget;
} // namespace fleetdeck

namespace fleetdeck::ctl {

/// How every fleetdeckctl command opens SSH sessions: LibsshSessions with the command's host key
/// policy, the terminal passphrase prompt (TerminalPassphraseProvider) and the desktop keychain
/// only while the console's opt-in (Settings: useKeychain) is on, the same rule as the GUI.
/// Copyable; callable from any thread (an AddFleetEngine::SessionFactory).
class SshSessionFactory
{
public:
    /// No prompt, no keychain: an encrypted key works only through ssh-agent.
    SshSessionFactory() = default;
    SshSessionFactory(PassphraseProvider passphrases, std::shared_ptr<PassphraseStore> keychain);

    /// The console's settings file decides about the keychain (read once, at start).
    static SshSessionFactory withConsoleSettings(PassphraseProvider passphrases);

    std::shared_ptr<SshSession> operator()(const SshTarget& target,
                                           std::shared_ptr<HostKeyPolicy> policy) const;

private:
    PassphraseProvider m_passphrases;
    std::shared_ptr<PassphraseStore> m_keychain;
};

} // namespace fleetdeck::ctl
