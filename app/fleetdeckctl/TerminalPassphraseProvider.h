#pragma once

#include "remote/PassphraseProvider.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace fleetdeck::ctl {

/// fleetdeckctl's PassphraseProvider: asks for an encrypted SSH key's passphrase on the
/// controlling terminal (/dev/tty, never stdin, which may carry data), echo off.
///
/// - "Passphrase for KEY: "; from attempt 2 on, a line first says the last one was wrong.
/// - Thread-safe: sessions ask from their own threads, one prompt at a time; an answer is kept
///   in memory (never on disk) for the other sessions of this run until a session reports it did
///   not decrypt the key (PassphraseReply::verdict).
/// - The terminal's settings are always restored: after the answer, on EOF (Ctrl-D), after
///   timeoutMs without an answer, and on SIGINT/SIGTERM/SIGHUP/SIGQUIT, whose handler restores
///   them and then re-raises the signal to the handler that was installed before (the default
///   ends the process; apply's handler stops and rolls back, and this key is given up).
/// - Not interactive (--batch/--no-prompt) or no terminal (opening /dev/tty fails): std::nullopt
///   at once, and stderr says once per key that scripts load the key into ssh-agent.
class TerminalPassphraseProvider
{
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::ctl::TerminalPassphraseProvider)

public:
    explicit TerminalPassphraseProvider(bool interactive, QString ttyPath = QStringLiteral("/dev/tty"));

    void setTimeoutMs(int ms);
    /// For the SSH sessions; shares this object's state (valid after it is gone).
    PassphraseProvider provider() const;

private:
    struct State;
    static std::optional<PassphraseReply> ask(const std::shared_ptr<State>& state, const QString& keyPath,
                                              int attempt);
    static std::optional<QString> prompt(State& state, const QString& keyPath, int attempt);
    static void decline(State& state, const QString& keyPath, bool noTerminal);

    std::shared_ptr<State> m_state;
};

} // namespace fleetdeck::ctl
