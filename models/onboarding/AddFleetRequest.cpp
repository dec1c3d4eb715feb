#include "onboarding/AddFleetRequest.h"

#include "config/AddFleetPreview.h"
#include "fleet/InputValidation.h"
#include "fleet/Inventory.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetdeck {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("fleetdeck::AddFleetRequest", s);
}

void checkPath(QStringList& errors, const QString& field, const QString& value, bool placeholder = false)
{
    if (value.isEmpty())
        return;
    const QString problem = InputValidation::remotePathProblem(value, placeholder);
    if (!problem.isEmpty())
        errors << QStringLiteral("%1: %2").arg(field, problem);
}

} // namespace

QStringList AddFleetRequest::validate(const Inventory& inventory) const
{
    QStringList errors;
    if (!InputValidation::isName(name))
        errors << tr("name: not a server name ([a-z0-9][a-z0-9-]*, at most 63)");
    else if (inventory.server(name))
        errors << tr("name: %1 is already in the inventory").arg(name);
    if (!InputValidation::isHost(host))
        errors << tr("host: not a hostname or IP address");
    else if (!AddFleetPreview::isValidHost(effectiveIngressAddress()))
        errors << tr("host: add-fleet.sh takes an IPv4 address or a DNS name");
    for (const ServerSpec& s : inventory.servers) {
        if (s.host == host)
            errors << tr("host: %1 is already in the inventory (%2)").arg(host, s.name);
    }
    if (!ingressAddress.isEmpty() && !InputValidation::isHost(ingressAddress))
        errors << tr("ingress_address: not a hostname or IP address");
    if (!zone.isEmpty() && !inventory.zone(zone))
        errors << tr("zone: %1 is not a zone of the inventory").arg(zone);
    if (zone.isEmpty() && inventory.zones.isEmpty())
        errors << tr("zone: the inventory has no zone");
    if (!sshUser.isEmpty() && !InputValidation::isUserName(sshUser))
        errors << tr("ssh.user: not a login name");
    if (sshPort < 0 || sshPort > 65535)
        errors << tr("ssh.port: not a port number");
    if (workers < 1 || workers > 4096)
        errors << tr("workers: must be 1..4096");
    if (ramMb < 256 || ramMb > 16 * 1024 * 1024)
        errors << tr("ram_mb: must be 256..16777216");
    if (!InputValidation::isServiceName(service))
        errors << tr("service.name: not a service name");
    if (!trustHostKey.isEmpty() &&
        !QRegularExpression(QStringLiteral("^SHA256:[A-Za-z0-9+/]{43}$")).match(trustHostKey).hasMatch())
        errors << tr("trust_host_key: a fingerprint as ssh-keygen -lf prints it (SHA256:…)");
    checkPath(errors, QStringLiteral("service.socket_path"), socketPath, true);
    checkPath(errors, QStringLiteral("service.env_file"), envFile);
    checkPath(errors, QStringLiteral("service.nginx_config"), nginxConfig);
    checkPath(errors, QStringLiteral("service.nginx_routes"), nginxRoutes);
    checkPath(errors, QStringLiteral("lock_file"), lockFile);
    if (!unitTemplate.isEmpty() &&
        !QRegularExpression(QStringLiteral("^[a-z][a-z0-9_-]{0,31}@\\{n\\}$")).match(unitTemplate).hasMatch())
        errors << tr("service.unit_template: NAME@{n}");
    if (!socketPath.isEmpty() && !socketPath.contains(QLatin1String("{n}")))
        errors << tr("service.socket_path: needs {n}");
    if (!healthUrl.isEmpty()) {
        const QString problem = InputValidation::urlProblem(healthUrl);
        if (!problem.isEmpty())
            errors << QStringLiteral("health_url: %1").arg(problem);
    }
    if (!verifyUrl.isEmpty()) {
        const QString problem = InputValidation::urlProblem(verifyUrl);
        if (!problem.isEmpty())
            errors << QStringLiteral("verify_url: %1").arg(problem);
    }
    for (const auto& [field, value] : {std::pair{QStringLiteral("tls.ca_file"), caFile},
                                       std::pair{QStringLiteral("ssh.identity_files"), identityFile}}) {
        if (value.isEmpty())
            continue;
        const QString problem = InputValidation::localPathProblem(value);
        if (!problem.isEmpty())
            errors << QStringLiteral("%1: %2").arg(field, problem);
    }
    if (inventory.ingresses.isEmpty())
        errors << tr("ingresses: the inventory has no ingress to register the fleet with");
    else if (!ingress.isEmpty() && !inventory.ingress(ingress))
        errors << tr("ingress: %1 is not an ingress of the inventory").arg(ingress);
    if (!inventory.bridge.isConfigured())
        errors << tr("bridge: the inventory has no bridge settings_url");
    return errors;
}

ServerSpec AddFleetRequest::toServerSpec(const Inventory& inventory) const
{
    ServerSpec s;
    if (!inventory.servers.isEmpty()) {
        const ServerSpec& first = inventory.servers.first();
        s.ssh = first.ssh;
        s.tls = first.tls;
        s.workerIdleMb = first.workerIdleMb;
        s.channelLimit = first.channelLimit;
        s.cpsLimit = first.cpsLimit;
        s.memoryHeadroomPercent = first.memoryHeadroomPercent; // the operator's setting
    }
    s.tls.pinnedSha256.clear(); // a pin belongs to one server's certificate
    s.name = name;
    s.host = host;
    s.zone = zone.isEmpty() && !inventory.zones.isEmpty() ? inventory.zones.first().id : zone;
    if (!sshUser.isEmpty())
        s.ssh.user = sshUser;
    if (sshPort > 0)
        s.ssh.port = sshPort;
    if (!identityFile.isEmpty())
        s.ssh.identityFiles = {identityFile};
    if (!caFile.isEmpty())
        s.tls.caFile = caFile;
    s.ramMb = ramMb;
    s.service = ServiceNames{};
    s.service.name = service;
    s.service.unitTemplate = unitTemplate;
    s.service.socketPath = socketPath;
    s.service.envFile = envFile;
    s.service.nginxConfig = nginxConfig;
    s.service.nginxRoutes = nginxRoutes;
    s.service.deriveDefaults();
    QUrl url(healthUrl);
    if (healthUrl.isEmpty()) {
        url.setScheme(QStringLiteral("https"));
        url.setHost(host);
        url.setPath(QStringLiteral("/health/fleet"));
    }
    s.healthUrl = url;
    s.lockFile = lockFile;
    return s;
}

} // namespace fleetdeck
