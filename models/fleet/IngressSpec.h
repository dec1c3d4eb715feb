#pragma once

#include "fleet/SshSettings.h"

#include <QString>

namespace fleetdeck {

/// An HAProxy WSS ingress host. Fleets are added only through its add-fleet.sh.
struct IngressSpec
{
    QString name;
    QString host;
    SshSettings ssh;
    QString addFleetScript = QStringLiteral("/usr/local/bin/add-fleet.sh");
    QString haproxyConfig = QStringLiteral("/etc/haproxy/haproxy.cfg");
    QString adminSocket = QStringLiteral("/run/haproxy/admin.sock");
    QString backend;
    /// The remote file `flock`ed while onboarding changes the ingress (empty: the SSH
    /// layer's default, /run/lock/fleetdeck.lock), as ServerSpec::lockFile.
    QString lockFile;
};

} // namespace fleetdeck
