#include "HealthServer.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/HealthParser.h"
#include "items/FleetTreeModel.h"
#include "items/ServerColumns.h"
#include "items/ServerTableModel.h"
#include "settings/Translations.h"

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

HealthSnapshot snap(int configured, int busy, qint64 receivedAtMs = 0)
{
    HealthSnapshot s = HealthParser::parse(test::HealthServer::referenceDocument(configured, busy, 0)).snapshot;
    s.receivedAtMs = receivedAtMs > 0 ? receivedAtMs : QDateTime::currentMSecsSinceEpoch();
    return s;
}

/// uk-1 critical (15 of 16 busy); use-1 answered a minute ago, then failed (unreachable since
/// then); uk-2 never answered (unreachable, one failed attempt). Returns use-1's last good time.
qint64 mixedStates(FleetState& state)
{
    const qint64 lastGood = QDateTime::currentMSecsSinceEpoch() - 60'000;
    state.applySnapshot(0, snap(16, 15));
    state.applySnapshot(1, snap(16, 2, lastGood));
    state.applyFailure(1, QStringLiteral("Connection refused"));
    state.applyFailure(2, QStringLiteral("No route to host"));
    return lastGood;
}

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).time().toString(QStringLiteral("HH:mm:ss"));
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

    void stateColumnSpeaksASentence()
    {
        FleetState state(inventory());
        FleetTreeModel tree(&state);
        QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ServerTableModel table(&state);
        QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 lastGood = mixedStates(state);
        const QModelIndex uk = tree.index(0, 0);
        const QModelIndex east = tree.index(1, 0);
        const auto spoken = [](const QModelIndex& i) {
            return i.data(Qt::AccessibleTextRole).toString();
        };

        // The word stays on DisplayRole (untranslated here: no translator installed).
        QCOMPARE(tree.index(0, ServerColumns::Status, uk).data().toString(), QStringLiteral("critical"));
        QCOMPARE(spoken(tree.index(0, ServerColumns::Status, uk)),
                 QStringLiteral("critical: 15 of 16 workers busy"));
        QCOMPARE(spoken(tree.index(0, ServerColumns::Status, east)),
                 QStringLiteral("unreachable since %1").arg(clock(lastGood)));
        QCOMPARE(tree.index(0, ServerColumns::Status, east).data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Last poll failed: Connection refused"));
        QCOMPARE(spoken(tree.index(1, ServerColumns::Status, uk)),
                 QStringLiteral("unreachable: no answer yet, 1 failed attempt(s)"));
        QCOMPARE(spoken(tree.index(0, ServerColumns::Busy, uk)), QStringLiteral("15 of 16 workers busy"));
        // Zone rows: the worst state, the zone's workers and how many servers report.
        QCOMPARE(spoken(tree.index(0, ServerColumns::Status)),
                 QStringLiteral("zone United Kingdom: worst state unreachable, 15 of 16 workers busy, 1 of 2 "
                                "servers reporting"));
        QCOMPARE(spoken(tree.index(2, ServerColumns::Status)), QStringLiteral("zone empty: no servers"));
        // Only where a sentence helps: the Name column keeps its display text for screen readers.
        QVERIFY(!tree.index(0, ServerColumns::Name, uk).data(Qt::AccessibleTextRole).isValid());
        // The flat table says the same as the tree.
        for (int row = 0; row < table.rowCount(); ++row) {
            const QModelIndex inTree = tree.indexForServer(row, ServerColumns::Status);
            QCOMPARE(spoken(table.index(row, ServerColumns::Status)), spoken(inTree));
        }
        // A fresh FleetState: nothing heard yet.
        FleetState fresh(inventory());
        ServerTableModel freshTable(&fresh);
        QCOMPARE(spoken(freshTable.index(0, ServerColumns::Status)),
                 QStringLiteral("unknown: no health report yet"));
    }

    // Last: installs the German translator for the rest of the process.
    void stateColumnInGerman()
    {
        QCOMPARE(Translations::install(QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral(":/i18n/fleetdeck_de.qm"));
        FleetState state(inventory());
        FleetTreeModel tree(&state);
        const qint64 lastGood = mixedStates(state);
        const QModelIndex uk = tree.index(0, 0);
        QCOMPARE(tree.index(0, ServerColumns::Status, uk).data().toString(), QStringLiteral("kritisch"));
        QCOMPARE(tree.index(0, ServerColumns::Status, uk).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("kritisch: 15 von 16 Workern belegt"));
        QCOMPARE(
            tree.index(0, ServerColumns::Status, tree.index(1, 0)).data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("unerreichbar seit %1").arg(clock(lastGood)));
        QCOMPARE(tree.index(1, ServerColumns::Status, uk).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("unerreichbar: noch keine Antwort, 1 fehlgeschlagener Versuch"));
        QCOMPARE(tree.index(1, ServerColumns::Status, uk).data().toString(), QStringLiteral("unerreichbar"));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "TestItemModels.moc"
