#include "RemoteCommand.h"

#include "ShellQuote.h"

#include <QRegularExpression>

namespace fleetdeck {

namespace {

// $1 = working directory ('' = unchanged), $2… = the command. The first stdout line
// is "fleetdeck-pid <pid of this shell>" (stripped by the session) so a cancel can
// `kill -TERM <pid>` over a second channel: sshd refuses the SSH "signal" request
// for root logins ("session signalling requires privilege separation"). The command
// runs in the background so that `wait` can be interrupted by a trapped signal;
// stdin is passed through fd 3 because an asynchronous list otherwise gets
// /dev/null. sshd starts the command in its own session (setsid), so `kill 0`
// reaches every process the command started.
constexpr char kWrapper[] = "trap 'trap - TERM HUP INT; kill -TERM 0 2>/dev/null' TERM HUP INT\n"
                            "echo \"fleetdeck-pid $$\"\n"
                            "if [ -n \"$1\" ]; then cd -- \"$1\" || exit 127; fi\n"
                            "shift\n"
                            "exec 3<&0\n"
                            "\"$@\" 0<&3 3<&- &\n"
                            "wait $!\n";

} // namespace

RemoteCommand::RemoteCommand(QStringList argv) : m_argv(std::move(argv)) {}

RemoteCommand RemoteCommand::fromScript(const QString& script, const QStringList& args)
{
    QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh")};
    argv += args;
    return RemoteCommand(argv);
}

RemoteCommand& RemoteCommand::withStdin(QByteArray data)
{
    m_stdin = std::move(data);
    m_hasStdin = true;
    return *this;
}

RemoteCommand& RemoteCommand::withSudo(bool sudo)
{
    m_sudo = sudo;
    return *this;
}

RemoteCommand& RemoteCommand::withEnv(const QString& name, const QString& value)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    Q_ASSERT(valid.match(name).hasMatch());
    if (valid.match(name).hasMatch())
        m_env.append({name, value});
    return *this;
}

RemoteCommand& RemoteCommand::withCwd(const QString& dir)
{
    m_cwd = dir;
    return *this;
}

RemoteCommand& RemoteCommand::withTimeout(int ms)
{
    m_timeoutMs = ms;
    return *this;
}

QStringList RemoteCommand::effectiveArgv() const
{
    QStringList argv;
    if (m_sudo)
        argv << QStringLiteral("sudo") << QStringLiteral("-n") << QStringLiteral("--");
    if (!m_env.isEmpty()) {
        argv << QStringLiteral("env");
        for (const auto& [name, value] : m_env)
            argv << name + QLatin1Char('=') + value;
    }
    argv += m_argv;
    return argv;
}

QString RemoteCommand::displayString() const
{
    QString cd;
    if (!m_cwd.isEmpty())
        cd = QStringLiteral("cd ") + ShellQuote::quote(m_cwd) + QStringLiteral(" && ");
    return cd + ShellQuote::join(effectiveArgv());
}

QByteArray RemoteCommand::toExecLine() const
{
    QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"), QString::fromUtf8(kWrapper),
                     QStringLiteral("fleetdeck"), m_cwd};
    argv += effectiveArgv();
    return (QStringLiteral("exec ") + ShellQuote::join(argv)).toUtf8();
}

} // namespace fleetdeck
