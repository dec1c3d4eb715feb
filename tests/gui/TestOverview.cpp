#include "TestFleet.h"
#include "charts/TimeSeriesChart.h"
#include "fleet/FleetState.h"
#include "history/HistoryRecorder.h"
#include "items/ServerColumns.h"
#include "main/LevelBar.h"
#include "main/MainWindow.h"
#include "overview/OverviewPage.h"
#include "overview/ZoneTile.h"

#include <QGroupBox>
#include <QLabel>
#include <QTest>
#include <QTreeView>

using namespace fleetdeck;
using fleetdeck::test::TestFleet;

namespace {

Inventory inventory()
{
    return TestFleet::inventory({{QStringLiteral("fleet-uk-1")},
                                 {QStringLiteral("fleet-uk-2")},
                                 {QStringLiteral("fleet-us-east-1")},
                                 {QStringLiteral("fleet-us-east-2")}});
}

HealthSnapshot snapshot(int busy, qint64 counter = 100)
{
    return TestFleet::snapshot(16, busy, counter);
}

QString text(QWidget* tile, const char* name)
{
    auto* label = tile->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tilesShowTheZoneNumbers()
    {
        FleetState state(inventory());
        ui::MainWindow window(&state);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        state.applySnapshot(0, snapshot(4));
        state.applySnapshot(1, snapshot(11));
        state.applySnapshot(2, snapshot(12));
        state.applySnapshot(3, snapshot(14));

        auto* uk = window.findChild<ui::ZoneTile*>(QStringLiteral("zoneTile_uk"));
        auto* east = window.findChild<ui::ZoneTile*>(QStringLiteral("zoneTile_us-east"));
        QVERIFY(uk && east);
        QVERIFY(uk->isVisible() && east->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(text(uk, "zoneChannelsLabel"),
                                  QStringLiteral("15 / 32 in use · limit 2,000"), 3000);
        QCOMPARE(text(uk, "zoneTitleLabel"), QStringLiteral("United Kingdom"));
        QCOMPARE(text(uk, "zoneUtilizationLabel"), QStringLiteral("47 %"));
        QCOMPARE(text(uk, "zoneCpsLabel"), QStringLiteral("0.0 of 200 allowed"));
        QCOMPARE(text(uk, "zonePickLabel"), QStringLiteral("Next outbound call → fleet-uk-1 (12 free)"));
        QVERIFY2(text(uk, "zoneFailoverLabel").startsWith(QStringLiteral("✓ Can lose fleet-uk-1")),
                 qPrintable(text(uk, "zoneFailoverLabel")));
        QCOMPARE(text(uk, "zoneLimitsLabel"),
                 QStringLiteral("Per-server limits 1,000 ch, 100 CPS: all within"));
        auto* bar = uk->findChild<ui::LevelBar*>(QStringLiteral("zoneUtilizationBar"));
        QVERIFY(bar);
        QCOMPARE(bar->dashedMarker(), 0.5);
        QCOMPARE(bar->value(), 15.0 / 32.0);

        // 26 calls on 32 workers: without one 16-worker server the other cannot hold them.
        QCOMPARE(text(east, "zoneChannelsLabel"), QStringLiteral("26 / 32 in use · limit 2,000"));
        QVERIFY2(text(east, "zoneFailoverLabel").startsWith(QStringLiteral("✗ Cannot lose fleet-us-east-1")),
                 qPrintable(text(east, "zoneFailoverLabel")));
        QCOMPARE(text(east, "zoneStatusLabel"), QStringLiteral("◆ Critical"));

        auto* summary = window.findChild<QLabel*>(QStringLiteral("fleetSummaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("41 / 64")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("4 of 4 servers reporting")),
                 qPrintable(summary->text()));

        // Clicking a tile selects the zone; the charts follow it.
        QTest::mouseClick(east, Qt::LeftButton, {}, QPoint(10, 10));
        auto* tree = window.findChild<QTreeView*>(QStringLiteral("fleetTreeView"));
        QCOMPARE(tree->currentIndex().data(ServerColumns::ZoneIdRole).toString(), QStringLiteral("us-east"));
        QVERIFY(east->isSelected());
        QVERIFY(!uk->isSelected());
        QCOMPARE(window.overviewPage()->zone(), QStringLiteral("us-east"));
        QCOMPARE(window.findChild<QGroupBox*>(QStringLiteral("overviewChartsGroupBox"))->title(),
                 QStringLiteral("Zone USA East"));
        QTRY_COMPARE_WITH_TIMEOUT(window.overviewPage()->channelsChart()->capacity(), 32.0, 2000);
        QCOMPARE(window.overviewPage()->cpsChart()->capacity(), 200.0);

        QVERIFY(window.selectZone(QString()));
        QCOMPARE(window.overviewPage()->zone(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(window.overviewPage()->channelsChart()->capacity(), 64.0, 2000);
    }

    void chartsDrawRecordedHistory()
    {
        FleetState state(inventory());
        ui::MainWindow window(&state);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < 4; ++i)
            state.applySnapshot(i, snapshot(3));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int s = 10; s >= 1; --s)
            window.recorder()->recordNow(now - s * 1000);
        ui::TimeSeriesChart* chart = window.overviewPage()->channelsChart();
        QTRY_VERIFY_WITH_TIMEOUT(chart->seriesPointCount(chart->seriesNames().value(0)) > 0, 3000);
    }
};

QTEST_MAIN(TestOverview)
#include "TestOverview.moc"
