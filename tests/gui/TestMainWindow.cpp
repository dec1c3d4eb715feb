#include "HealthServer.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/HealthParser.h"
#include "items/ServerColumns.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTreeView>

using namespace fleetdeck;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsServersWithState()
    {
        const QByteArray json =
            "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\", \"name\": \"United Kingdom\"}, {\"id\": \"us-east\", \"name\": \"USA East\"}],"
            " \"servers\": [{\"name\": \"fleet-uk-1\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"},"
            "               {\"name\": \"fleet-uk-2\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"},"
            "               {\"name\": \"fleet-us-east-1\", \"host\": \"127.0.0.1\", \"zone\": \"us-east\"}]}";
        FleetState state(*InventoryParser::parse(json).inventory);
        ui::MainWindow window(&state);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* tree = window.findChild<QTreeView*>(QStringLiteral("fleetTreeView"));
        auto* summary = window.findChild<QLabel*>(QStringLiteral("fleetSummaryLabel"));
        QVERIFY(tree && summary);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto feed = [&](int i, int busy) {
            HealthSnapshot s = HealthParser::parse(test::HealthServer::referenceDocument(16, busy, 100)).snapshot;
            s.receivedAtMs = now;
            state.applySnapshot(i, s);
        };
        feed(0, 4);
        feed(1, 11);
        state.applyFailure(2, QStringLiteral("Connection refused"));

        const QModelIndex uk = tree->model()->index(0, 0);
        QCOMPARE(uk.data().toString(), QStringLiteral("United Kingdom"));
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->index(1, ServerColumns::Busy, uk).data().toString(), QStringLiteral("11 / 16"), 3000);
        QCOMPARE(tree->model()->index(1, ServerColumns::Status, uk).data(ServerColumns::StatusRole).toInt(), int(ServerStatus::Warning));
        const QModelIndex usEast = tree->model()->index(1, 0);
        QCOMPARE(tree->model()->index(0, ServerColumns::Status, usEast).data().toString(), QStringLiteral("unreachable"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("15 / 32")), 3000);
        QVERIFY2(summary->text().contains(QStringLiteral("fleet-uk-1 (12 free)")), qPrintable(summary->text()));

        // Selecting by click and by name.
        const QRect rect = tree->visualRect(tree->model()->index(0, 0, uk));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("fleet-uk-1"));
        QVERIFY(window.selectServer(QStringLiteral("fleet-us-east-1")));
        QCOMPARE(tree->currentIndex().data(ServerColumns::ServerIndexRole).toInt(), 2);
        QVERIFY(!window.selectServer(QStringLiteral("nope")));

        const QString shot = qEnvironmentVariable("FLEETDECK_BINARY_DIR", QStringLiteral(".")) + QStringLiteral("/main-window.png");
        QVERIFY(window.grab().save(shot));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
