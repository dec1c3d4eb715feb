#pragma once

#include "fleet/Inventory.h"
#include "health/HealthSnapshot.h"

#include <QList>
#include <QString>

namespace fleetdeck::test {

/// A fleet for the GUI tests that need no server: an inventory of servers named like the
/// lab's (fleet-<zone>-<k>), built through the real InventoryParser so every default is the
/// product's, and health snapshots of HealthServer::referenceDocument received now.
class TestFleet
{
public:
    struct Server
    {
        QString name; ///< fleet-<zone>-<k>: the zone is the part between
        QString host = QStringLiteral("127.0.0.1");
        int ramMb = 0; ///< 0: the inventory's default
    };

    /// The inventory of these servers; its zones are theirs in order of first appearance,
    /// named by zoneName(). A fixture that does not parse aborts the test.
    static Inventory inventory(const QList<Server>& servers);
    /// "uk" → "United Kingdom", "us-east" → "USA East", "de" → "Germany", else the id.
    static QString zoneName(const QString& id);
    /// The reference health document of `configured` workers, `busy` of them busy, parsed,
    /// received now.
    static HealthSnapshot snapshot(int configured, int busy, qint64 callsStarted = 100);
};

} // namespace fleetdeck::test
