#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <optional>

namespace fleetdeck {

/// What was read from one fleet server; a source that could not be read is nullopt.
struct DriftInputs
{
    std::optional<QSet<int>> runningUnits;     ///< N of running voxcore@N (systemctl list-units)
    std::optional<QList<int>> upstreamWorkers; ///< socket numbers in the nginx upstream
    std::optional<int> envWorkers;             ///< VOXCORE_WORKERS in .env
    std::optional<int> healthConfigured;       ///< health endpoint: workers_configured
    QMap<int, QString> workerStates;           ///< health endpoint: id → idle/busy/starting/draining/down

    QString unitTemplate = QStringLiteral("voxcore@{n}");
    QString socketTemplate = QStringLiteral("/tmp/voxcore_{n}.sock");
    QString envVar = QStringLiteral("VOXCORE_WORKERS");
    QString envFile = QStringLiteral("/opt/voxcore/.env");
};

} // namespace fleetdeck
