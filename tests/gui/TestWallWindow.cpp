#include "TestFleet.h"
#include "alerts/AlertEngine.h"
#include "charts/TimeSeriesChart.h"
#include "fleet/FleetState.h"
#include "history/HistoryStore.h"
#include "wall/WallHeatmap.h"
#include "wall/WallWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

using namespace fleetdeck;
using fleetdeck::test::TestFleet;

namespace {

Inventory inventory()
{
    return TestFleet::inventory({{QStringLiteral("fleet-uk-1")},
                                 {QStringLiteral("fleet-us-east-2")},
                                 {QStringLiteral("fleet-uk-3")}});
}

void feed(FleetState& state, int server, int busy, int down = 0)
{
    HealthSnapshot s = TestFleet::snapshot(16, busy, 100 + busy);
    for (int i = 0; i < down; ++i)
        s.workers[15 - i].state = WorkerState::Down;
    s.workers[busy].state = WorkerState::Starting;
    s.workers[busy + 1].state = WorkerState::Draining;
    state.applySnapshot(server, s);
}

} // namespace

class TestWallWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotatesStaleRecoversAndStaysReadOnly()
    {
        FleetState state(inventory());
        state.setIntervalMs(150);
        AlertEngine alerts(&state);
        HistoryStore history;
        ui::WallWindow wall(&state, &alerts, &history, 1);
        wall.resize(1600, 900);
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        auto* stale = wall.findChild<QLabel*>(QStringLiteral("wallStaleLabel"));
        auto* banner = wall.findChild<QLabel*>(QStringLiteral("wallAlertBanner"));
        auto* summary = wall.findChild<QLabel*>(QStringLiteral("wallSummaryLabel"));
        QVERIFY(stale && banner && summary);

        // No data yet: the wall says so.
        QTRY_VERIFY_WITH_TIMEOUT(stale->isVisible(), 2000);
        QVERIFY(stale->text().startsWith(QStringLiteral("NO DATA")));

        // Live data: every server reports every 100 ms while the timer runs.
        QTimer live;
        connect(&live, &QTimer::timeout, &state, [&] {
            feed(state, 0, 6);
            feed(state, 1, 12, 2);
            feed(state, 2, 3);
        });
        live.start(100);
        QTRY_VERIFY_WITH_TIMEOUT(!stale->isVisible(), 2000);
        QVERIFY(!wall.isStale());
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QStringLiteral("24 / 48 channels")), 2000);
        // The graphs: channels against the fleet's capacity, CPS scaled to the traffic (its
        // limit, 3 × 100, stays in the legend).
        auto* channelsChart = wall.findChild<ui::TimeSeriesChart*>(QStringLiteral("wallChannelsChart"));
        auto* cpsChart = wall.findChild<ui::TimeSeriesChart*>(QStringLiteral("wallCpsChart"));
        QVERIFY(channelsChart && cpsChart);
        QTRY_COMPARE_WITH_TIMEOUT(channelsChart->capacity(), 48.0, 2000);
        QVERIFY(!channelsChart->fitToData());
        QCOMPARE(cpsChart->capacity(), 300.0);
        QVERIFY(cpsChart->fitToData());
        QVERIFY(channelsChart->textScale() >= 1.5 && cpsChart->textScale() >= 1.5); // wall-sized type
        QVERIFY2(cpsChart->valueAxisMax() < 300, qPrintable(QString::number(cpsChart->valueAxisMax())));
        // 6 + 12 + 3 busy plus one draining worker each (a draining worker still holds its call).
        // Workers down on one server: an alert banner that cannot be missed.
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 3000);
        QVERIFY2(banner->text().contains(QStringLiteral("fleet-us-east-2")), qPrintable(banner->text()));

        // Pages rotate by themselves.
        const int first = wall.currentPage();
        QTRY_VERIFY_WITH_TIMEOUT(wall.currentPage() != first, 3000);
        wall.showPage(0);
        const QString shot = qEnvironmentVariable("FLEETDECK_BINARY_DIR", QStringLiteral(".")) +
                             QStringLiteral("/wall-heatmap.png");
        QVERIFY(wall.grab().save(shot));
        wall.showPage(1);
        QVERIFY(wall.grab().save(qEnvironmentVariable("FLEETDECK_BINARY_DIR", QStringLiteral(".")) +
                                 QStringLiteral("/wall-zones.png")));

        // Data stops: STALE with the time of the last update, then recovery on its own.
        live.stop();
        QTRY_VERIFY_WITH_TIMEOUT(stale->isVisible(), 3000);
        QVERIFY2(stale->text().startsWith(QStringLiteral("STALE — last update ")), qPrintable(stale->text()));
        QVERIFY(wall.isStale());
        live.start(100);
        QTRY_VERIFY_WITH_TIMEOUT(!stale->isVisible(), 2000);
        live.stop();

        // Read-only: nothing to click, no actions, no cursor.
        QVERIFY(wall.findChildren<QAbstractButton*>().isEmpty());
        QVERIFY(wall.findChildren<QAction*>().isEmpty());
        QCOMPARE(wall.cursor().shape(), Qt::BlankCursor);

        // Runs for days: the widget tree does not grow with updates.
        const auto before = wall.findChildren<QObject*>().size();
        for (int i = 0; i < 200; ++i) {
            feed(state, i % 3, i % 14);
            wall.showPage(i % wall.pageCount());
            QCoreApplication::processEvents();
        }
        QCOMPARE(wall.findChildren<QObject*>().size(), before);
    }

    void heatmapGroupsServersByZone()
    {
        FleetState state(inventory());
        ui::WallHeatmap heatmap(&state);
        QCOMPARE(heatmap.rowOrder(), (QList<int>{0, 2, 1}));
    }
};

QTEST_MAIN(TestWallWindow)
#include "TestWallWindow.moc"
