#include "wall/WallWindow.h"

#include "alerts/AlertEngine.h"
#include "charts/ChartFeeder.h"
#include "charts/TimeSeriesChart.h"
#include "fleet/FleetState.h"
#include "history/SeriesKey.h"
#include "wall/WallHeatmap.h"
#include "wall/WallZonePanel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fleetdeck::ui {

namespace {

QLabel* bigLabel(QWidget* parent, const QString& objectName, double scale, bool bold)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    label->setFont(f);
    return label;
}

} // namespace

WallWindow::WallWindow(FleetState* state, AlertEngine* alerts, const HistoryStore* history, int rotateSeconds,
                       QWidget* parent)
    : QWidget(parent), m_state(state), m_alerts(alerts)
{
    setObjectName(QStringLiteral("wallWindow"));
    setWindowTitle(tr("Fleetdeck wall"));
    setCursor(Qt::BlankCursor);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x12, 0x14, 0x18));
    dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
    dark.setColor(QPalette::Base, QColor(0x1B, 0x1E, 0x24));
    dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    setPalette(dark);
    setAutoFillBackground(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    m_banner = bigLabel(this, QStringLiteral("wallAlertBanner"), 1.8, true);
    m_banner->setWordWrap(true);
    m_banner->setMargin(12);
    m_banner->setAutoFillBackground(true);
    layout->addWidget(m_banner);

    auto* header = new QHBoxLayout;
    m_summary = bigLabel(this, QStringLiteral("wallSummaryLabel"), 2.4, true);
    m_pageTitle = bigLabel(this, QStringLiteral("wallPageTitleLabel"), 1.6, false);
    m_pageTitle->setMinimumWidth(
        m_pageTitle->fontMetrics().horizontalAdvance(QStringLiteral("Workers · Graphs")));
    m_pageTitle->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_clock = bigLabel(this, QStringLiteral("wallClockLabel"), 2.4, false);
    header->addWidget(m_summary, 1);
    header->addWidget(m_pageTitle);
    header->addSpacing(32);
    header->addWidget(m_clock);
    layout->addLayout(header);

    m_staleLabel = bigLabel(this, QStringLiteral("wallStaleLabel"), 3.0, true);
    m_staleLabel->setAlignment(Qt::AlignCenter);
    m_staleLabel->setStyleSheet(QStringLiteral("background: #5a5a5a; color: white; padding: 16px;"));
    m_staleLabel->hide();
    layout->addWidget(m_staleLabel);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("wallPagesStack"));
    m_heatmap = new WallHeatmap(state, m_pages);
    m_zones = new WallZonePanel(state, m_pages);
    auto* graphs = new QWidget(m_pages);
    graphs->setObjectName(QStringLiteral("wallGraphsPage"));
    auto* graphsLayout = new QVBoxLayout(graphs);
    m_channelsChart = new TimeSeriesChart(graphs);
    m_channelsChart->setObjectName(QStringLiteral("wallChannelsChart"));
    m_channelsChart->setTitle(tr("Channels in use — whole fleet"));
    m_channelsChart->setRange(TimeSeriesChart::Range::OneHour);
    m_cpsChart = new TimeSeriesChart(graphs);
    m_cpsChart->setObjectName(QStringLiteral("wallCpsChart"));
    m_cpsChart->setTitle(tr("Calls per second — whole fleet"));
    m_cpsChart->setRange(TimeSeriesChart::Range::OneHour);
    // Calls per second sit far below the fleet's CPS limit: scale to the traffic (the limit
    // and the target stay in the legend); channels are drawn against their capacity.
    m_cpsChart->setFitToData(true);
    for (TimeSeriesChart* c : {m_channelsChart, m_cpsChart})
        c->setTextScale(1.8); // read from across the room
    graphsLayout->addWidget(m_channelsChart, 3);
    graphsLayout->addWidget(m_cpsChart, 2);
    if (history) {
        auto* channels = new ChartFeeder(history, m_channelsChart, this);
        channels->addSeries(SeriesKey::fleet(SeriesKey::Metric::Channels), tr("Channels"));
        auto* cps = new ChartFeeder(history, m_cpsChart, this);
        cps->addSeries(SeriesKey::fleet(SeriesKey::Metric::Cps), tr("CPS"));
    }
    m_pages->addWidget(m_heatmap);
    m_pages->addWidget(m_zones);
    m_pages->addWidget(graphs);
    layout->addWidget(m_pages, 1);

    m_refreshTimer.setInterval(500);
    connect(&m_refreshTimer, &QTimer::timeout, this, &WallWindow::refresh);
    m_refreshTimer.start();
    if (m_alerts)
        connect(m_alerts, &AlertEngine::alertsChanged, this, &WallWindow::refreshBanner);
    if (rotateSeconds > 0) {
        m_rotateTimer.setInterval(rotateSeconds * 1000);
        connect(&m_rotateTimer, &QTimer::timeout, this, &WallWindow::rotate);
        m_rotateTimer.start();
    }
    showPage(0);
    refresh();
}

int WallWindow::pageCount() const
{
    return m_pages->count();
}

int WallWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void WallWindow::showPage(int index)
{
    m_pages->setCurrentIndex(index % m_pages->count());
    static const char* const titles[] = {QT_TR_NOOP("Workers"), QT_TR_NOOP("Zones"), QT_TR_NOOP("Graphs")};
    m_pageTitle->setText(tr(titles[m_pages->currentIndex()]));
}

void WallWindow::rotate()
{
    showPage(m_pages->currentIndex() + 1);
}

void WallWindow::refresh()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const AggregateMetrics f = m_state->fleetMetrics(now);
    m_summary->setText(tr("%1 / %2 channels · %3 % · %4 CPS")
                           .arg(f.busy)
                           .arg(f.configured)
                           .arg(qRound(f.utilization * 100))
                           .arg(f.cps, 0, 'f', 1));
    m_clock->setText(QDateTime::fromMSecsSinceEpoch(now).toString(QStringLiteral("HH:mm:ss")));
    for (TimeSeriesChart* c : {m_channelsChart, m_cpsChart})
        c->setTargetFraction(m_state->thresholds().utilizationWarning);
    m_channelsChart->setCapacity(f.configured > 0 ? double(f.configured) : qQNaN());
    m_cpsChart->setCapacity(f.cpsLimit > 0 ? double(f.cpsLimit) : qQNaN());
    refreshStale(now);
    refreshBanner();
    if (m_pages->currentWidget() == m_heatmap)
        m_heatmap->update();
    else if (m_pages->currentWidget() == m_zones)
        m_zones->refresh();
}

void WallWindow::refreshStale(qint64 nowMs)
{
    qint64 newest = 0;
    for (int i = 0; i < m_state->serverCount(); ++i)
        newest = std::max(newest, m_state->runtime(i).lastGoodMs);
    const qint64 limit = qint64(m_state->thresholds().staleAfterIntervals) * m_state->intervalMs();
    const bool stale = m_state->serverCount() > 0 && (newest == 0 || nowMs - newest > limit);
    if (stale) {
        m_staleLabel->setText(newest == 0 ? tr("NO DATA — waiting for the first health report")
                                          : tr("STALE — last update %1")
                                                .arg(QDateTime::fromMSecsSinceEpoch(newest).toString(
                                                    QStringLiteral("HH:mm:ss"))));
    }
    m_staleLabel->setVisible(stale);
    m_summary->setEnabled(!stale);
    m_stale = stale;
}

void WallWindow::refreshBanner()
{
    if (!m_alerts || m_alerts->alerts().isEmpty()) {
        m_banner->hide();
        return;
    }
    const QList<Alert> alerts = m_alerts->alerts();
    const int critical = m_alerts->count(Alert::Severity::Critical);
    const int warning = m_alerts->count(Alert::Severity::Warning);
    const Alert& top = alerts.first();
    QString text =
        critical > 0 ? tr("⚠ %n critical", nullptr, critical) : tr("▲ %n warning(s)", nullptr, warning);
    if (critical > 0 && warning > 0)
        text += tr(", %n warning(s)", nullptr, warning);
    text += QStringLiteral(" — ") + top.message;
    if (!top.advice.isEmpty())
        text += QStringLiteral("  ") + top.advice;
    m_banner->setText(text);
    const bool isCritical = critical > 0;
    m_banner->setStyleSheet(isCritical ? QStringLiteral("background: #D55E00; color: white;")
                                       : QStringLiteral("background: #E69F00; color: black;"));
    m_banner->show();
}

} // namespace fleetdeck::ui
