// Shared by the change-engine lab suites (TestChange*.cpp, TestActionDialogs.cpp): a lab
// (LabFixture) in a temporary directory on its own subnet, fleetdeckctl run against it,
// the hosts' files and processes.
#pragma once

#include "LabFixture.h"
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

/// One lab (fleetlab up … --spare 0 --subnet N, LabFixture) in a /tmp/fc-XXXXXX directory,
/// with fleetdeckctl and the hosts' files and processes at hand.
class Lab : public fleetdeck::test::LabFixture
{
public:
    QString ctlPath;

    QString up(int subnet, int fleetCount, int workers)
    {
        ctlPath = qEnvironmentVariable("FLEETDECK_BINARY_DIR", QStringLiteral(FLEETDECK_BINARY_DIR)) +
                  QStringLiteral("/app/fleetdeckctl/fleetdeckctl");
        if (!QFileInfo(ctlPath).isExecutable())
            return ctlPath + QStringLiteral(" is not built (cmake --build … --target fleetdeckctl)");
        return LabFixture::up({.fleets = fleetCount, .workers = workers, .subnet = subnet, .prefix = "fc"});
    }

    using LabFixture::hostDir;
    QString hostDir(int fleet) const { return fleetDir(fleet); }
    QString ip(int fleet) const { return LabFixture::ip(1, fleet); }
    QString conf(int fleet) const
    {
        return hostDir(fleet) + QStringLiteral("/etc/nginx/conf.d/voxcore.conf");
    }
    QString env(int fleet) const { return hostDir(fleet) + QStringLiteral("/opt/voxcore/.env"); }
    QString faults(int fleet) const { return hostDir(fleet) + QStringLiteral("/etc/fleetlab/faults"); }
    QString auditDb() const { return dir() + QStringLiteral("/audit.sqlite"); }

    Run ctl(const QStringList& args, int timeoutMs = 120000) const
    {
        return ctlWith(inventoryPath(), args, timeoutMs);
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
                           QStringLiteral("--cacert"), caPath(),
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
        if (readHttpStatus(sock.get(), 5000) != 101)
            return {};
        return sock;
    }

    /// A WebSocket call through the fleet's nginx (TLS :8443, /attach, 429 retries).
    std::unique_ptr<QSslSocket> nginxCall(int fleet, const QString& callId, int* status) const
    {
        auto sock = std::make_unique<QSslSocket>();
        sock->setSslConfiguration(tls());
        sock->connectToHostEncrypted(ip(fleet), 8443);
        *status = -1;
        if (!sock->waitForEncrypted(5000))
            return sock;
        sock->write(wsHandshake("/attach?hold=120&call_id=" + callId.toUtf8(), ip(fleet).toUtf8()));
        *status = readHttpStatus(sock.get(), 8000);
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
};

} // namespace changelab
