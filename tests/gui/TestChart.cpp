#include "charts/ChartFeeder.h"
#include "charts/TimeSeriesChart.h"
#include "history/HistoryStore.h"

#include <QApplication>
#include <QDir>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QImage>
#include <QPalette>
#include <QRandomGenerator>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using namespace fleetdeck;
using namespace fleetdeck::ui;

namespace {

constexpr qint64 kNow = 1'763'726'400'000; // 2025-11-21 12:00 UTC
constexpr qint64 kDay = 86'400'000;
constexpr int kCapacity = 16;
const QString kServer = QStringLiteral("fleet-uk-1");

/// 24 h at 1 Hz of one server: a daily curve of busy workers, a 40-minute outage (gap) in the
/// morning, a one-second burst to full capacity, and the CPS that goes with it.
void fillDay(HistoryStore& store)
{
    QRandomGenerator rng(42);
    const SeriesKey channels = SeriesKey::server(kServer, SeriesKey::Metric::Channels);
    const SeriesKey cps = SeriesKey::server(kServer, SeriesKey::Metric::Cps);
    for (qint64 s = 0; s < 86'400; ++s) {
        const qint64 t = kNow - kDay + s * 1000;
        if (s >= 30'000 && s < 32'400) { // unreachable
            store.append(channels, t, std::nanf(""));
            store.append(cps, t, std::nanf(""));
            continue;
        }
        const double phase = 2 * M_PI * double(s) / 86'400.0;
        double busy = 6.5 - 4.5 * std::cos(phase) + rng.bounded(3.0) - 1.5;
        if (s == 60'000)
            busy = kCapacity; // burst
        busy = std::clamp(std::round(busy), 0.0, double(kCapacity));
        store.append(channels, t, float(busy));
        store.append(cps, t, float(busy / 12.0 + rng.bounded(0.3)));
    }
}

QString outputPath(const QString& file)
{
    const QString dir = qEnvironmentVariable("FLEETDECK_BINARY_DIR", QDir::tempPath());
    return QDir(dir).filePath(file);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1c));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    return p;
}

/// What the server page shows: channels and CPS stacked, each fed from the store.
struct Panel
{
    QWidget widget;
    TimeSeriesChart* channels;
    TimeSeriesChart* cps;
    ChartFeeder* channelsFeeder;
    ChartFeeder* cpsFeeder;

    explicit Panel(const HistoryStore& store)
    {
        widget.setObjectName(QStringLiteral("historyPanelWidget"));
        auto* layout = new QVBoxLayout(&widget);
        layout->setContentsMargins(0, 0, 0, 0);
        channels = new TimeSeriesChart(&widget);
        channels->setObjectName(QStringLiteral("channelsTimeSeriesChart"));
        channels->setTitle(QStringLiteral("%1 — channels").arg(kServer));
        channels->setValueAxisTitle(QStringLiteral("busy workers"));
        channels->setCapacity(kCapacity);
        cps = new TimeSeriesChart(&widget);
        cps->setObjectName(QStringLiteral("cpsTimeSeriesChart"));
        cps->setTitle(QStringLiteral("%1 — calls per second").arg(kServer));
        cps->setValueAxisTitle(QStringLiteral("CPS"));
        cps->setCapacity(2);
        layout->addWidget(channels, 3);
        layout->addWidget(cps, 2);
        channelsFeeder = new ChartFeeder(&store, channels, &widget);
        channelsFeeder->addSeries(SeriesKey::server(kServer, SeriesKey::Metric::Channels),
                                  QStringLiteral("channels"));
        cpsFeeder = new ChartFeeder(&store, cps, &widget);
        cpsFeeder->addSeries(SeriesKey::server(kServer, SeriesKey::Metric::Cps), QStringLiteral("CPS"));
        for (ChartFeeder* f : {channelsFeeder, cpsFeeder}) {
            f->setClock([] { return kNow; });
            f->setRefreshInterval(0);
        }
        for (TimeSeriesChart* c : {channels, cps})
            c->setRange(TimeSeriesChart::Range::Day);
        widget.resize(1200, 700);
    }

    void refresh()
    {
        channelsFeeder->refreshNow();
        cpsFeeder->refreshNow();
    }
};

} // namespace

class TestChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { fillDay(m_store); }
    void dayOfDataIsDecimatedToPlotWidth();
    void gapBreaksTheLine();
    void capacityAndTargetLinesExist();
    void rangeChangeRefreshesFromFinerTier();
    void refreshesAreThrottled();
    void resizeRedecimatesToNewWidth();
    void loneSampleBetweenGapsIsKept();
    void screenshotsLightAndDark();
    void shortChartHasFewerTicksAndFitScalesToData();

private:
    HistoryStore m_store;
};

void TestChart::dayOfDataIsDecimatedToPlotWidth()
{
    Panel panel(m_store);
    panel.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel.widget));
    panel.refresh();
    const int plotWidth = panel.channels->plotWidthPixels();
    QVERIFY2(plotWidth > 800 && plotWidth <= 1200, qPrintable(QString::number(plotWidth)));
    const int points = panel.channels->seriesPointCount(QStringLiteral("channels"));
    qInfo("24 h channels: 86,400 samples -> %d points for a %d px plot", points, plotWidth);
    QVERIFY(points > plotWidth / 2);
    QVERIFY(points <= 2 * plotWidth);
    QVERIFY(points <= 2 * panel.channels->width());
    QVERIFY(panel.cps->seriesPointCount(QStringLiteral("CPS")) <= 2 * panel.cps->plotWidthPixels());
    QCOMPARE(panel.channels->windowToMs() - panel.channels->windowFromMs(), kDay);
}

void TestChart::gapBreaksTheLine()
{
    Panel panel(m_store);
    panel.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel.widget));
    panel.refresh();
    QCOMPARE(panel.channels->seriesSegmentCount(QStringLiteral("channels")), 2);
    QCOMPARE(panel.channels->seriesNames(), QStringList{QStringLiteral("channels")});
}

void TestChart::capacityAndTargetLinesExist()
{
    Panel panel(m_store);
    panel.refresh();
    QVERIFY(panel.channels->capacityLinesVisible());
    QCOMPARE(panel.channels->capacity(), double(kCapacity));
    panel.channels->setCapacity(std::nan(""));
    QVERIFY(!panel.channels->capacityLinesVisible());
}

void TestChart::rangeChangeRefreshesFromFinerTier()
{
    Panel panel(m_store);
    panel.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel.widget));
    panel.refresh();
    const int before = panel.channelsFeeder->refreshCount();
    panel.channels->setRange(TimeSeriesChart::Range::FiveMinutes);
    QTRY_VERIFY_WITH_TIMEOUT(panel.channelsFeeder->refreshCount() > before, 2000);
    // Five minutes of 1 s samples: fewer than the columns, every sample is drawn.
    // The newest sample is one second before "now": 300 samples in the window.
    QCOMPARE(panel.channels->seriesPointCount(QStringLiteral("channels")), 300);
    QCOMPARE(panel.channels->windowToMs() - panel.channels->windowFromMs(), qint64(300'000));
}

void TestChart::refreshesAreThrottled()
{
    Panel panel(m_store);
    panel.refresh();
    ChartFeeder* feeder = panel.channelsFeeder;
    const int before = feeder->refreshCount();
    QElapsedTimer timer;
    timer.start();
    int requests = 0;
    while (timer.elapsed() < 1000) { // fast data: a request every ~5 ms for a second
        feeder->requestRefresh();
        ++requests;
        QTest::qWait(5);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!feeder->isRefreshPending(), 1000);
    const int refreshes = feeder->refreshCount() - before;
    qInfo("%d refresh requests in 1 s -> %d refreshes", requests, refreshes);
    QVERIFY(requests > 50);
    QVERIFY(refreshes >= 2);
    QVERIFY(refreshes <= 5); // ≤ 4 per second, +1 for the window edge
}

void TestChart::resizeRedecimatesToNewWidth()
{
    Panel panel(m_store);
    panel.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel.widget));
    panel.refresh();
    const int wide = panel.channels->seriesPointCount(QStringLiteral("channels"));
    const int before = panel.channelsFeeder->refreshCount();
    panel.widget.resize(500, 700);
    QTRY_VERIFY_WITH_TIMEOUT(panel.channelsFeeder->refreshCount() > before, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.channelsFeeder->isRefreshPending(), 2000);
    const int narrow = panel.channels->seriesPointCount(QStringLiteral("channels"));
    QVERIFY2(narrow < wide / 2 + 20, qPrintable(QStringLiteral("%1 -> %2").arg(wide).arg(narrow)));
    QVERIFY(narrow <= 2 * panel.channels->plotWidthPixels());
}

void TestChart::loneSampleBetweenGapsIsKept()
{
    HistoryStore store;
    const SeriesKey key = SeriesKey::server(kServer, SeriesKey::Metric::Channels);
    for (qint64 s = 0; s < 300; ++s) {
        const bool reachable = s <= 100 || s == 151 || s > 200;
        store.append(key, kNow - 300'000 + s * 1000, reachable ? 5.0f : std::nanf(""));
    }
    TimeSeriesChart chart;
    chart.setRange(TimeSeriesChart::Range::FiveMinutes);
    chart.resize(1200, 400);
    ChartFeeder feeder(&store, &chart);
    feeder.setClock([] { return kNow; });
    feeder.addSeries(key, QStringLiteral("channels"));
    feeder.refreshNow();
    QCOMPARE(chart.seriesSegmentCount(QStringLiteral("channels")), 3);
    QCOMPARE(chart.seriesPointCount(QStringLiteral("channels")), 101 + 1 + 99);
    chart.setCapacity(kCapacity);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QString path = outputPath(QStringLiteral("chart-history-5min-gaps.png"));
    QVERIFY(chart.grab().save(path));
    qInfo("saved %s", qPrintable(path));
}

void TestChart::screenshotsLightAndDark()
{
    for (const bool dark : {false, true}) {
        Panel panel(m_store);
        if (dark)
            panel.widget.setPalette(darkPalette());
        panel.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel.widget));
        panel.refresh();
        QTest::qWait(50);
        panel.refresh(); // plot width settled after the first layout
        const QImage image = panel.widget.grab().toImage();
        QCOMPARE(image.size(), QSize(1200, 700));
        const QString path = outputPath(dark ? QStringLiteral("chart-history-dark.png")
                                             : QStringLiteral("chart-history-light.png"));
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
        // The background follows the palette.
        const QColor corner = image.pixelColor(3, image.height() - 3);
        QCOMPARE(corner.lightness() < 128, dark);
    }
}

void TestChart::shortChartHasFewerTicksAndFitScalesToData()
{
    ui::TimeSeriesChart chart;
    chart.setRange(ui::TimeSeriesChart::Range::FiveMinutes);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    chart.setTimeWindow(now - 300'000, now);
    std::vector<SeriesPoint> points;
    for (int i = 0; i < 300; ++i)
        points.push_back({now - 300'000 + i * 1000, 1.0 + (i % 3) * 0.1}); // ~1 CPS
    chart.setSeries(QStringLiteral("CPS"), points);
    chart.setCapacity(100);
    chart.resize(500, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY_WITH_TIMEOUT(chart.valueAxisTickCount() >= 6, 2000);
    const int tallTicks = chart.valueAxisTickCount();
    QVERIFY(chart.valueAxisMax() >= 100);
    // Short: Qt Charts elides crowded value labels to "…"; the axis takes fewer, rounder ticks.
    chart.resize(500, 200);
    QTRY_VERIFY_WITH_TIMEOUT(chart.valueAxisTickCount() < tallTicks, 2000);
    // What Qt Charts actually drew: every axis label whole, none elided to "…".
    auto drawnTexts = [&chart] {
        QStringList texts;
        for (QGraphicsView* view : chart.findChildren<QGraphicsView*>()) {
            for (QGraphicsItem* item : view->scene()->items()) {
                if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
                    texts << text->toPlainText();
            }
        }
        return texts;
    };
    QTRY_VERIFY_WITH_TIMEOUT(drawnTexts().contains(QStringLiteral("100")), 2000);
    QVERIFY2(drawnTexts().filter(QStringLiteral("…")).isEmpty(),
             qPrintable(drawnTexts().join(QLatin1Char('|'))));
    QVERIFY(chart.grab().save(qEnvironmentVariable("FLEETDECK_BINARY_DIR", QStringLiteral(".")) +
                              QStringLiteral("/chart-short.png")));
    QVERIFY(chart.valueAxisMax() >= 100);
    // Fit to data: the axis ends just above the ~1.2 CPS peak, below the 100 CPS capacity line.
    chart.setFitToData(true);
    QVERIFY2(chart.valueAxisMax() >= 1.2 && chart.valueAxisMax() <= 2.5,
             qPrintable(QString::number(chart.valueAxisMax())));
    QVERIFY(chart.capacityLinesVisible()); // still in the legend
    chart.setFitToData(false);
    QVERIFY(chart.valueAxisMax() >= 100);
}

QTEST_MAIN(TestChart)
#include "TestChart.moc"
