#pragma once

#include <QString>
#include <QStringList>

namespace fleetdeck {

/// Where and how to log in. Filled from the inventory by its owner; this module
/// never reads the inventory itself.
struct SshTarget
{
    enum class Become { None, Sudo };

    QString host; ///< DNS name or IP literal (resolved on the session thread)
    int port = 22;
    QString user;                 ///< empty: the local user name
    QStringList identityFiles;    ///< tried after ssh-agent; empty: ~/.ssh/config and defaults
    QString knownHostsFile;       ///< empty: ~/.ssh/known_hosts
    Become become = Become::None; ///< Sudo: file operations and sudo commands use `sudo -n`
    int connectTimeoutMs = 10000; ///< SSH_OPTIONS_TIMEOUT (libssh has no default)
    int keepaliveSeconds = 30;    ///< keepalive sent while idle; 0 = off
    bool useSshAgent = true;      ///< try ssh-agent first when SSH_AUTH_SOCK is set
    bool processSshConfig = true; ///< read ~/.ssh/config (tests: false)
    QString sshDir;               ///< empty: ~/.ssh (default identities, config); tests: a temporary dir

    /// user@host:port — the pool's key.
    QString key() const { return user + QLatin1Char('@') + host + QLatin1Char(':') + QString::number(port); }
};

} // namespace fleetdeck
