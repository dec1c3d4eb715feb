#include "HealthServer.h"
#include "alerts/AlertEngine.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertsDock.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/HealthParser.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace fleetdeck;

namespace {

Inventory inventory()
{
    const QByteArray json =
        "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\", \"name\": \"United Kingdom\"}],"
        " \"servers\": [{\"name\": \"fleet-uk-1\", \"host\": \"10.0.0.1\", \"zone\": \"uk\"},"
        "               {\"name\": \"fleet-uk-2\", \"host\": \"10.0.0.2\", \"zone\": \"uk\"}]}";
    return *InventoryParser::parse(json).inventory;
}

HealthSnapshot snapshot(int busy, qint64 at)
{
    HealthSnapshot s = HealthParser::parse(test::HealthServer::referenceDocument(16, busy, 100)).snapshot;
    s.receivedAtMs = at;
    return s;
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dockListsAlertsNewestFirstAndNamesTheSubject()
    {
        FleetState state(inventory());
        AlertEngine engine(&state);
        ui::AlertsDock dock(&engine);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dock.resize(420, 400);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        auto* list = dock.findChild<QListView*>(QStringLiteral("alertsListView"));
        auto* empty = dock.findChild<QLabel*>(QStringLiteral("noAlertsLabel"));
        QVERIFY(list && empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(dock.windowTitle(), QStringLiteral("Alerts"));

        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        state.applySnapshot(0, snapshot(14, t)); // 88 %: critical
        state.applySnapshot(1, snapshot(1, t));
        engine.evaluate(t + 10);
        state.applySnapshot(1, snapshot(9, t + 1000)); // 56 %: warning, newer
        engine.evaluate(t + 1010);
        QVERIFY(list->isVisible());
        QVERIFY(!empty->isVisible());
        // fleet-uk-1 (critical, first), then fleet-uk-2 and its zone (23 / 32 = 72 %), newest first.
        QCOMPARE(dock.windowTitle(), QStringLiteral("Alerts — 1 critical, 2 warning"));
        QCOMPARE(list->model()->rowCount(), 3);
        QCOMPARE(list->model()->index(0, 0).data(AlertListModel::SinceRole).toLongLong(), t + 1010);
        QCOMPARE(list->model()->index(1, 0).data(AlertListModel::SinceRole).toLongLong(), t + 1010);
        QCOMPARE(list->model()->index(2, 0).data(AlertListModel::SubjectRole).toString(),
                 QStringLiteral("fleet-uk-1"));
        QVERIFY(list->model()
                    ->index(2, 0)
                    .data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .startsWith(QStringLiteral("Critical: fleet-uk-1 at 88 %")));

        // Two lines at least (message and advice), and the rows do not overlap.
        const QRect first = list->visualRect(list->model()->index(0, 0));
        const QRect second = list->visualRect(list->model()->index(2, 0));
        QVERIFY(first.height() >= 2 * list->fontMetrics().height());
        QVERIFY(!first.intersects(second));

        QSignalSpy activated(&dock, &ui::AlertsDock::subjectActivated);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(list->currentIndex().row(), 2);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("fleet-uk-1"));
        QVERIFY(!dock.grab().isNull());

        state.applySnapshot(0, snapshot(1, t + 2000));
        state.applySnapshot(1, snapshot(1, t + 2000));
        engine.evaluate(t + 2010);
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
    }
};

QTEST_MAIN(TestAlerts)
#include "TestAlerts.moc"
