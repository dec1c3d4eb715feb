#include "HealthServer.h"
#include "alerts/AlertEngine.h"
#include "alerts/AlertListModel.h"
#include "charts/TimeSeriesChart.h"
#include "fleet/FleetState.h"
#include "fleet/InventoryParser.h"
#include "health/HealthParser.h"
#include "history/HistoryRecorder.h"
#include "items/ServerColumns.h"
#include "main/MainWindow.h"
#include "overview/OverviewPage.h"
#include "server/OccupancyGrid.h"
#include "server/ServerPage.h"
#include "settings/Settings.h"
#include "style/Theme.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QWizard>

using namespace fleetdeck;

namespace {

Inventory threeServers()
{
    const QByteArray json =
        "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\", \"name\": \"United Kingdom\"}, {\"id\": "
        "\"us-east\", \"name\": \"USA East\"}],"
        " \"servers\": [{\"name\": \"fleet-uk-1\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"},"
        "               {\"name\": \"fleet-uk-2\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"},"
        "               {\"name\": \"fleet-us-east-1\", \"host\": \"127.0.0.1\", \"zone\": \"us-east\"}]}";
    return *InventoryParser::parse(json).inventory;
}

/// 16 workers: the first `busy` busy (calls started `callAgeMs` ago), then `down` down, the rest idle.
HealthSnapshot snapshot(int busy, int down = 0, qint64 callAgeMs = 0)
{
    HealthSnapshot s = HealthParser::parse(test::HealthServer::referenceDocument(16, busy, 100)).snapshot;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < s.workers.size(); ++i) {
        if (i < busy)
            s.workers[i].since = QDateTime::fromMSecsSinceEpoch(now - callAgeMs, Qt::UTC);
        else if (i < busy + down)
            s.workers[i].state = WorkerState::Down;
    }
    s.receivedAtMs = now;
    return s;
}

QModelIndex serverIndex(QTreeView* tree, int zoneRow, int row, int column = 0)
{
    return tree->model()->index(row, column, tree->model()->index(zoneRow, 0));
}

void click(QTreeView* tree, const QModelIndex& index)
{
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsServersWithState()
    {
        FleetState state(threeServers());
        ui::MainWindow window(&state);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* tree = window.findChild<QTreeView*>(QStringLiteral("fleetTreeView"));
        auto* summary = window.findChild<QLabel*>(QStringLiteral("fleetSummaryLabel"));
        QVERIFY(tree && summary);
        state.applySnapshot(0, snapshot(4));
        state.applySnapshot(1, snapshot(11));
        state.applyFailure(2, QStringLiteral("Connection refused"));

        const QModelIndex uk = tree->model()->index(0, 0);
        QCOMPARE(uk.data().toString(), QStringLiteral("United Kingdom"));
        QTRY_COMPARE_WITH_TIMEOUT(serverIndex(tree, 0, 1, ServerColumns::Busy).data().toString(),
                                  QStringLiteral("11 / 16"), 3000);
        QCOMPARE(serverIndex(tree, 0, 1, ServerColumns::Status).data(ServerColumns::StatusRole).toInt(),
                 int(ServerStatus::Warning));
        QCOMPARE(serverIndex(tree, 1, 0, ServerColumns::Status).data().toString(),
                 QStringLiteral("unreachable"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("15 / 32")), 3000);
        QVERIFY2(summary->text().contains(QStringLiteral("fleet-uk-1 (12 free)")),
                 qPrintable(summary->text()));

        click(tree, serverIndex(tree, 0, 0));
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("fleet-uk-1"));
        QVERIFY(window.selectServer(QStringLiteral("fleet-us-east-1")));
        QCOMPARE(tree->currentIndex().data(ServerColumns::ServerIndexRole).toInt(), 2);
        QVERIFY(!window.selectServer(QStringLiteral("nope")));
    }

    void selectingAServerShowsItsWorkers()
    {
        FleetState state(threeServers());
        ui::MainWindow window(&state);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("fleetTreeView"));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("mainStackedWidget"));
        QVERIFY(tree && stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("overviewScrollArea"));

        state.applySnapshot(0, snapshot(5, 2, 125'000)); // 5 busy for 2:05, 2 down, 9 idle
        state.applySnapshot(1, snapshot(3));
        click(tree, serverIndex(tree, 0, 0));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("serverScrollArea"));

        auto* grid = window.findChild<ui::OccupancyGrid*>(QStringLiteral("occupancyGridWidget"));
        QVERIFY(grid);
        QTRY_COMPARE_WITH_TIMEOUT(grid->cellCount(), 16, 3000);
        QVERIFY2(grid->accessibleDescription().contains(
                     QStringLiteral("5 busy, 9 idle, 0 starting, 0 draining, 2 down")),
                 qPrintable(grid->accessibleDescription()));
        QCOMPARE(grid->cellDescription(6), QStringLiteral("Worker 6: down"));
        QCOMPARE(grid->cellDescription(16), QStringLiteral("Worker 16: idle"));
        QVERIFY2(grid->cellDescription(2).startsWith(QStringLiteral("Worker 2: busy, call c-0002, 02:0")),
                 qPrintable(grid->cellDescription(2)));

        // The busy cell's tooltip, through a real tooltip event at the cell.
        const QRect cell = grid->cellRect(2);
        QVERIFY(!cell.isNull());
        QVERIFY(grid->rect().contains(cell));
        QHelpEvent help(QEvent::ToolTip, cell.center(), grid->mapToGlobal(cell.center()));
        QApplication::sendEvent(grid, &help);
        QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 2000);
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(QStringLiteral("Worker 2 · voxcore@2")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("busy")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Call: c-0002")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("ago")), qPrintable(tip));
        QToolTip::hideText();

        auto* title = window.findChild<QLabel*>(QStringLiteral("serverTitleLabel"));
        QCOMPARE(title->text(), QStringLiteral("fleet-uk-1"));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("healthVersionLabel"))->text() ==
                QStringLiteral("1.8.2"));
        QVERIFY2(window.findChild<QLabel*>(QStringLiteral("memoryBudgetLabel"))
                     ->text()
                     .contains(QStringLiteral("16 workers × 260 MB")),
                 qPrintable(window.findChild<QLabel*>(QStringLiteral("memoryBudgetLabel"))->text()));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("driftStatusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Not read yet")));
        for (const char* name :
             {"addWorkersButton", "removeWorkersButton", "rollingRestartButton", "checkDriftButton"}) {
            auto* b = window.findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(b && !b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QStringLiteral("SSH access")),
                     qPrintable(b->toolTip())); // no inventory SSH
        }

        // Another server: the grid follows.
        click(tree, serverIndex(tree, 0, 1));
        QTRY_COMPARE_WITH_TIMEOUT(grid->accessibleDescription().contains(QStringLiteral("3 busy, 13 idle")),
                                  true, 2000);

        // Ctrl+1 / Ctrl+2 switch pages.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("overviewScrollArea"));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("serverScrollArea"));
        QCOMPARE(window.serverPage()->server(), 1);
    }

    void failingServerTurnsStaleThenUnreachableAndAlerts()
    {
        FleetState state(threeServers());
        state.setIntervalMs(100);
        ui::MainWindow window(&state);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("fleetTreeView"));
        auto* alerts = window.findChild<QListView*>(QStringLiteral("alertsListView"));
        auto* counts = window.findChild<QLabel*>(QStringLiteral("alertCountsLabel"));
        QVERIFY(tree && alerts && counts && window.findChild<QDockWidget*>(QStringLiteral("alertsDock")));

        bool failing = false;
        QTimer feeder;
        connect(&feeder, &QTimer::timeout, this, [&] {
            if (failing)
                state.applyFailure(0, QStringLiteral("Connection refused"));
            else
                state.applySnapshot(0, snapshot(2));
            state.applySnapshot(1, snapshot(2));
            state.applySnapshot(2, snapshot(2));
        });
        feeder.start(50);
        const QModelIndex status = serverIndex(tree, 0, 0, ServerColumns::Status);
        QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(), QStringLiteral("ok"), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("No alerts")), 3000);

        failing = true;
        QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(), QStringLiteral("stale"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(), QStringLiteral("unreachable"), 5000);
        auto hasAlert = [&](const QString& key) {
            for (int r = 0; r < alerts->model()->rowCount(); ++r) {
                if (alerts->model()->index(r, 0).data(AlertListModel::KeyRole).toString() == key)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasAlert(QStringLiteral("unreachable/server/fleet-uk-1")), 3000);
        QCOMPARE(alerts->model()->index(0, 0).data(AlertListModel::KeyRole).toString(),
                 QStringLiteral("unreachable/server/fleet-uk-1"));
        QVERIFY(alerts->model()
                    ->index(0, 0)
                    .data(AlertListModel::AdviceRole)
                    .toString()
                    .startsWith(QStringLiteral("Check the server: ssh 127.0.0.1")));
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("<b>1</b> critical")), 3000);

        // Activating the alert opens the server's page.
        alerts->setCurrentIndex(alerts->model()->index(0, 0));
        emit alerts->activated(alerts->model()->index(0, 0));
        QCOMPARE(window.serverPage()->server(), 0);
        QVERIFY(window.isServerPageShown());

        failing = false;
        QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(), QStringLiteral("ok"), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!hasAlert(QStringLiteral("unreachable/server/fleet-uk-1")), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("No alerts")), 3000);
        feeder.stop();
    }

    void rangeButtonsChangeTheChartsAndAreRemembered()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("fleetdeck.ini")));
        FleetState state(threeServers());
        state.applySnapshot(0, snapshot(4));
        {
            ui::MainWindow window(&state, &settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.selectServer(QStringLiteral("fleet-uk-1")));
            auto* channels = window.findChild<ui::TimeSeriesChart*>(QStringLiteral("serverChannelsChart"));
            auto* cps = window.findChild<ui::TimeSeriesChart*>(QStringLiteral("serverCpsChart"));
            QVERIFY(channels && cps);
            QCOMPARE(channels->range(), ui::TimeSeriesChart::Range::OneHour);
            QCOMPARE(channels->capacity(), 16.0);
            QCOMPARE(cps->capacity(), 100.0);

            QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("rangeFiveMinutesButton")),
                              Qt::LeftButton);
            QCOMPARE(channels->range(), ui::TimeSeriesChart::Range::FiveMinutes);
            QCOMPARE(cps->range(), ui::TimeSeriesChart::Range::FiveMinutes);
            QCOMPARE(window.overviewPage()->channelsChart()->range(),
                     ui::TimeSeriesChart::Range::FiveMinutes);
            QTRY_COMPARE_WITH_TIMEOUT(channels->windowToMs() - channels->windowFromMs(), qint64(300'000),
                                      3000);
            QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("rangeDayButton")),
                              Qt::LeftButton);
            QCOMPARE(channels->range(), ui::TimeSeriesChart::Range::Day);
            QVERIFY(window.findChild<QToolButton*>(QStringLiteral("rangeDayButton"))->isChecked());
            QVERIFY(!window.findChild<QToolButton*>(QStringLiteral("rangeFiveMinutesButton"))->isChecked());
            QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("overviewRangeOneHourButton")),
                              Qt::LeftButton);
            QCOMPARE(channels->range(), ui::TimeSeriesChart::Range::OneHour);
            QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("rangeDayButton")),
                              Qt::LeftButton);
            window.resize(1234, 777);
            window.close();
        }
        QCOMPARE(settings.get(SettingKeys::chartRange), QStringLiteral("24h"));
        QVERIFY(!settings.get(SettingKeys::windowState).isEmpty());
        ui::MainWindow again(&state, &settings);
        QCOMPARE(again.serverPage()->channelsChart()->range(), ui::TimeSeriesChart::Range::Day);
        QCOMPARE(again.overviewPage()->cpsChart()->range(), ui::TimeSeriesChart::Range::Day);
        QCOMPARE(again.size(), QSize(1234, 777));
    }

    void fitButtonScalesTheChartsToTheDataAndIsRemembered()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("fleetdeck.ini")));
        FleetState state(threeServers());
        state.applySnapshot(0, snapshot(4));
        {
            ui::MainWindow window(&state, &settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.selectServer(QStringLiteral("fleet-uk-1")));
            window.recorder()->stop();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (int s = 30; s >= 1; --s)
                window.recorder()->recordNow(now - s * 1000);
            window.refreshNow();
            auto* channels = window.serverPage()->channelsChart();
            QTRY_VERIFY_WITH_TIMEOUT(channels->seriesPointCount(channels->seriesNames().value(0)) > 0, 3000);
            QVERIFY2(channels->valueAxisMax() >= 16, qPrintable(QString::number(channels->valueAxisMax())));

            auto* fit = window.findChild<QToolButton*>(QStringLiteral("rangeFitButton"));
            QVERIFY(fit && !fit->isChecked());
            QTest::mouseClick(fit, Qt::LeftButton);
            QVERIFY(fit->isChecked());
            // 4 busy of 16: the axis now ends just above the data, below the capacity line.
            QVERIFY2(channels->valueAxisMax() >= 4 && channels->valueAxisMax() < 16,
                     qPrintable(QString::number(channels->valueAxisMax())));
            QVERIFY(window.serverPage()->cpsChart()->fitToData());
            QVERIFY(window.overviewPage()->channelsChart()->fitToData());
            QVERIFY(window.findChild<QToolButton*>(QStringLiteral("overviewRangeFitButton"))->isChecked());
            QCOMPARE(settings.get(SettingKeys::chartsFitToData), true);

            QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("overviewRangeFitButton")),
                              Qt::LeftButton);
            QVERIFY(!fit->isChecked());
            QVERIFY(channels->valueAxisMax() >= 16);
            QTest::mouseClick(fit, Qt::LeftButton);
            window.close();
        }
        ui::MainWindow again(&state, &settings);
        QVERIFY(again.serverPage()->channelsChart()->fitToData());
        QVERIFY(again.overviewPage()->cpsChart()->fitToData());
    }

    void settingsDialogAppliesThresholdsAndInterval()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("fleetdeck.ini")));
        FleetState state(threeServers());
        ui::MainWindow window(&state, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int interval = 0;
        connect(&window, &ui::MainWindow::pollIntervalChanged, this, [&](int ms) { interval = ms; });

        window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
        QDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = window.findChild<QDialog*>(QStringLiteral("settingsDialog"))) != nullptr, 2000);
        auto* warning = dialog->findChild<QSpinBox*>(QStringLiteral("utilizationWarningSpinBox"));
        auto* critical = dialog->findChild<QSpinBox*>(QStringLiteral("utilizationCriticalSpinBox"));
        auto* poll = dialog->findChild<QSpinBox*>(QStringLiteral("pollIntervalSpinBox"));
        QVERIFY(warning && critical && poll);
        QCOMPARE(warning->value(), 50);
        QCOMPARE(poll->value(), 1000);
        warning->setValue(60);
        critical->setValue(90);
        poll->setValue(2000);
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("settingsButtonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QCOMPARE(state.thresholds().utilizationWarning, 0.6);
        QCOMPARE(state.thresholds().utilizationCritical, 0.9);
        QCOMPARE(state.intervalMs(), 2000);
        QCOMPARE(interval, 2000);
        QCOMPARE(settings.get(SettingKeys::pollIntervalMs), 2000);
        QCOMPARE(settings.thresholds().utilizationWarning, 0.6);

        // 56 % is no longer a warning.
        state.applySnapshot(0, snapshot(9));
        window.refreshNow();
        QVERIFY(!window.alertEngine()->contains(QStringLiteral("utilization/server/fleet-uk-1")));
    }

    void filterShortcutsAndTheme()
    {
        FleetState state(threeServers());
        ui::MainWindow window(&state);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("fleetTreeView"));
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("serverFilterEdit"));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(filter->hasFocus(), 2000);
        QTest::keyClicks(filter, QStringLiteral("east"));
        QCOMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("USA East"));
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 1);
        QVERIFY(window.selectServer(QStringLiteral("fleet-uk-2"))); // clears the filter to show it
        QCOMPARE(filter->text(), QString());
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("fleet-uk-2"));

        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("alertsDock"));
        QVERIFY(dock->isVisible());
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(!dock->isVisible());
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(dock->isVisible());

        int refreshes = 0;
        connect(&window, &ui::MainWindow::refreshRequested, this, [&] { ++refreshes; });
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(refreshes, 1);

        auto* dark = window.findChild<QAction*>(QStringLiteral("darkThemeAction"));
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(ui::Theme::isDark(QApplication::palette()));
        QTRY_VERIFY_WITH_TIMEOUT(ui::Theme::isDark(window.palette()), 2000);
        QVERIFY(window.grab().save(qEnvironmentVariable("FLEETDECK_BINARY_DIR", QStringLiteral(".")) +
                                   QStringLiteral("/main-window-dark.png")));
        dark->trigger();
        QVERIFY(!ui::Theme::isDark(QApplication::palette()));

        auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
        QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 2000);
    }

    void addFleetOpensTheWizard()
    {
        FleetState state(
            *InventoryParser::parse(
                 "{\"fleetdeck_inventory\": 1, \"zones\": [{\"id\": \"uk\"}],"
                 " \"servers\": [{\"name\": \"fleet-uk-1\", \"host\": \"127.0.0.1\", \"zone\": \"uk\"}]}")
                 .inventory);
        ui::MainWindow window(&state);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("addFleetAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        action->trigger();
        QWizard* wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((wizard = window.findChild<QWizard*>(QStringLiteral("addFleetWizard"))) &&
                                     wizard->isVisible(),
                                 3000);
        QVERIFY(!wizard->isModal() || wizard->windowModality() != Qt::ApplicationModal);
        wizard->reject();
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
