#include "TestFleet.h"
#include "charts/TimeSeriesChart.h"
#include "config/DriftReport.h"
#include "fleet/FleetState.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryStore.h"
#include "main/LevelBar.h"
#include "server/OccupancyGrid.h"
#include "server/ServerPage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fleetdeck;
using fleetdeck::test::TestFleet;

namespace {

Inventory inventory()
{
    return TestFleet::inventory({{QStringLiteral("fleet-uk-1"), QStringLiteral("10.0.0.1")},
                                 {QStringLiteral("fleet-uk-2"), QStringLiteral("10.0.0.2"), 4096}});
}

QString text(QWidget& page, const char* name)
{
    auto* label = page.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

} // namespace

class TestServerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthMemoryAndCharts()
    {
        FleetState state(inventory());
        HistoryStore history;
        ui::ServerPage page(&state, &history);
        page.resize(1000, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(text(page, "serverTitleLabel"), QStringLiteral("No server selected"));
        QCOMPARE(page.grid()->cellCount(), 0);

        state.applySnapshot(1, TestFleet::snapshot(12, 9)); // 4 GB: safe count 8, 12 configured
        page.setServer(1);
        QCOMPARE(text(page, "serverTitleLabel"), QStringLiteral("fleet-uk-2"));
        QCOMPARE(page.grid()->cellCount(), 12);
        QCOMPARE(text(page, "workerCountsLabel"),
                 QStringLiteral("9 / 12 busy (75 %) · 3 idle · 0 starting · 0 down · 0.0 CPS"));
        QCOMPARE(text(page, "healthVersionLabel"), QStringLiteral("1.8.2"));
        QCOMPARE(text(page, "healthUptimeLabel"), QStringLiteral("1 d 0 h"));
        QCOMPARE(text(page, "healthMemoryLabel"), QStringLiteral("5,230 of 8,192 MB used (64 %)"));
        QCOMPARE(text(page, "healthErrorLabel"), QStringLiteral("none"));
        QVERIFY2(text(page, "memoryBudgetLabel")
                     .startsWith(
                         QStringLiteral("12 workers × 260 MB = 3,120 MB of 2,048 MB (50 % of 4,096 MB RAM)")),
                 qPrintable(text(page, "memoryBudgetLabel")));
        QVERIFY2(
            text(page, "memoryBudgetLabel").contains(QStringLiteral("✗ Over the safe count of 8 worker(s)")),
            qPrintable(text(page, "memoryBudgetLabel")));
        auto* bar = page.findChild<ui::LevelBar*>(QStringLiteral("memoryBudgetBar"));
        QCOMPARE(bar->value(), 3120.0);
        QCOMPARE(bar->dashedMarker(), 8.0 * 260);
        QCOMPARE(page.channelsChart()->capacity(), 12.0);
        QCOMPARE(page.cpsChart()->capacity(), 100.0);

        // The charts read this server's history.
        HistoryRecorder recorder(&state, &history);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int s = 20; s >= 0; --s)
            recorder.recordNow(now - s * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.channelsChart()->seriesPointCount(page.channelsChart()->seriesNames().value(0)) > 0, 3000);

        state.applyFailure(1, QStringLiteral("TLS handshake failed"));
        page.refresh();
        QCOMPARE(text(page, "healthErrorLabel"), QStringLiteral("TLS handshake failed"));
    }

    void driftHookAndActions()
    {
        FleetState state(inventory());
        HistoryStore history;
        ui::ServerPage page(&state, &history);
        state.applySnapshot(0, TestFleet::snapshot(16, 2));
        page.setServer(0);
        QCOMPARE(text(page, "driftStatusLabel"), QStringLiteral("Not read yet — read it with Check drift."));
        auto* check = page.findChild<QPushButton*>(QStringLiteral("checkDriftButton"));
        QVERIFY(check && !check->isEnabled());

        page.setDriftCheckAvailable(true);
        QVERIFY(check->isEnabled());
        QSignalSpy requested(&page, &ui::ServerPage::driftCheckRequested);
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toInt(), 0);

        DriftReport report;
        report.findings.append({QStringLiteral("env-vs-units"),
                                QStringLiteral(".env says 16 workers, 15 units run"),
                                QStringLiteral("start voxcore@16"), 16});
        page.setDriftReading(0, true); // a check runs: the button waits, the section says so
        QVERIFY(!check->isEnabled());
        QVERIFY(text(page, "driftStatusLabel").startsWith(QStringLiteral("Reading units")));
        page.setDriftReading(0, false);
        QVERIFY(check->isEnabled());
        page.setDriftReport(report);
        QVERIFY2(text(page, "driftStatusLabel")
                     .startsWith(
                         QStringLiteral("✗ .env says 16 workers, 15 units run — start voxcore@16\nRead at ")),
                 qPrintable(text(page, "driftStatusLabel")));
        page.setDriftReport(DriftReport{});
        QVERIFY(text(page, "driftStatusLabel").startsWith(QStringLiteral("✓ Consistent")));
        page.setServer(1); // another server, never polled: drift not read yet, worker count unknown
        QCOMPARE(text(page, "driftStatusLabel"), QStringLiteral("Not read yet — read it with Check drift."));
        page.setDriftError(1, QStringLiteral("connection refused"));
        QCOMPARE(text(page, "driftStatusLabel"),
                 QStringLiteral("✗ Could not read the server: connection refused"));
        page.setServer(0); // back: the last report of this server is shown again
        QVERIFY(text(page, "driftStatusLabel").startsWith(QStringLiteral("✓ Consistent")));
        page.setServer(1);
        QVERIFY2(text(page, "memoryBudgetLabel")
                     .startsWith(QStringLiteral("Worker count not known yet. Budget 2,048 MB")),
                 qPrintable(text(page, "memoryBudgetLabel")));
        QCOMPARE(text(page, "workerCountsLabel"), QStringLiteral("Waiting for the first health report…"));
        QCOMPARE(page.grid()->cellCount(), 0);
        for (const char* name : {"addWorkersButton", "removeWorkersButton", "rollingRestartButton"})
            QVERIFY2(!page.findChild<QPushButton*>(QLatin1String(name))->isEnabled(), name);
    }
};

QTEST_MAIN(TestServerPage)
#include "TestServerPage.moc"
