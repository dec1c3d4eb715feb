#include "server/OccupancyGrid.h"
#include "style/Theme.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QTest>
#include <QToolTip>

using namespace fleetdeck;

namespace {

QList<WorkerStatus> workers(qint64 now)
{
    QList<WorkerStatus> out;
    const WorkerState states[] = {WorkerState::Busy, WorkerState::Idle, WorkerState::Starting,
                                  WorkerState::Draining, WorkerState::Down};
    for (int id = 12; id >= 1; --id) { // given out of order on purpose
        WorkerStatus w;
        w.id = id;
        w.state = states[(id - 1) % 5];
        if (w.state == WorkerState::Busy || w.state == WorkerState::Draining) {
            w.callId = QStringLiteral("call-%1").arg(id);
            w.since = QDateTime::fromMSecsSinceEpoch(now - (id * 61'000), Qt::UTC);
        }
        out.append(w);
    }
    return out;
}

} // namespace

class TestOccupancyGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsInIdOrderWithoutOverlap()
    {
        const qint64 now = 1'700'000'000'000;
        ui::OccupancyGrid grid;
        grid.setClock([now] { return now; });
        grid.setWorkers(workers(now));
        grid.resize(600, grid.heightForWidth(600));
        QCOMPARE(grid.objectName(), QStringLiteral("occupancyGridWidget"));
        QCOMPARE(grid.cellCount(), 12);
        QCOMPARE(grid.workers().first().id, 1);
        QVERIFY(grid.cellRect(99).isNull());
        for (int a = 1; a <= 12; ++a) {
            const QRect ra = grid.cellRect(a);
            QVERIFY(grid.rect().contains(ra));
            QCOMPARE(grid.workerAt(ra.center()), a);
            for (int b = a + 1; b <= 12; ++b)
                QVERIFY(!ra.intersects(grid.cellRect(b)));
        }
        QVERIFY(grid.cellRect(1).left() < grid.cellRect(2).left()); // reading order
        QCOMPARE(grid.workerAt(QPoint(-5, -5)), 0);
        // Narrow: more rows, still all inside.
        grid.resize(grid.cellRect(1).width() * 2 + 20,
                    grid.heightForWidth(grid.cellRect(1).width() * 2 + 20));
        QVERIFY(grid.rect().contains(grid.cellRect(12)));
    }

    void textsForEveryState()
    {
        const qint64 now = 1'700'000'000'000;
        ui::OccupancyGrid grid;
        grid.setClock([now] { return now; });
        grid.setWorkers(workers(now));
        QCOMPARE(grid.cellDescription(1), QStringLiteral("Worker 1: busy, call call-1, 01:01"));
        QCOMPARE(grid.cellDescription(2), QStringLiteral("Worker 2: idle"));
        QCOMPARE(grid.cellDescription(3), QStringLiteral("Worker 3: starting"));
        QCOMPARE(grid.cellDescription(4), QStringLiteral("Worker 4: draining, call call-4, 04:04"));
        QCOMPARE(grid.cellDescription(5), QStringLiteral("Worker 5: down"));
        const QString tip = grid.tooltipText(11);
        QVERIFY2(tip.contains(QStringLiteral("Worker 11 · voxcore@11")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("State: ● busy")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Call: call-11")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("(11:11 ago)")), qPrintable(tip));
        QVERIFY(grid.accessibleDescription().startsWith(
            QStringLiteral("12 worker(s): 3 busy, 3 idle, 2 starting, 2 draining, 2 down")));
        QCOMPARE(ui::OccupancyGrid::formatDuration(3'723'000), QStringLiteral("1:02:03"));
        QCOMPARE(ui::OccupancyGrid::formatDuration(-5), QStringLiteral("00:00"));
    }

    void tooltipEventShowsTheCell()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ui::OccupancyGrid grid;
        grid.setWorkers(workers(now));
        grid.resize(600, grid.heightForWidth(600));
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        const QPoint at = grid.cellRect(6).center();
        QHelpEvent help(QEvent::ToolTip, at, grid.mapToGlobal(at));
        QApplication::sendEvent(&grid, &help);
        QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 2000);
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Call: call-6")), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void paintsStateColoursInBothThemes()
    {
        const qint64 now = 1'700'000'000'000;
        for (bool dark : {false, true}) {
            ui::OccupancyGrid grid;
            grid.setPalette(dark ? ui::Theme::darkPalette() : ui::Theme::lightPalette());
            grid.setClock([now] { return now; });
            grid.setWorkers(workers(now));
            grid.resize(600, grid.heightForWidth(600));
            const QImage image = grid.grab().toImage();
            QVERIFY(!image.isNull());
            // A busy cell and a down cell differ in colour; their borders carry the state colours.
            const QRect busy = grid.cellRect(1);
            const QRect down = grid.cellRect(5);
            const qreal dpr = image.devicePixelRatio();
            const QColor busyBorder =
                image.pixelColor(QPoint(int(busy.center().x() * dpr), int((busy.top() + 0.5) * dpr)));
            const QColor downBorder =
                image.pixelColor(QPoint(int(down.center().x() * dpr), int((down.top() + 0.5) * dpr)));
            QVERIFY2(busyBorder != downBorder,
                     qPrintable(busyBorder.name() + QLatin1Char(' ') + downBorder.name()));
            QVERIFY(busyBorder.blue() > busyBorder.red()); // Okabe–Ito blue
            QVERIFY(downBorder.red() > downBorder.blue()); // vermillion
        }
        ui::OccupancyGrid empty;
        empty.resize(300, empty.heightForWidth(300));
        QCOMPARE(empty.cellCount(), 0);
        QVERIFY(!empty.grab().isNull());
    }
};

QTEST_MAIN(TestOccupancyGrid)
#include "TestOccupancyGrid.moc"
