#include "onboarding/AddFleetPlanner.h"

#include "config/NginxTemplates.h"
#include "config/SocketTemplate.h"
#include "config/UnifiedDiff.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace fleetdeck {

namespace {

// For the free functions below: lupdate files their tr() calls under the enclosing namespace
// (fleetdeck); the class's own members use its Q_DECLARE_TR_FUNCTIONS tr().
QString tr(const char* s, const char* c = nullptr, int n = -1)
{
    return QCoreApplication::translate("fleetdeck", s, c, n);
}

QString normalized(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

PreflightCheck memoryCheck(const PreflightFacts& facts, const ServerSpec& spec, int workers)
{
    PreflightCheck c{QStringLiteral("memory"), tr("Memory budget"), true, {}, {}, false};
    const QLocale l;
    const int safe = spec.safeWorkerCount();
    const int detected = AddFleetPlanner::memTotalMb(facts.meminfo);
    c.detail = tr("%1 workers × %2 MB = %3 MB against %4 MB (%5 % of %6 MB); the safe count is %7")
                   .arg(workers)
                   .arg(spec.workerIdleMb)
                   .arg(l.toString(qint64(workers) * spec.workerIdleMb))
                   .arg(l.toString(spec.memoryBudgetMb()))
                   .arg(spec.memoryBudgetPercent())
                   .arg(l.toString(spec.ramMb))
                   .arg(safe);
    if (detected > 0)
        c.detail += tr("; the host reports %1 MB").arg(l.toString(detected));
    if (!spec.fitsMemoryBudget(workers)) {
        c.ok = false;
        c.refusal = true;
        c.fix = tr("use --workers %1 (the safe count) or add RAM first").arg(safe);
    } else if (detected > 0 && detected < spec.ramMb * 9 / 10) {
        c.ok = false;
        c.refusal = true;
        c.fix = tr("the host has less RAM than --ram-mb %1: pass its real size (--ram-mb %2)")
                    .arg(spec.ramMb)
                    .arg(detected);
    }
    return c;
}

} // namespace

int AddFleetPlanner::memTotalMb(const QByteArray& meminfo)
{
    const auto m =
        QRegularExpression(QStringLiteral("^MemTotal:\\s+(\\d+)\\s*kB"), QRegularExpression::MultilineOption)
            .match(QString::fromLatin1(meminfo));
    return m.hasMatch() ? int(m.captured(1).toLongLong() / 1024) : -1;
}

QString AddFleetPlanner::nginxVersion(const QByteArray& output)
{
    const auto m =
        QRegularExpression(QStringLiteral("nginx version: \\S*?/(\\S+)")).match(QString::fromLatin1(output));
    return m.hasMatch() ? m.captured(1) : QString();
}

qint64 AddFleetPlanner::dfAvailableKb(const QByteArray& output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    if (lines.size() < 2)
        return -1;
    const QList<QByteArray> fields = lines.last().simplified().split(' ');
    if (fields.size() < 6)
        return -1;
    bool ok = false;
    const qint64 kb = fields.at(3).toLongLong(&ok);
    return ok ? kb : -1;
}

QStringList AddFleetPlanner::runningUnits(const QByteArray& output)
{
    QStringList units;
    for (const QByteArray& line : output.split('\n')) {
        const QByteArray unit = line.simplified().split(' ').value(0);
        if (!unit.isEmpty())
            units << QString::fromUtf8(unit);
    }
    return units;
}

QString AddFleetPlanner::serviceDir(const ServerSpec& spec)
{
    return QFileInfo(spec.service.envFile).path();
}

QList<PreflightCheck> AddFleetPlanner::preflight(const PreflightFacts& facts, const ServerSpec& spec,
                                                 int workers)
{
    QList<PreflightCheck> checks;
    checks << memoryCheck(facts, spec, workers);

    PreflightCheck nginx{QStringLiteral("nginx"), tr("nginx installed"), false, {}, {}, false};
    const QString version = nginxVersion(facts.nginxVersion);
    nginx.ok = facts.nginxExit == 0 && !version.isEmpty();
    nginx.detail = nginx.ok ? tr("nginx %1").arg(version) : QString::fromUtf8(facts.nginxVersion).trimmed();
    if (!nginx.ok)
        nginx.fix = tr("install nginx (apt-get install nginx) with the TLS server block that includes %1")
                        .arg(QFileInfo(spec.service.nginxRoutes).path() + QStringLiteral("/*.conf"));
    checks << nginx;

    const QString templateUnit =
        QString(spec.service.unitTemplate).replace(QStringLiteral("{n}"), QString()) +
        QStringLiteral(".service");
    PreflightCheck unit{
        QStringLiteral("unit"), tr("unit template %1").arg(templateUnit), facts.unitExit == 0, {}, {}, false};
    unit.detail = unit.ok ? QString::fromUtf8(facts.unitText.split('\n').value(0)).trimmed()
                          : QString::fromUtf8(facts.unitText).trimmed();
    if (!unit.ok)
        unit.fix = tr("install the service's systemd template (/etc/systemd/system/%1), then systemctl "
                      "daemon-reload")
                       .arg(templateUnit);
    checks << unit;

    PreflightCheck env{
        QStringLiteral("env"), tr(".env %1").arg(spec.service.envFile), facts.envExists, {}, {}, false};
    env.detail = facts.envExists ? tr("%n byte(s)", nullptr, int(facts.envText.size())) : tr("missing");
    if (!env.ok)
        env.fix =
            tr("deploy the service (same code and .env as the other fleets) to %1").arg(serviceDir(spec));
    checks << env;

    const qint64 freeKb = dfAvailableKb(facts.dfText);
    PreflightCheck disk{QStringLiteral("disk"),
                        tr("free disk under %1").arg(serviceDir(spec)),
                        facts.dfExit == 0 && freeKb >= kMinFreeKb,
                        {},
                        {},
                        false};
    disk.detail = freeKb >= 0 ? tr("%1 MB free").arg(QLocale().toString(freeKb / 1024))
                              : QString::fromUtf8(facts.dfText).trimmed();
    if (!disk.ok)
        disk.fix = tr("free at least %1 MB (logs, old releases)").arg(kMinFreeKb / 1024);
    checks << disk;

    PreflightCheck files{QStringLiteral("nginx-files"), tr("no upstream or routes yet"), true, {}, {}, false};
    QStringList present;
    if (facts.nginxConfigExists && !facts.nginxConfigText.trimmed().isEmpty())
        present << spec.service.nginxConfig;
    if (facts.nginxRoutesExists && !facts.nginxRoutesText.trimmed().isEmpty())
        present << spec.service.nginxRoutes;
    files.ok = present.isEmpty();
    files.detail = files.ok ? tr("%1 and %2 are new").arg(spec.service.nginxConfig, spec.service.nginxRoutes)
                            : tr("already there: %1").arg(present.join(QStringLiteral(", ")));
    if (!files.ok)
        files.fix =
            tr("this host already has nginx files for %1: it is not a new fleet (use add-workers), or "
               "move them away")
                .arg(spec.service.name);
    checks << files;

    const QStringList running = runningUnits(facts.runningUnits);
    PreflightCheck units{
        QStringLiteral("workers"), tr("no worker running yet"), running.isEmpty(), {}, {}, false};
    units.detail = running.isEmpty() ? tr("none") : running.join(QStringLiteral(" "));
    if (!units.ok)
        units.fix = tr("stop them (systemctl stop %1) or treat this host as an existing fleet")
                        .arg(running.join(QLatin1Char(' ')));
    checks << units;

    PreflightCheck token{
        QStringLiteral("bridge-token"), tr("bridge token"), facts.bridgeTokenSet, {}, {}, false};
    token.detail = facts.bridgeTokenSet ? tr("$%1 is set").arg(facts.bridgeTokenEnv)
                                        : tr("$%1 is not set").arg(facts.bridgeTokenEnv);
    if (!token.ok)
        token.fix =
            tr("export %1 with the bridge's API token (it is never printed or stored)")
                .arg(facts.bridgeTokenEnv.isEmpty() ? QStringLiteral("the variable named by bridge.token_env")
                                                    : facts.bridgeTokenEnv);
    checks << token;
    return checks;
}

bool AddFleetPlanner::passed(const QList<PreflightCheck>& checks, bool* refused)
{
    bool ok = true;
    bool refusal = false;
    for (const PreflightCheck& c : checks) {
        if (!c.ok) {
            ok = false;
            refusal = refusal || c.refusal;
        }
    }
    if (refused)
        *refused = refusal;
    return ok;
}

ConfigResult<QByteArray> AddFleetPlanner::upstreamFile(const ServerSpec& spec, int workers)
{
    const ConfigResult<SocketTemplate> sockets = SocketTemplate::fromPattern(spec.service.socketPath);
    if (!sockets.ok())
        return sockets.error();
    return NginxTemplates::upstreamBlock(spec.service.upstream, sockets.value(), workers);
}

ConfigResult<QByteArray> AddFleetPlanner::routesFile(const ServerSpec& spec)
{
    return NginxTemplates::routes(spec.service.upstream);
}

QString AddFleetPlanner::baseUrl(const QUrl& healthUrl)
{
    QUrl u;
    u.setScheme(healthUrl.scheme().isEmpty() ? QStringLiteral("https") : healthUrl.scheme());
    u.setHost(healthUrl.host());
    const int defaultPort = u.scheme() == QLatin1String("http") ? 80 : 443;
    if (healthUrl.port() > 0 && healthUrl.port() != defaultPort)
        u.setPort(healthUrl.port());
    return u.toString(QUrl::FullyEncoded);
}

bool AddFleetPlanner::listContains(const QStringList& list, const QString& url)
{
    for (const QString& s : list) {
        if (normalized(s) == normalized(url))
            return true;
    }
    return false;
}

QStringList AddFleetPlanner::bridgeListAfter(const QStringList& before, const QString& url)
{
    QStringList after = before;
    if (!listContains(before, url))
        after << url;
    return after;
}

QByteArray AddFleetPlanner::bridgeListDiff(const QStringList& before, const QStringList& after,
                                           const QString& label)
{
    auto text = [](const QStringList& l) {
        QByteArray t;
        for (const QString& s : l)
            t += s.toUtf8() + '\n';
        return t;
    };
    return UnifiedDiff::diff(text(before), text(after), label);
}

QByteArray AddFleetPlanner::inventorySnippet(const ServerSpec& spec)
{
    QJsonObject ssh{{QStringLiteral("user"), spec.ssh.user}, {QStringLiteral("port"), spec.ssh.port}};
    if (!spec.ssh.identityFiles.isEmpty())
        ssh.insert(QStringLiteral("identity_files"), QJsonArray::fromStringList(spec.ssh.identityFiles));
    if (!spec.ssh.knownHostsFile.isEmpty())
        ssh.insert(QStringLiteral("known_hosts"), spec.ssh.knownHostsFile);
    if (spec.ssh.become != SshSettings::Become::Auto)
        ssh.insert(QStringLiteral("become"), spec.ssh.become == SshSettings::Become::Sudo
                                                 ? QStringLiteral("sudo")
                                                 : QStringLiteral("none"));
    QJsonObject service{{QStringLiteral("name"), spec.service.name}};
    const ServiceNames d = [&] {
        ServiceNames n;
        n.name = spec.service.name;
        n.deriveDefaults();
        return n;
    }();
    auto over = [&](const char* key, const QString& value, const QString& def) {
        if (value != def)
            service.insert(QLatin1String(key), value);
    };
    over("unit_template", spec.service.unitTemplate, d.unitTemplate);
    over("socket_path", spec.service.socketPath, d.socketPath);
    over("upstream", spec.service.upstream, d.upstream);
    over("env_var", spec.service.envVar, d.envVar);
    over("env_file", spec.service.envFile, d.envFile);
    over("nginx_config", spec.service.nginxConfig, d.nginxConfig);
    over("nginx_routes", spec.service.nginxRoutes, d.nginxRoutes);
    QJsonObject o{{QStringLiteral("name"), spec.name},
                  {QStringLiteral("host"), spec.host},
                  {QStringLiteral("zone"), spec.zone},
                  {QStringLiteral("ssh"), ssh},
                  {QStringLiteral("health_url"), spec.healthUrl.toString()},
                  {QStringLiteral("ram_mb"), spec.ramMb},
                  {QStringLiteral("service"), service}};
    if (!spec.tls.caFile.isEmpty())
        o.insert(QStringLiteral("tls"), QJsonObject{{QStringLiteral("ca_file"), spec.tls.caFile}});
    if (!spec.lockFile.isEmpty())
        o.insert(QStringLiteral("lock_file"), spec.lockFile);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int AddFleetPlanner::haproxyOpState(const QByteArray& output, const QString& backend, const QString& server)
{
    // "show servers state": "1" (format) then "# be_id be_name srv_id srv_name srv_addr srv_op_state …"
    for (const QByteArray& raw : output.split('\n')) {
        const QByteArray line = raw.simplified();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 6)
            continue;
        if (QString::fromUtf8(f.at(1)) == backend && QString::fromUtf8(f.at(3)) == server) {
            bool ok = false;
            const int state = f.at(5).toInt(&ok);
            return ok ? state : -1;
        }
    }
    return -1;
}

} // namespace fleetdeck
