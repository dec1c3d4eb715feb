// Shared by the change-engine lab suites (TestChange*.cpp): bring a lab up in a
// temporary directory on its own subnet, run fleetdeckctl against it, read the
// hosts' files and processes, and take it down again.
#pragma once

#include "ProcessRun.h"

#include "audit/AuditLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace changelab {

using Run = fleetdeck::test::ProcessRun;

inline Run run(const QString& program, const QStringList& args, int timeoutMs,
               const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    return fleetdeck::test::runProcess(program, args, timeoutMs, env);
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

/// pid from a pid file if that process is alive and not a zombie, else 0.
inline qint64 alivePid(const QString& pidFile)
{
    const qint64 pid = readFile(pidFile).trimmed().toLongLong();
    if (pid <= 0)
        return 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = stat.readAll();
    return s.mid(s.lastIndexOf(')') + 2, 1) == "Z" ? 0 : pid;
}

inline QByteArray wsHandshake(const QByteArray& path, const QByteArray& host)
{
    return "GET " + path + " HTTP/1.1\r\nHost: " + host +
           "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
}

inline int readStatus(QIODevice* dev, int timeoutMs)
{
    QByteArray head;
    QElapsedTimer t;
    t.start();
    while (!head.contains("\r\n\r\n") && t.elapsed() < timeoutMs) {
        if (dev->bytesAvailable() == 0 && !dev->waitForReadyRead(200))
            continue;
        head += dev->readAll();
    }
    const QList<QByteArray> first = head.left(head.indexOf("\r\n")).split(' ');
    return first.size() >= 2 ? first.at(1).toInt() : -1;
}

/// One lab (fleetlab up … --subnet N) in a /tmp/fc-XXXXXX directory.
class Lab
{
public:
    QString dir;
    QString script;
    QString ctlPath;
    QStringList fleets;
    QSslConfiguration tls;
    int subnet = 0;

    QString up(int subnet_, int fleetCount, int workers)
    {
        subnet = subnet_;
        script = qEnvironmentVariable("FLEETLAB", QStringLiteral(FLEETDECK_LAB_DIR "/fleetlab"));
        if (!QFileInfo(script).isExecutable())
            return script + QStringLiteral(" is not executable");
        ctlPath = qEnvironmentVariable("FLEETDECK_BINARY_DIR", QStringLiteral(FLEETDECK_BINARY_DIR)) +
                  QStringLiteral("/app/fleetdeckctl/fleetdeckctl");
        if (!QFileInfo(ctlPath).isExecutable())
            return ctlPath + QStringLiteral(" is not built (cmake --build … --target fleetdeckctl)");
        m_tmp = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/fc-XXXXXX"));
        if (!m_tmp->isValid())
            return QStringLiteral("no temporary directory");
        dir = m_tmp->path();
        m_up = true;
        const Run r = run(script,
                          {QStringLiteral("up"), dir, QStringLiteral("--fleets"), QString::number(fleetCount),
                           QStringLiteral("--workers"), QString::number(workers), QStringLiteral("--spare"),
                           QStringLiteral("0"), QStringLiteral("--subnet"), QString::number(subnet)},
                          120000);
        if (r.exitCode != 0)
            return QStringLiteral("fleetlab up failed: ") + r.out + r.err;
        QFile ca(dir + QStringLiteral("/ca/ca.pem"));
        if (!ca.open(QIODevice::ReadOnly))
            return QStringLiteral("no lab CA");
        tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
        const QJsonObject inv =
            QJsonDocument::fromJson(readFile(dir + QStringLiteral("/inventory.json"))).object();
        for (const QJsonValue& s : inv.value(QStringLiteral("servers")).toArray())
            fleets << s.toObject().value(QStringLiteral("name")).toString();
        return {};
    }

    /// Takes the lab down (fleetlab down); returns its output when it failed.
    QString down()
    {
        if (!m_up)
            return {};
        m_up = false;
        const Run r = run(script, {QStringLiteral("down"), dir}, 60000);
        return r.exitCode == 0 ? QString() : r.out + r.err;
    }

    Run again() const { return run(script, {QStringLiteral("up"), dir}, 60000); }

    QString hostDir(int fleet) const { return dir + QStringLiteral("/hosts/") + fleets.at(fleet - 1); }
    QString ip(int fleet) const { return QStringLiteral("127.%1.1.%2").arg(subnet).arg(fleet); }
    QString conf(int fleet) const
    {
        return hostDir(fleet) + QStringLiteral("/etc/nginx/conf.d/voxcore.conf");
    }
    QString env(int fleet) const { return hostDir(fleet) + QStringLiteral("/opt/voxcore/.env"); }
    QString faults(int fleet) const { return hostDir(fleet) + QStringLiteral("/etc/fleetlab/faults"); }
    QString auditDb() const { return dir + QStringLiteral("/audit.sqlite"); }

    Run ctl(const QStringList& args, int timeoutMs = 120000) const
    {
        return ctlWith(dir + QStringLiteral("/inventory.json"), args, timeoutMs);
    }

    Run ctlWith(const QString& inventory, const QStringList& args, int timeoutMs = 120000) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLEETDECK_AUDIT_DB"), auditDb());
        return run(ctlPath, QStringList{QStringLiteral("--inventory"), inventory} + args, timeoutMs, env);
    }

    /// "SHA256:…" of a fleet's host key, as ssh-keygen -lf prints it.
    QString hostKeyFingerprint(int fleet) const
    {
        const Run r =
            run(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-lf"), hostDir(fleet) + QStringLiteral("/etc/ssh/ssh_host_ed25519_key.pub")},
                10000);
        return r.out.section(QLatin1Char(' '), 1, 1);
    }

    /// Running voxcore@N of a fleet (pid files of live processes).
    QMap<int, qint64> runningWorkers(int fleet) const
    {
        QMap<int, qint64> out;
        const QRegularExpression re(QStringLiteral("^voxcore@(\\d+)\\.pid$"));
        for (const QString& f : QDir(hostDir(fleet) + QStringLiteral("/run")).entryList(QDir::Files)) {
            const auto m = re.match(f);
            if (!m.hasMatch())
                continue;
            if (const qint64 pid = alivePid(hostDir(fleet) + QStringLiteral("/run/") + f))
                out.insert(m.captured(1).toInt(), pid);
        }
        return out;
    }

    QStringList enabledUnits(int fleet) const
    {
        return QDir(hostDir(fleet) + QStringLiteral("/etc/systemd/system/multi-user.target.wants"))
            .entryList(QDir::Files | QDir::System, QDir::Name);
    }

    QJsonObject health(int fleet) const
    {
        const Run r = run(QStringLiteral("curl"),
                          {QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("5"),
                           QStringLiteral("--cacert"), dir + QStringLiteral("/ca/ca.pem"),
                           QStringLiteral("https://%1:8443/health/fleet").arg(ip(fleet))},
                          10000);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    /// A WebSocket call held open straight on a worker's socket.
    std::unique_ptr<QLocalSocket> directCall(int fleet, int worker, const QString& callId) const
    {
        auto sock = std::make_unique<QLocalSocket>();
        sock->connectToServer(hostDir(fleet) + QStringLiteral("/run/voxcore_%1.sock").arg(worker));
        if (!sock->waitForConnected(3000))
            return {};
        sock->write(wsHandshake("/attach?hold=120&call_id=" + callId.toUtf8(), "localhost"));
        if (readStatus(sock.get(), 5000) != 101)
            return {};
        return sock;
    }

    /// A WebSocket call through the fleet's nginx (TLS :8443, /attach, 429 retries).
    std::unique_ptr<QSslSocket> nginxCall(int fleet, const QString& callId, int* status) const
    {
        auto sock = std::make_unique<QSslSocket>();
        sock->setSslConfiguration(tls);
        sock->connectToHostEncrypted(ip(fleet), 8443);
        *status = -1;
        if (!sock->waitForEncrypted(5000))
            return sock;
        sock->write(wsHandshake("/attach?hold=120&call_id=" + callId.toUtf8(), ip(fleet).toUtf8()));
        *status = readStatus(sock.get(), 8000);
        return sock;
    }

    /// The last audit record.
    std::optional<fleetdeck::AuditRecord> lastAudit() const
    {
        fleetdeck::AuditLog log(auditDb());
        if (!log.open())
            return std::nullopt;
        const QList<fleetdeck::AuditRecord> recent = log.recent(1);
        if (recent.isEmpty())
            return std::nullopt;
        return log.record(recent.first().id);
    }

    ~Lab() { down(); }

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    bool m_up = false;
};

} // namespace changelab
