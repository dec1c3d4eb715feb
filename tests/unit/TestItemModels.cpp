#include "HealthServer.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/HealthParser.h"
#include "items/FleetTreeModel.h"
#include "items/ServerColumns.h"
#include "items/ServerTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace fleetdeck;

namespace {

Inventory inventory()
{
    const QByteArray json =
        "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\", \"name\": \"United Kingdom\"}, {\"id\": \"us-east\"}, {\"id\": \"empty\"}],"
        " \"servers\": [{\"name\": \"uk-1\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"},"
        "               {\"name\": \"use-1\", \"host\": \"127.0.0.1\", \"zone\": \"us-east\"},"
        "               {\"name\": \"uk-2\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"}]}";
    return *InventoryParser::parse(json).inventory;
}

HealthSnapshot snap(int configured, int busy)
{
    HealthSnapshot s = HealthParser::parse(test::HealthServer::referenceDocument(configured, busy, 0)).snapshot;
    s.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    return s;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeStructure()
    {
        FleetState state(inventory());
        FleetTreeModel model(&state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex uk = model.index(0, 0);
        QCOMPARE(uk.data().toString(), QStringLiteral("United Kingdom"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("us-east")); // no display name: the id
        QCOMPARE(model.rowCount(uk), 2);
        QCOMPARE(model.index(1, 0, uk).data().toString(), QStringLiteral("uk-2"));
        QCOMPARE(model.rowCount(model.index(2, 0)), 0);
        QCOMPARE(model.indexForServer(2), model.index(1, 0, uk));
        QCOMPARE(model.indexForServer(1).parent(), model.index(1, 0));
        QCOMPARE(model.index(1, 0, uk).data(ServerColumns::ServerIndexRole).toInt(), 2);
        QVERIFY(model.index(0, 0).data(ServerColumns::IsZoneRole).toBool());
        QCOMPARE(model.headerData(ServerColumns::Busy, Qt::Horizontal).toString(), QStringLiteral("Busy / total"));
    }

    void treeShowsDataAndThrottlesUpdates()
    {
        FleetState state(inventory());
        FleetTreeModel model(&state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 50; ++i)
            state.applySnapshot(0, snap(16, i % 16));
        state.applySnapshot(2, snap(16, 8));
        QCOMPARE(changed.count(), 0); // nothing synchronously: coalesced
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 2000);
        QVERIFY2(changed.count() <= 4, qPrintable(QString::number(changed.count()))); // 2 servers + 1 zone, not 51
        const QModelIndex uk = model.index(0, 0);
        QCOMPARE(model.index(1, ServerColumns::Busy, uk).data().toString(), QStringLiteral("8 / 16"));
        QCOMPARE(model.index(1, ServerColumns::Utilization, uk).data().toString(), QStringLiteral("50 %"));
        QCOMPARE(model.index(0, ServerColumns::Busy).data().toString(), QStringLiteral("9 / 32")); // 49 % 16 = 1 busy on uk-1, 8 on uk-2
        QCOMPARE(model.index(0, ServerColumns::Status, uk).data(ServerColumns::StatusRole).toInt(), int(ServerStatus::Ok));
        QCOMPARE(model.index(1, ServerColumns::Name).data(ServerColumns::StatusRole).toInt(), int(ServerStatus::Unknown));
        QCOMPARE(model.index(0, ServerColumns::Error).data().toString(), QString());
        QCOMPARE(model.index(1, ServerColumns::Error).data().toString(), QStringLiteral("0 of 1 servers reporting"));
    }

    void tableModel()
    {
        FleetState state(inventory());
        ServerTableModel model(&state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ServerColumns::ColumnCount));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        state.applyFailure(1, QStringLiteral("Connection refused"));
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 2000);
        QCOMPARE(model.index(1, ServerColumns::Status).data().toString(), QStringLiteral("unreachable"));
        QCOMPARE(model.index(1, ServerColumns::Error).data().toString(), QStringLiteral("Connection refused"));
        QCOMPARE(model.index(1, ServerColumns::Busy).data().toString(), QStringLiteral("–"));
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "TestItemModels.moc"
