// Health parse + ingest cost per snapshot, and 1,000 servers polled once a
// second as a fraction of one core (target < 5 %). Baseline in the same run:
// a bare QJsonDocument parse of the same document (the least any client pays).
#include "HealthServer.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/HealthParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <ctime>

using namespace fleetdeck;

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

Inventory inventoryOf(int servers)
{
    QByteArray json = "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\"}, {\"id\": \"us-east\"}], \"servers\": [";
    for (int i = 0; i < servers; ++i) {
        if (i)
            json += ',';
        json += QStringLiteral("{\"name\": \"fleet-%1\", \"host\": \"127.0.%2.%3\", \"zone\": \"%4\"}")
                    .arg(i).arg(i / 250 + 1).arg(i % 250 + 1).arg(i % 2 ? QStringLiteral("uk") : QStringLiteral("us-east"))
                    .toUtf8();
    }
    json += "]}";
    return *InventoryParser::parse(json).inventory;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int kServers = 1000;
    constexpr int kRounds = 20;

    QList<QByteArray> docs;
    for (int i = 0; i < kServers; ++i)
        docs.append(test::HealthServer::referenceDocument(16, i % 17, 1000 + i, QStringLiteral("fleet-%1").arg(i)));

    // Baseline: bare JSON parse.
    double t0 = cpuSeconds();
    qint64 sink = 0;
    for (int r = 0; r < kRounds; ++r) {
        for (const QByteArray& d : docs)
            sink += QJsonDocument::fromJson(d).object().size();
    }
    const double baselinePer = (cpuSeconds() - t0) / (kRounds * kServers);

    // Fleetdeck: validated parse + ingest into FleetState (CPS, metrics stay derivable).
    FleetState state(inventoryOf(kServers));
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    t0 = cpuSeconds();
    for (int r = 0; r < kRounds; ++r) {
        now += 1000;
        for (int i = 0; i < kServers; ++i) {
            auto parsed = HealthParser::parse(docs[i], now);
            parsed.snapshot.callsStartedTotal += r * 3;
            state.applySnapshot(i, parsed.snapshot);
        }
    }
    const double ingestPer = (cpuSeconds() - t0) / (kRounds * kServers);
    // Deriving the whole fleet's numbers once (what a repaint asks for).
    t0 = cpuSeconds();
    for (int r = 0; r < kRounds; ++r)
        sink += state.fleetMetrics(now).busy;
    const double aggregate = (cpuSeconds() - t0) / kRounds;

    const double perSecond = ingestPer * kServers; // CPU seconds per wall second at 1 Hz
    out << QStringLiteral("bare JSON parse (baseline):      %1 us/snapshot\n").arg(baselinePer * 1e6, 0, 'f', 1);
    out << QStringLiteral("parse + validate + ingest:       %1 us/snapshot (%2x baseline)\n")
               .arg(ingestPer * 1e6, 0, 'f', 1).arg(ingestPer / baselinePer, 0, 'f', 2);
    out << QStringLiteral("1,000 servers at 1 Hz:           %1 ms CPU per second = %2 % of one core (target < 5 %)\n")
               .arg(perSecond * 1e3, 0, 'f', 1).arg(perSecond * 100, 0, 'f', 2);
    out << QStringLiteral("fleet aggregate over 1,000:      %1 ms\n").arg(aggregate * 1e3, 0, 'f', 2);
    out << QStringLiteral("(sink %1)\n").arg(sink % 7);
    out.flush();
    return perSecond < 0.05 ? 0 : 1;
}
