#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace fleetdeck {

/// A remote command built from an argument list. Every argument is shell-quoted
/// when the command line is assembled; there is deliberately no constructor that
/// takes a raw shell string. The few fixed scripts the product ships go through
/// script(), which only accepts a character array (a literal in the source) and
/// passes the variable parts as quoted positional parameters.
class RemoteCommand
{
public:
    RemoteCommand() = default;
    explicit RemoteCommand(QStringList argv);

    /// `sh -c 'fixedScript' sh arg1 arg2 …` — the script sees the args as $1, $2 …
    template <std::size_t N>
    static RemoteCommand script(const char (&fixedScript)[N], const QStringList& args = {})
    {
        return fromScript(QString::fromUtf8(fixedScript, N - 1), args);
    }

    RemoteCommand& withStdin(QByteArray data);
    /// Run through `sudo -n --` (never prompts; SshError::SudoNeedsPassword instead).
    RemoteCommand& withSudo(bool sudo = true);
    /// Environment for the command (`env NAME=value`); NAME must be [A-Za-z_][A-Za-z0-9_]*.
    RemoteCommand& withEnv(const QString& name, const QString& value);
    RemoteCommand& withCwd(const QString& dir);
    /// Client-side limit; on expiry the command is killed and the future fails with Timeout.
    RemoteCommand& withTimeout(int ms);

    const QStringList& argv() const { return m_argv; }
    const QByteArray& stdinData() const { return m_stdin; }
    bool hasStdin() const { return m_hasStdin; }
    bool sudo() const { return m_sudo; }
    const QList<QPair<QString, QString>>& env() const { return m_env; }
    const QString& cwd() const { return m_cwd; }
    int timeoutMs() const { return m_timeoutMs; }

    /// argv after sudo/env are applied (what actually runs), quoted and joined.
    QString displayString() const;
    /// The complete line for the SSH exec request. It runs the command in a small
    /// wrapper that kills the command's whole process group when the session sends
    /// TERM/HUP/INT (used by cancellation) and reports the command's exit status.
    /// Its first stdout line is kExecHeader + the wrapper's pid; the session strips it.
    QByteArray toExecLine() const;
    static constexpr char kExecHeader[] = "fleetdeck-pid ";

    /// The argv after sudo/env are applied (without the cancellation wrapper).
    QStringList effectiveArgv() const;

private:
    static RemoteCommand fromScript(const QString& script, const QStringList& args);

    QStringList m_argv;
    QByteArray m_stdin;
    bool m_hasStdin = false;
    bool m_sudo = false;
    QList<QPair<QString, QString>> m_env;
    QString m_cwd;
    int m_timeoutMs = 0;
};

} // namespace fleetdeck
