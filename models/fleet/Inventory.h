#pragma once

#include "fleet/BridgeSpec.h"
#include "fleet/IngressSpec.h"
#include "fleet/ServerSpec.h"
#include "fleet/ZoneSpec.h"

#include <QList>
#include <QString>

namespace fleetdeck {

/// A validated inventory: zones, fleet servers, ingresses and the bridge.
/// Only InventoryParser creates one from a file; everything in it has passed
/// the checks of InputValidation.
class Inventory
{
public:
    QList<ZoneSpec> zones;
    QList<ServerSpec> servers;
    QList<IngressSpec> ingresses;
    BridgeSpec bridge;
    QString sourcePath;

    const ServerSpec* server(const QString& name) const;
    const ZoneSpec* zone(const QString& id) const;
    const IngressSpec* ingress(const QString& name) const;
    QList<const ServerSpec*> serversInZone(const QString& zoneId) const;
    /// Zone display name, falling back to its id.
    QString zoneName(const QString& zoneId) const;
};

} // namespace fleetdeck
