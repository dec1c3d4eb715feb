#include "SshdFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fleetdeck::test {

SshdFixture::SshdFixture() : SshdFixture(Options{}) {}

SshdFixture::SshdFixture(Options options) : m_options(std::move(options))
{
    // FLEETDECK_KEEP_FIXTURES=1 keeps the directory (config, keys, sshd.log) for debugging.
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("FLEETDECK_KEEP_FIXTURES"));
}

SshdFixture::~SshdFixture()
{
    stop();
}

int SshdFixture::runTool(const QString& program, const QStringList& args, QByteArray* out, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, args);
    if (!process.waitForStarted(timeoutMs))
        return -1;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int SshdFixture::freePort(const QString& address)
{
    QTcpServer server;
    if (!server.listen(QHostAddress(address), 0))
        return 0;
    return server.serverPort();
}

QString SshdFixture::userName() const
{
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

qint64 SshdFixture::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool SshdFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool SshdFixture::generateKeys(bool hostOnly)
{
    const QString host = m_dir.path() + QStringLiteral("/host_ed25519");
    QFile::remove(host);
    QFile::remove(host + QStringLiteral(".pub"));
    if (runTool(QStringLiteral("ssh-keygen"),
                {"-q", "-t", "ed25519", "-N", "", "-C", "fixture-host", "-f", host}) != 0)
        return false;
    if (hostOnly)
        return true;
    const QString client = clientKeyPath();
    if (runTool(QStringLiteral("ssh-keygen"),
                {"-q", "-t", "ed25519", "-N", "", "-C", "fixture-client", "-f", client}) != 0)
        return false;
    QFile::remove(m_dir.path() + QStringLiteral("/authorized_keys"));
    if (!QFile::copy(client + QStringLiteral(".pub"), m_dir.path() + QStringLiteral("/authorized_keys")))
        return false;
    QDir().mkpath(binDir());
    QFile known(knownHostsPath());
    return known.open(QIODevice::WriteOnly);
}

bool SshdFixture::writeConfig()
{
    const QString d = m_dir.path();
    const QString logLevel = !m_options.logLevel.isEmpty() ? m_options.logLevel
                             : qEnvironmentVariableIsEmpty("FLEETDECK_KEEP_FIXTURES")
                                 ? QStringLiteral("VERBOSE")
                                 : QStringLiteral("DEBUG1");
    QFile file(d + QStringLiteral("/sshd_config"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QString config =
        QStringLiteral("Port %1\n"
                       "ListenAddress %2\n"
                       "HostKey %3/host_ed25519\n"
                       "PidFile %3/sshd.pid\n"
                       "AuthorizedKeysFile %3/authorized_keys\n"
                       "UsePAM no\n"
                       "StrictModes no\n"
                       "PasswordAuthentication no\n"
                       "KbdInteractiveAuthentication no\n"
                       "PermitRootLogin prohibit-password\n"
                       "Subsystem sftp /usr/lib/openssh/sftp-server\n"
                       "SetEnv PATH=%3/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin SHLVL=1\n"
                       "MaxStartups 200:30:300\n"
                       "MaxSessions 100\n"
                       "LogLevel %4\n")
            .arg(m_port)
            .arg(m_options.address, d, logLevel) +
        m_options.extraConfig + QLatin1Char('\n');
    return file.write(config.toUtf8()) > 0;
}

bool SshdFixture::start()
{
    m_error.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!QFile::exists(clientKeyPath()) && !generateKeys(false)) {
        m_error = QStringLiteral("ssh-keygen failed");
        return false;
    }
    if (::geteuid() == 0)
        ::mkdir("/run/sshd", 0755);
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (m_port == 0 || attempt > 0)
            m_port = freePort(m_options.address);
        if (m_port == 0 || !writeConfig()) {
            m_error = QStringLiteral("no free port / cannot write config on %1").arg(m_options.address);
            return false;
        }
        const QString config = m_dir.path() + QStringLiteral("/sshd_config");
        QByteArray out;
        if (runTool(QStringLiteral("/usr/sbin/sshd"), {"-t", "-f", config}, &out) != 0) {
            m_error = QStringLiteral("sshd -t rejected the config: ") + QString::fromLocal8Bit(out);
            return false;
        }
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(QStringLiteral("/usr/sbin/sshd"), {"-D", "-f", config, "-E", logPath()});
        if (!m_process->waitForStarted(5000)) {
            m_error = QStringLiteral("sshd did not start");
            return false;
        }
        // Bounded wait until it accepts connections (or died: port taken → retry).
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000 && m_process->state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress(m_options.address), quint16(m_port));
            if (probe.waitForConnected(200)) {
                probe.abort();
                return true;
            }
            QThread::msleep(20);
        }
        stop();
    }
    QFile log(logPath());
    log.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("sshd did not come up: ") + QString::fromLocal8Bit(log.readAll().right(2000));
    return false;
}

void SshdFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(5000)) {
            ::kill(pid_t(m_process->processId()), SIGKILL);
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool SshdFixture::restart(bool newHostKey)
{
    stop();
    if (newHostKey && !generateKeys(true))
        return false;
    return start();
}

QString SshdFixture::hostKeyFingerprint() const
{
    QByteArray out;
    runTool(QStringLiteral("ssh-keygen"), {"-l", "-E", "sha256", "-f", m_dir.path() + "/host_ed25519.pub"},
            &out);
    const QList<QByteArray> parts = out.split(' ');
    return parts.size() > 1 ? QString::fromLatin1(parts[1]) : QString();
}

QString SshdFixture::hostPublicKey() const
{
    QFile file(m_dir.path() + QStringLiteral("/host_ed25519.pub"));
    file.open(QIODevice::ReadOnly);
    const QList<QByteArray> parts = file.readAll().trimmed().split(' ');
    return parts.size() >= 2 ? QString::fromLatin1(parts[0] + ' ' + parts[1]) : QString();
}

bool SshdFixture::writeKnownHosts(bool hashed) const
{
    QFile file(knownHostsPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QString host =
        m_port == 22 ? m_options.address : QStringLiteral("[%1]:%2").arg(m_options.address).arg(m_port);
    file.write((host + QLatin1Char(' ') + hostPublicKey() + QLatin1Char('\n')).toUtf8());
    file.close();
    if (!hashed)
        return true;
    const bool ok = runTool(QStringLiteral("ssh-keygen"), {"-H", "-f", knownHostsPath()}) == 0;
    QFile::remove(knownHostsPath() + QStringLiteral(".old"));
    return ok;
}

SshTarget SshdFixture::target() const
{
    SshTarget t;
    t.host = m_options.address;
    t.port = m_port;
    t.user = userName();
    t.identityFiles = {clientKeyPath()};
    t.knownHostsFile = knownHostsPath();
    t.become = SshTarget::Become::None;
    t.connectTimeoutMs = 5000;
    t.useSshAgent = false;
    t.processSshConfig = false;
    return t;
}

namespace {

// (pid, parent pid, command name) of every process.
struct ProcInfo
{
    qint64 pid;
    qint64 ppid;
    QByteArray comm;
};

QList<ProcInfo> allProcesses()
{
    QList<ProcInfo> list;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool numeric = false;
        const qint64 p = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(p));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1)
            list.append({p, fields[1].toLongLong(), line.mid(open + 1, close - open - 1)});
    }
    return list;
}

} // namespace

QList<qint64> SshdFixture::sshdTree(qint64 connectionPid)
{
    const QList<ProcInfo> procs = allProcesses();
    QList<qint64> tree{connectionPid};
    for (qsizetype i = 0; i < tree.size(); ++i) {
        for (const ProcInfo& p : procs) {
            if (p.ppid == tree[i] && p.comm == "sshd" && !tree.contains(p.pid))
                tree.append(p.pid);
        }
    }
    return tree;
}

QList<qint64> SshdFixture::connectionPids() const
{
    QList<qint64> pids;
    const qint64 master = pid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool numeric = false;
        const qint64 p = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(p));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields[1].toLongLong() == master)
            pids << p;
    }
    return pids;
}

bool SshdFixture::installScript(const QString& name, const QByteArray& content) const
{
    QDir().mkpath(binDir());
    QFile file(binDir() + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                               QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
}

} // namespace fleetdeck::test
