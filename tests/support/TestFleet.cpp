#include "TestFleet.h"

#include "HealthServer.h"
#include "fleet/InventoryParser.h"
#include "health/HealthParser.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace fleetdeck::test {

Inventory TestFleet::inventory(const QList<Server>& servers)
{
    static const QRegularExpression fleetName(QStringLiteral("^fleet-(.+)-\\d+$"));
    QStringList zoneIds;
    QJsonArray s;
    for (const Server& server : servers) {
        const QString zone = fleetName.match(server.name).captured(1);
        if (zone.isEmpty())
            qFatal("TestFleet: %s is not named fleet-<zone>-<k>", qPrintable(server.name));
        if (!zoneIds.contains(zone))
            zoneIds << zone;
        QJsonObject o{{QStringLiteral("name"), server.name},
                      {QStringLiteral("host"), server.host},
                      {QStringLiteral("zone"), zone}};
        if (server.ramMb > 0)
            o.insert(QStringLiteral("ram_mb"), server.ramMb);
        s.append(o);
    }
    QJsonArray z;
    for (const QString& id : zoneIds)
        z.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), zoneName(id)}});
    const QJsonObject doc{{QStringLiteral("fleetdeck_inventory"), 1},
                          {QStringLiteral("zones"), z},
                          {QStringLiteral("servers"), s}};
    const InventoryParseResult r = InventoryParser::parse(QJsonDocument(doc).toJson());
    if (!r.ok())
        qFatal("TestFleet: the test inventory does not parse: %s", qPrintable(r.errorText()));
    return *r.inventory;
}

QString TestFleet::zoneName(const QString& id)
{
    static const QHash<QString, QString> names{{QStringLiteral("uk"), QStringLiteral("United Kingdom")},
                                               {QStringLiteral("us-east"), QStringLiteral("USA East")},
                                               {QStringLiteral("de"), QStringLiteral("Germany")}};
    return names.value(id, id);
}

HealthSnapshot TestFleet::snapshot(int configured, int busy, qint64 callsStarted)
{
    HealthSnapshot s =
        HealthParser::parse(HealthServer::referenceDocument(configured, busy, callsStarted)).snapshot;
    s.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    return s;
}

} // namespace fleetdeck::test
