#pragma once

#include <QException>
#include <QString>

namespace fleetdeck {

/// A typed failure of the SSH transport. Futures returned by SshSession fail with
/// this exception (QFuture::onFailed([](const SshError& e) { ... })).
class SshError : public QException
{
public:
    enum class Kind {
        Unreachable,       ///< name did not resolve, connection refused, network down
        AuthFailed,        ///< no offered key was accepted (or passphrase refused)
        HostKeyUnknown,    ///< host key not in known_hosts and the policy rejected it
        HostKeyChanged,    ///< host key differs from known_hosts: refused, no override
        Timeout,           ///< connect or command exceeded its time limit
        CommandFailed,     ///< remote command exited non-zero (exitStatus())
        RemoteFileChanged, ///< a file's hash differs from the one the plan read
        Cancelled,         ///< the caller cancelled or the session was closed
        LockHeld,          ///< the per-host change lock is held by another console (holder())
        SudoNeedsPassword, ///< `sudo -n` refused: the login user needs a password for sudo
        ProtocolError,     ///< connection lost mid-command or any other SSH-level failure
    };

    SshError(Kind kind, QString message, int exitStatus = -1, QString detail = {});

    Kind kind() const { return m_kind; }
    /// Human readable, translated, says what happened and what to check.
    QString message() const { return m_message; }
    /// Exit status of the remote command (CommandFailed), else -1.
    int exitStatus() const { return m_exitStatus; }
    /// Extra data: stderr for CommandFailed, the holder line for LockHeld, the
    /// fingerprint for host-key errors.
    QString detail() const { return m_detail; }

    static QString kindName(Kind kind);

    const char* what() const noexcept override;
    void raise() const override { throw *this; }
    SshError* clone() const override { return new SshError(*this); }

private:
    Kind m_kind;
    QString m_message;
    int m_exitStatus;
    QString m_detail;
    QByteArray m_what;
};

} // namespace fleetdeck
