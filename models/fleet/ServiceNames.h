#pragma once

#include <QString>

namespace fleetdeck {

/// Every name derived from a deployment's service name (`voxcore`, `cxbcore`, …).
/// Each is overridable in the inventory; the defaults follow the seed guides.
struct ServiceNames
{
    QString name = QStringLiteral("voxcore");
    QString unitTemplate;   ///< e.g. "voxcore@{n}"
    QString socketPath;     ///< e.g. "/tmp/voxcore_{n}.sock"
    QString upstream;       ///< e.g. "voxcore_workers"
    QString envVar;         ///< e.g. "VOXCORE_WORKERS"
    QString envFile;        ///< e.g. "/opt/voxcore/.env"
    QString nginxConfig;    ///< e.g. "/etc/nginx/conf.d/voxcore.conf"
    QString nginxRoutes;    ///< e.g. "/etc/nginx/default.d/voxcore-routes.conf"

    /// Fills every empty field from `name`.
    void deriveDefaults();

    QString unitFor(int worker) const;   ///< "voxcore@17"
    QString socketFor(int worker) const; ///< "/tmp/voxcore_17.sock"

    static QString defaultUnitTemplate(const QString& name);
    static QString defaultSocketPath(const QString& name);
    static QString defaultUpstream(const QString& name);
    static QString defaultEnvVar(const QString& name);
    static QString defaultEnvFile(const QString& name);
    static QString defaultNginxConfig(const QString& name);
    static QString defaultNginxRoutes(const QString& name);
};

} // namespace fleetdeck
