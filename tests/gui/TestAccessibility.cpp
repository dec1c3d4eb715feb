#include "HealthServer.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/HealthParser.h"
#include "main/MainWindow.h"
#include "server/OccupancyGrid.h"
#include "server/OccupancyGridAccessible.h"
#include "style/WorkerStyle.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
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
            QAbstractButton* rangeStop = nullptr;
            for (QWidget* w : reached)
                if (w->objectName().startsWith(prefix))
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
            QCOMPARE(alongTheGroup, (QSet<QString>{prefix + QStringLiteral("FiveMinutesButton"),
                                                   prefix + QStringLiteral("OneHourButton"),
                                                   prefix + QStringLiteral("DayButton")}));
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
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
