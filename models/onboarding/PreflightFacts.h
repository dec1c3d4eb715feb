#pragma once

#include <QByteArray>
#include <QString>

namespace fleetdeck {

/// What preflight read on the new host (raw command outputs), so the verdicts are
/// a pure function unit tests can feed.
struct PreflightFacts
{
    QByteArray meminfo;      ///< /proc/meminfo
    int nginxExit = -1;      ///< nginx -v
    QByteArray nginxVersion; ///< its stderr/stdout: "nginx version: nginx/1.22.1"
    int unitExit = -1;       ///< systemctl cat <svc>@.service
    QByteArray unitText;
    bool envExists = false;
    QByteArray envText;
    int dfExit = -1; ///< df -Pk <dir>
    QByteArray dfText;
    bool nginxConfigExists = false;
    QByteArray nginxConfigText;
    bool nginxRoutesExists = false;
    QByteArray nginxRoutesText;
    QByteArray runningUnits; ///< systemctl list-units '<svc>@*' --plain --no-legend
    bool bridgeTokenSet = false;
    QString bridgeTokenEnv;
};

} // namespace fleetdeck
