#include "fleet/Inventory.h"

namespace fleetdeck {

const ServerSpec* Inventory::server(const QString& name) const
{
    for (const auto& s : servers) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const ZoneSpec* Inventory::zone(const QString& id) const
{
    for (const auto& z : zones) {
        if (z.id == id)
            return &z;
    }
    return nullptr;
}

const IngressSpec* Inventory::ingress(const QString& name) const
{
    for (const auto& i : ingresses) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

QList<const ServerSpec*> Inventory::serversInZone(const QString& zoneId) const
{
    QList<const ServerSpec*> out;
    for (const auto& s : servers) {
        if (s.zone == zoneId)
            out.append(&s);
    }
    return out;
}

QString Inventory::zoneName(const QString& zoneId) const
{
    const ZoneSpec* z = zone(zoneId);
    return z && !z->name.isEmpty() ? z->name : zoneId;
}

} // namespace fleetdeck
