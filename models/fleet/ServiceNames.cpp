#include "fleet/ServiceNames.h"

namespace fleetdeck {

namespace {
const QString kPlaceholder = QStringLiteral("{n}");
}

QString ServiceNames::defaultUnitTemplate(const QString& name) { return name + QStringLiteral("@{n}"); }
QString ServiceNames::defaultSocketPath(const QString& name) { return QStringLiteral("/tmp/") + name + QStringLiteral("_{n}.sock"); }
QString ServiceNames::defaultUpstream(const QString& name) { return name + QStringLiteral("_workers"); }
QString ServiceNames::defaultEnvVar(const QString& name)
{
    QString upper = name.toUpper();
    upper.replace(QLatin1Char('-'), QLatin1Char('_'));
    return upper + QStringLiteral("_WORKERS");
}
QString ServiceNames::defaultEnvFile(const QString& name) { return QStringLiteral("/opt/") + name + QStringLiteral("/.env"); }
QString ServiceNames::defaultNginxConfig(const QString& name)
{
    return QStringLiteral("/etc/nginx/conf.d/") + name + QStringLiteral(".conf");
}
QString ServiceNames::defaultNginxRoutes(const QString& name)
{
    return QStringLiteral("/etc/nginx/default.d/") + name + QStringLiteral("-routes.conf");
}

void ServiceNames::deriveDefaults()
{
    auto fill = [](QString& field, const QString& value) {
        if (field.isEmpty())
            field = value;
    };
    fill(unitTemplate, defaultUnitTemplate(name));
    fill(socketPath, defaultSocketPath(name));
    fill(upstream, defaultUpstream(name));
    fill(envVar, defaultEnvVar(name));
    fill(envFile, defaultEnvFile(name));
    fill(nginxConfig, defaultNginxConfig(name));
    fill(nginxRoutes, defaultNginxRoutes(name));
}

QString ServiceNames::unitFor(int worker) const
{
    QString unit = unitTemplate;
    return unit.replace(kPlaceholder, QString::number(worker));
}

QString ServiceNames::socketFor(int worker) const
{
    QString path = socketPath;
    return path.replace(kPlaceholder, QString::number(worker));
}

} // namespace fleetdeck
