#include "DriftCommand.h"

#include "ExitCode.h"
#include "plan/DriftReader.h"
#include "plan/HealthProbe.h"
#include "plan/SshTargetMapper.h"
#include "remote/HostKeyPolicy.h"
#include "remote/SshError.h"
#include "remote/SshSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace fleetdeck::ctl {

namespace {

QJsonObject toJson(const QString& name, const DriftReport* report, const QString& error)
{
    QJsonObject o{{QStringLiteral("name"), name}};
    if (!report) {
        o.insert(QStringLiteral("error"), error);
        return o;
    }
    o.insert(QStringLiteral("consistent"), report->consistent());
    QJsonArray findings;
    for (const DriftFinding& f : report->findings)
        findings.append(QJsonObject{{QStringLiteral("code"), f.code},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("suggestion"), f.suggestion},
                                    {QStringLiteral("worker"), f.worker}});
    o.insert(QStringLiteral("findings"), findings);
    o.insert(QStringLiteral("unavailable"), QJsonArray::fromStringList(report->unavailable));
    return o;
}

} // namespace

int DriftCommand::run(const Inventory& inventory, const QStringList& names, bool json,
                      const SshSessionFactory& sessions)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList servers = names;
    if (servers.isEmpty()) {
        for (const ServerSpec& s : inventory.servers)
            servers << s.name;
    }
    for (const QString& name : servers) {
        if (!inventory.server(name)) {
            err << tr("fleetdeckctl: no server '%1' in the inventory").arg(name) << '\n';
            return BadInput;
        }
    }
    // Reading changes nothing, but an unknown host key is still never trusted silently.
    const auto policy = std::make_shared<RejectUnknownPolicy>();
    HealthProbe health;
    int exitCode = Done;
    QJsonArray results;
    for (const QString& name : servers) {
        const ServerSpec& spec = *inventory.server(name);
        const std::shared_ptr<SshSession> session = sessions(SshTargetMapper::fromServer(spec), policy);
        try {
            const DriftReport report = DriftReader::read(*session, spec, &health);
            session->close();
            if (!report.consistent() && exitCode == Done)
                exitCode = Failed;
            if (json) {
                results.append(toJson(name, &report, {}));
                continue;
            }
            if (report.consistent()) {
                out << tr("%1: consistent (units, upstream, .env and health agree)").arg(name);
                if (!report.unavailable.isEmpty())
                    out << tr("; not read: %1").arg(report.unavailable.join(QStringLiteral(", ")));
                out << '\n';
            }
            for (const DriftFinding& f : report.findings)
                out << tr("%1: %2 — %3").arg(name, f.message, f.suggestion) << '\n';
        } catch (const SshError& e) {
            session->close();
            const bool hostKey =
                e.kind() == SshError::Kind::HostKeyUnknown || e.kind() == SshError::Kind::HostKeyChanged;
            err << tr("fleetdeckctl: %1: %2").arg(name, e.message()) << '\n';
            if (json)
                results.append(toJson(name, nullptr, e.message()));
            exitCode = hostKey ? Refused : (exitCode == Refused ? Refused : Failed);
        }
    }
    if (json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("servers"), results}})
                   .toJson(QJsonDocument::Indented);
    out.flush();
    return exitCode;
}

} // namespace fleetdeck::ctl
