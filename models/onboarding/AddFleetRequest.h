#pragma once

#include "fleet/ServerSpec.h"

#include <QString>
#include <QStringList>

namespace fleetdeck {

class Inventory;

/// What the operator asks for when adding a fleet server: the host and how to log
/// in, its zone and size, and (optional) the service path overrides of an inventory
/// server entry. Empty fields take the inventory's values (SSH key, known_hosts,
/// TLS CA of its first server; the service's derived names).
struct AddFleetRequest
{
    QString name;
    QString host;
    QString zone;
    QString sshUser; ///< empty: the inventory's first server's user
    int sshPort = 0; ///< 0: the inventory's first server's port
    int workers = 16;
    int ramMb = 8192;
    QString service = QStringLiteral("voxcore");
    QString trustHostKey; ///< SHA256:… the host key must have (CLI)
    // Per-host overrides (inventory `service` / `health_url` / `tls` fields).
    QString unitTemplate;
    QString socketPath;
    QString envFile;
    QString nginxConfig;
    QString nginxRoutes;
    QString healthUrl;
    QString caFile;
    QString identityFile;
    QString lockFile; ///< the host's change lock file (inventory `lock_file`); empty: the SSH layer's default
    // Where the change is registered.
    QString ingress;        ///< ingress name; empty: the inventory's first
    QString ingressAddress; ///< address the ingress reaches the fleet at; empty: host
    QString verifyUrl; ///< WSS URL of the ingress for the test call; empty: https://<ingress host>/attach

    /// Every problem with the request (JSON-path-like field names), empty when valid.
    QStringList validate(const Inventory& inventory) const;
    /// The inventory server entry the new fleet will have.
    ServerSpec toServerSpec(const Inventory& inventory) const;
    /// The address add-fleet.sh registers.
    QString effectiveIngressAddress() const { return ingressAddress.isEmpty() ? host : ingressAddress; }
};

} // namespace fleetdeck
