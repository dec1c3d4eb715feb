#pragma once

#include "health/HealthSnapshot.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

namespace fleetdeck {

/// What a planner needs to know about one server, read live (RemoteStateReader)
/// or built by hand in a unit test.
struct RemoteState
{
    QByteArray nginxConfig;                ///< content of ServiceNames::nginxConfig
    QByteArray envFile;                    ///< content of ServiceNames::envFile
    std::optional<QSet<int>> runningUnits; ///< N of running <service>@N; nullopt: not read
    std::optional<HealthSnapshot> health;  ///< nullopt: not read or not answering
    QString healthError;                   ///< why health is missing
};

} // namespace fleetdeck
