#pragma once

#include "remote/SshTarget.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace fleetdeck::test {

/// A throwaway OpenSSH sshd on a loopback address and a free high port, for the
/// current user (works as root and as a normal user). Everything lives in a
/// temporary directory: an ed25519 host key, a client key pair authorized for
/// login, an (initially empty) known_hosts file for the client, and bin/ which is
/// first on the PATH of every SSH session (for stand-ins such as `sudo`).
/// sshd runs in the foreground (-D) as a child of the test and is stopped by pid.
/// Sessions get SHLVL=1, so a bash login shell does not source ~/.bashrc (Debian's
/// bash does that for sshd sessions; the root account of a dev machine may run
/// pyenv & co. there, ~150 ms per command, which would swamp what tests measure).
class SshdFixture
{
public:
    struct Options
    {
        QString address = QStringLiteral("127.0.0.1");
        QString extraConfig; ///< appended to sshd_config
        QString logLevel;    ///< sshd LogLevel; default VERBOSE (DEBUG1 with FLEETDECK_KEEP_FIXTURES)
    };

    SshdFixture();
    explicit SshdFixture(Options options);
    ~SshdFixture();
    SshdFixture(const SshdFixture&) = delete;
    SshdFixture& operator=(const SshdFixture&) = delete;

    /// Generates keys (first time), writes the config, `sshd -t`, starts sshd and
    /// waits (bounded) until it accepts connections. False with error() on failure.
    bool start();
    /// SIGTERM to sshd's pid, bounded wait, then SIGKILL.
    void stop();
    /// stop + start on the same port; newHostKey: a fresh host key first.
    bool restart(bool newHostKey = false);
    bool isRunning() const;

    QString error() const { return m_error; }
    QString address() const { return m_options.address; }
    int port() const { return m_port; }
    qint64 pid() const;
    QString dir() const { return m_dir.path(); }
    QString binDir() const { return m_dir.path() + QStringLiteral("/bin"); }
    QString userName() const;
    QString clientKeyPath() const { return m_dir.path() + QStringLiteral("/client_ed25519"); }
    QString knownHostsPath() const { return m_dir.path() + QStringLiteral("/known_hosts"); }
    QString logPath() const { return m_dir.path() + QStringLiteral("/sshd.log"); }
    /// "SHA256:…" as `ssh-keygen -lf` prints it.
    QString hostKeyFingerprint() const;
    /// "ssh-ed25519 AAAA…" (no comment).
    QString hostPublicKey() const;
    /// Writes known_hosts with a "[address]:port key" line (hashed: `ssh-keygen -H` applied).
    bool writeKnownHosts(bool hashed = false) const;
    /// A target for this server: current user, the client key, known_hosts above,
    /// no ssh-agent, no ~/.ssh/config.
    SshTarget target() const;
    /// The per-connection sshd processes (children of the listener).
    QList<qint64> connectionPids() const;
    /// A connection's sshd processes: the connection pid and every descendant named
    /// "sshd" (as non-root, the post-auth session process is a grandchild of the
    /// listener and also holds the socket). Sending a signal to all of them cuts or
    /// freezes exactly that connection.
    static QList<qint64> sshdTree(qint64 connectionPid);
    /// Puts an executable script into binDir().
    bool installScript(const QString& name, const QByteArray& content) const;

    /// A free TCP port on `address` (bind test).
    static int freePort(const QString& address);
    /// Runs a local program (bounded), returns exit code, stdout in *out.
    static int runTool(const QString& program, const QStringList& args, QByteArray* out = nullptr,
                       int timeoutMs = 20000);

private:
    bool generateKeys(bool hostOnly);
    bool writeConfig();

    Options m_options;
    QTemporaryDir m_dir;
    int m_port = 0;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
};

} // namespace fleetdeck::test
