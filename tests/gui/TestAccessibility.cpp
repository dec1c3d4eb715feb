#include "HealthServer.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/HealthParser.h"
#include "items/ServerColumns.h"
#include "main/MainWindow.h"
#include "overview/OverviewPage.h"
#include "overview/ZoneTile.h"
#include "server/OccupancyGrid.h"
#include "server/OccupancyGridAccessible.h"
#include "style/WorkerStyle.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

using namespace fleetdeck;

namespace {

Inventory twoServers()
{
    const QByteArray json =
        "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\", \"name\": \"United Kingdom\"}],"
        " \"servers\": [{\"name\": \"fleet-uk-1\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"},"
        "               {\"name\": \"fleet-uk-2\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"}]}";
    return *InventoryParser::parse(json).inventory;
}

/// Two zones of two servers each, for moving between zone tiles.
Inventory twoZones()
{
    const QByteArray json =
        "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\", \"name\": \"United Kingdom\"},"
        " {\"id\": \"us-east\", \"name\": \"USA East\"}],"
        " \"servers\": [{\"name\": \"fleet-uk-1\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"},"
        "               {\"name\": \"fleet-uk-2\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"},"
        "               {\"name\": \"fleet-us-east-1\", \"host\": \"127.0.0.1\", \"zone\": \"us-east\"},"
        "               {\"name\": \"fleet-us-east-2\", \"host\": \"127.0.0.1\", \"zone\": \"us-east\"}]}";
    return *InventoryParser::parse(json).inventory;
}

/// Whether the tile's focus ring (2 px of the highlight colour, 3 px inside the edge) is drawn.
bool focusRingDrawn(QWidget* tile)
{
    const QImage image = tile->grab().toImage();
    const QColor highlight = tile->palette().color(QPalette::Highlight);
    const int x = image.width() / 2;
    const int y = int(3 * image.devicePixelRatio());
    return image.pixelColor(x, y) == highlight;
}

QList<WorkerStatus> workers(qint64 now)
{
    QList<WorkerStatus> out;
    const WorkerState states[] = {WorkerState::Busy, WorkerState::Idle, WorkerState::Starting,
                                  WorkerState::Draining, WorkerState::Down};
    for (int id = 1; id <= 10; ++id) {
        WorkerStatus w;
        w.id = id;
        w.state = states[(id - 1) % 5];
        if (w.state == WorkerState::Busy) {
            w.callId = QStringLiteral("c-%1").arg(id);
            w.since = QDateTime::fromMSecsSinceEpoch(now - 65'000, Qt::UTC);
        }
        out.append(w);
    }
    return out;
}

/// Every widget of `window` a keyboard user must be able to reach: visible, enabled, accepting Tab.
QSet<QWidget*> tabStops(QWidget* window)
{
    QSet<QWidget*> stops;
    for (QWidget* w : window->findChildren<QWidget*>())
        if (w->isVisibleTo(window) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !w->focusProxy() && w->window() == window)
            stops.insert(w);
    return stops;
}

QString describe(const QSet<QWidget*>& widgets)
{
    QStringList names;
    for (QWidget* w : widgets)
        names << QStringLiteral("%1(%2)").arg(w->objectName(),
                                              QString::fromLatin1(w->metaObject()->className()));
    names.sort();
    return names.join(QStringLiteral(", "));
}

/// Presses Tab from the focus widget until focus comes back to where it started.
QSet<QWidget*> tabCycle(int maxSteps = 400)
{
    QSet<QWidget*> reached;
    QWidget* first = QApplication::focusWidget();
    for (int i = 0; i < maxSteps && QApplication::focusWidget(); ++i) {
        reached.insert(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == first)
            break;
    }
    return reached;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::OccupancyGridAccessible::installFactory(); }

    void gridCellsAreAccessibleChildren()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ui::OccupancyGrid grid;
        grid.setClock([now] { return now; });
        grid.setWorkers(workers(now));
        grid.resize(600, 300);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));

        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&grid);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::List);
        QCOMPARE(iface->childCount(), 10);
        QVERIFY(iface->text(QAccessible::Description).contains(QStringLiteral("2 busy, 2 idle")));
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface* cell = iface->child(i);
            QVERIFY(cell && cell->isValid());
            const int id = i + 1;
            QCOMPARE(cell->role(), QAccessible::ListItem);
            QCOMPARE(cell->text(QAccessible::Name), grid.cellDescription(id));
            // The state in words (never only a colour).
            QVERIFY2(cell->text(QAccessible::Name).contains(ui::WorkerStyle::of(workers(now)[i].state).label),
                     qPrintable(cell->text(QAccessible::Name)));
            QCOMPARE(cell->parent(), iface);
            QCOMPARE(iface->indexOfChild(cell), i);
            QCOMPARE(iface->child(i), cell); // cached, one interface per cell
            const QRect global = cell->rect();
            QCOMPARE(global.size(), grid.cellRect(id).size());
            QCOMPARE(iface->childAt(global.center().x(), global.center().y()), cell);
        }
        QVERIFY2(iface->child(0)
                     ->text(QAccessible::Name)
                     .startsWith(QStringLiteral("Worker 1: busy, call c-1, 01:05")),
                 qPrintable(iface->child(0)->text(QAccessible::Name)));
        QCOMPARE(iface->child(4)->text(QAccessible::Name), QStringLiteral("Worker 5: down"));
        QVERIFY(iface->child(0)->text(QAccessible::Description).contains(QStringLiteral("Call: c-1")));
        QVERIFY(!iface->child(10));

        // Fewer workers: fewer children.
        grid.setWorkers(workers(now).mid(0, 4));
        QCOMPARE(iface->childCount(), 4);
    }

    void mainWindowAndServerPageAreKeyboardReachable()
    {
        FleetState state(twoServers());
        ui::MainWindow window(&state);
        window.resize(1300, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        HealthSnapshot s = HealthParser::parse(test::HealthServer::referenceDocument(16, 4, 100)).snapshot;
        s.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        state.applySnapshot(0, s);
        state.applySnapshot(1, s);

        auto* tree = window.findChild<QTreeView*>(QStringLiteral("fleetTreeView"));
        QVERIFY(tree);

        for (int page = 0; page < 2; ++page) {
            if (page == 0)
                window.showOverview();
            else
                QVERIFY(window.selectServer(QStringLiteral("fleet-uk-1")));
            QTest::qWait(50);
            tree->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(tree));
            const QSet<QWidget*> reached = tabCycle();
            const QSet<QWidget*> unreached = tabStops(&window) - reached;
            QVERIFY2(
                unreached.isEmpty(),
                qPrintable(
                    QStringLiteral("page %1: Tab never reaches: %2").arg(page).arg(describe(unreached))));
            QVERIFY(reached.contains(window.findChild<QWidget*>(QStringLiteral("serverFilterEdit"))));
            const QString prefix = page == 0 ? QStringLiteral("overviewRange") : QStringLiteral("range");
            const QSet<QString> rangeButtons{prefix + QStringLiteral("FiveMinutesButton"),
                                             prefix + QStringLiteral("OneHourButton"),
                                             prefix + QStringLiteral("DayButton")};
            QAbstractButton* rangeStop = nullptr;
            for (QWidget* w : reached)
                if (rangeButtons.contains(w->objectName())) // not the Fit to data button beside them
                    rangeStop = qobject_cast<QAbstractButton*>(w);
            QVERIFY2(rangeStop, qPrintable(describe(reached)));
            QVERIFY(reached.contains(window.findChild<QWidget*>(
                page == 0 ? QStringLiteral("overviewScrollArea") : QStringLiteral("serverScrollArea"))));
            // The range buttons are one exclusive group: Tab stops at one, the arrow keys move
            // along the group and Space chooses (standard radio-group navigation).
            rangeStop->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(rangeStop));
            QSet<QString> alongTheGroup{rangeStop->objectName()};
            for (int i = 0; i < 2; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
                alongTheGroup.insert(QApplication::focusWidget()->objectName());
            }
            QCOMPARE(alongTheGroup, rangeButtons);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QVERIFY(qobject_cast<QAbstractButton*>(QApplication::focusWidget())->isChecked());
        }
        // Charts are tab stops: each says what it shows.
        for (QWidget* chart : window.findChildren<QWidget*>(QStringLiteral("historyChartView")))
            if (chart->isVisibleTo(&window))
                QVERIFY2(!chart->accessibleName().isEmpty(), "a chart without an accessible name");
        // On the server page the range buttons and the drift check are among the tab stops.
        QSet<QString> names;
        for (QWidget* w : tabStops(&window))
            names.insert(w->objectName());
        QVERIFY2(names.contains(QStringLiteral("fleetTreeView")), qPrintable(describe(tabStops(&window))));
    }

    void zoneTilesWorkFromTheKeyboard()
    {
        FleetState state(twoZones());
        ui::MainWindow window(&state);
        window.resize(1300, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        // uk: 15 of 32 busy (warning: uk-2 at 69 %); us-east: 26 of 32 (critical, fails N−1).
        const int busy[] = {4, 11, 12, 14};
        for (int i = 0; i < 4; ++i) {
            HealthSnapshot s =
                HealthParser::parse(test::HealthServer::referenceDocument(16, busy[i], 100)).snapshot;
            s.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
            state.applySnapshot(i, s);
        }
        window.showOverview();
        window.overviewPage()->refresh();
        auto* uk = window.findChild<ui::ZoneTile*>(QStringLiteral("zoneTile_uk"));
        auto* east = window.findChild<ui::ZoneTile*>(QStringLiteral("zoneTile_us-east"));
        QVERIFY(uk && east);
        QCOMPARE(uk->focusPolicy(), Qt::StrongFocus);

        // Tab from the fleet tree reaches the first tile.
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("fleetTreeView"));
        tree->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(tree));
        QVERIFY(!focusRingDrawn(uk));
        for (int i = 0; i < 40 && QApplication::focusWidget() != uk; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(uk));
        QVERIFY2(focusRingDrawn(uk), "no focus ring in the highlight colour on the focused tile");
        QVERIFY(!focusRingDrawn(east));

        // Enter does what a click does: the zone is selected in the tree, the tile and the charts.
        // (The tree selected its first row when it took the focus: back to the whole fleet first.)
        QVERIFY(window.selectZone(QString()));
        QVERIFY(window.overviewPage()->zone().isEmpty() && !uk->isSelected());
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(uk));
        QTest::keyClick(uk, Qt::Key_Return);
        QCOMPARE(window.overviewPage()->zone(), QStringLiteral("uk"));
        QCOMPARE(tree->currentIndex().data(ServerColumns::ZoneIdRole).toString(), QStringLiteral("uk"));
        QVERIFY(uk->isSelected());

        // The arrow keys move between tiles; Space activates.
        uk->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(uk));
        QTest::keyClick(uk, Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(east));
        QVERIFY(!focusRingDrawn(uk));
        QVERIFY(focusRingDrawn(east));
        QTest::keyClick(east, Qt::Key_Space);
        QCOMPARE(window.overviewPage()->zone(), QStringLiteral("us-east"));
        QCOMPARE(tree->currentIndex().data(ServerColumns::ZoneIdRole).toString(), QStringLiteral("us-east"));
        QVERIFY(east->isSelected() && !uk->isSelected());
        east->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(east));
        QTest::keyClick(east, Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(uk));
        QTest::keyClick(uk, Qt::Key_Left); // no tile before the first: focus stays
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(uk));
        QTest::keyClick(uk, Qt::Key_End);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(east));

        // Screen readers: a name and a description in words (never only the colour).
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(uk);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Zone United Kingdom"));
        QCOMPARE(
            iface->text(QAccessible::Description),
            QStringLiteral(
                "Status: Warning. 15 of 32 channels in use (limit 2,000). Utilization 47 % (target 50 %). "
                "Can lose fleet-uk-1 (its largest server): the other 16 workers hold the 15 "
                "call(s) in progress."));
        const QString eastDescription =
            QAccessible::queryAccessibleInterface(east)->text(QAccessible::Description);
        QVERIFY2(eastDescription.startsWith(QStringLiteral("Status: Critical. 26 of 32 channels in use")),
                 qPrintable(eastDescription));
        QVERIFY2(eastDescription.contains(QStringLiteral("Cannot lose fleet-us-east-1")),
                 qPrintable(eastDescription));
        // On screen the status is a glyph and a word, the N−1 check a ✓/✗ and words.
        QCOMPARE(east->findChild<QLabel*>(QStringLiteral("zoneStatusLabel"))->text(),
                 QStringLiteral("◆ Critical"));
        QVERIFY(east->findChild<QLabel*>(QStringLiteral("zoneFailoverLabel"))
                    ->text()
                    .startsWith(QStringLiteral("✗ ")));
        QVERIFY(uk->findChild<QLabel*>(QStringLiteral("zoneFailoverLabel"))
                    ->text()
                    .startsWith(QStringLiteral("✓ ")));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
