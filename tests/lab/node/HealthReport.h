#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace fleetdeck::lab {

/// Builds the DESIGN §3.2 health document from a host directory:
/// DIR/opt/<service>/.env, DIR/run/<service>@N.pid, DIR/run/<service>_N.state,
/// DIR/etc/nginx/conf.d/<service>.conf.
class HealthReport
{
public:
    struct Options
    {
        QString hostDir;
        QString name;
        QString zone;
        QString service = QStringLiteral("voxcore");
        QString version = QStringLiteral("1.8.2");
        int ramMb = 8192;
        int idleMb = 260;
    };

    explicit HealthReport(const Options& options);

    QByteArray build(qint64 uptimeS) const;

    /// <SERVICE>_WORKERS from an .env text (export prefix, quotes, comments); -1 if absent.
    static int parseWorkersVariable(const QByteArray& envText, const QByteArray& variable);
    /// Worker ids whose socket line in an nginx upstream is marked `down`.
    static QSet<int> parseDownWorkers(const QByteArray& nginxConf, const QString& service);
    static bool processAlive(qint64 pid);

private:
    int configuredWorkers() const;
    QByteArray readSmall(const QString& path) const;

    Options m_options;
};

} // namespace fleetdeck::lab
