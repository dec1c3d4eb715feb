#include "overview/OverviewPage.h"

#include "charts/ChartFeeder.h"
#include "fleet/FleetState.h"
#include "history/HistoryStore.h"
#include "main/RangeSelector.h"
#include "overview/FlowLayout.h"
#include "overview/ZoneTile.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace fleetdeck::ui {

OverviewPage::OverviewPage(FleetState* state, const HistoryStore* history, QWidget* parent)
    : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("fleetSummaryLabel"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* tiles = new QWidget(this);
    tiles->setObjectName(QStringLiteral("zoneTilesWidget"));
    auto* flow = new FlowLayout(tiles, 10);
    flow->setContentsMargins(0, 4, 0, 4);
    for (const ZoneSpec& z : state->inventory().zones) {
        auto* tile = new ZoneTile(state, z.id, tiles);
        flow->addWidget(tile);
        m_tiles.insert(z.id, tile);
        connect(tile, &ZoneTile::activated, this, &OverviewPage::zoneActivated);
    }
    QSizePolicy tilesPolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    tilesPolicy.setHeightForWidth(true);
    tiles->setSizePolicy(tilesPolicy);
    layout->addWidget(tiles);

    m_chartsBox = new QGroupBox(this);
    m_chartsBox->setObjectName(QStringLiteral("overviewChartsGroupBox"));
    auto* chartsLayout = new QVBoxLayout(m_chartsBox);
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    m_range = new RangeSelector(QStringLiteral("overviewRange"), m_chartsBox);
    bar->addWidget(m_range);
    chartsLayout->addLayout(bar);
    auto* charts = new QHBoxLayout;
    m_channelsChart = new TimeSeriesChart(m_chartsBox);
    m_channelsChart->setObjectName(QStringLiteral("overviewChannelsChart"));
    m_channelsChart->setValueAxisTitle(tr("channels"));
    m_cpsChart = new TimeSeriesChart(m_chartsBox);
    m_cpsChart->setObjectName(QStringLiteral("overviewCpsChart"));
    m_cpsChart->setValueAxisTitle(tr("calls / s"));
    for (TimeSeriesChart* c : {m_channelsChart, m_cpsChart}) {
        c->setMinimumHeight(fontMetrics().height() * 14);
        charts->addWidget(c, 1);
    }
    chartsLayout->addLayout(charts, 1);
    layout->addWidget(m_chartsBox, 1);

    m_channelsFeeder = new ChartFeeder(history, m_channelsChart, this);
    m_cpsFeeder = new ChartFeeder(history, m_cpsChart, this);
    connect(m_range, &RangeSelector::rangeChanged, this, [this](TimeSeriesChart::Range r) {
        m_channelsChart->setRange(r);
        m_cpsChart->setRange(r);
        Q_EMIT rangeChanged(r);
    });
    connect(m_range, &RangeSelector::fitToDataChanged, this, [this](bool fit) {
        m_channelsChart->setFitToData(fit);
        m_cpsChart->setFitToData(fit);
        Q_EMIT fitToDataChanged(fit);
    });
    m_channelsChart->setRange(m_range->range());
    m_cpsChart->setRange(m_range->range());
    bindCharts();
    refresh();
}

void OverviewPage::setZone(const QString& zoneId)
{
    for (ZoneTile* t : std::as_const(m_tiles))
        t->setSelected(t->zoneId() == zoneId);
    if (zoneId == m_zone)
        return;
    m_zone = zoneId;
    bindCharts();
    refresh();
}

void OverviewPage::setRange(TimeSeriesChart::Range range)
{
    m_range->setRange(range); // emits rangeChanged when different, which sets the charts
    m_channelsChart->setRange(range);
    m_cpsChart->setRange(range);
}

TimeSeriesChart::Range OverviewPage::range() const
{
    return m_range->range();
}

void OverviewPage::setFitToData(bool fit)
{
    m_range->setFitToData(fit); // emits fitToDataChanged when different, which sets the charts
}

bool OverviewPage::fitToData() const
{
    return m_range->fitToData();
}

void OverviewPage::bindCharts()
{
    const bool fleet = m_zone.isEmpty();
    const QString scope = fleet ? tr("Fleet") : m_state->inventory().zoneName(m_zone);
    m_chartsBox->setTitle(fleet ? tr("Whole fleet") : tr("Zone %1").arg(scope));
    const SeriesKey channels = fleet ? SeriesKey::fleet(SeriesKey::Metric::Channels)
                                     : SeriesKey::zone(m_zone, SeriesKey::Metric::Channels);
    const SeriesKey cps =
        fleet ? SeriesKey::fleet(SeriesKey::Metric::Cps) : SeriesKey::zone(m_zone, SeriesKey::Metric::Cps);
    for (const SeriesKey::Metric metric : {SeriesKey::Metric::Channels, SeriesKey::Metric::Cps}) {
        ChartFeeder* feeder = metric == SeriesKey::Metric::Channels ? m_channelsFeeder : m_cpsFeeder;
        feeder->removeSeries(SeriesKey::fleet(metric));
        for (const ZoneSpec& z : m_state->inventory().zones)
            feeder->removeSeries(SeriesKey::zone(z.id, metric));
    }
    m_channelsFeeder->addSeries(channels, tr("in use"));
    m_cpsFeeder->addSeries(cps, tr("CPS"));
}

void OverviewPage::refresh(qint64 nowMs)
{
    if (nowMs <= 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    refreshSummary(nowMs);
    for (ZoneTile* t : std::as_const(m_tiles))
        t->refresh(nowMs);
    const AggregateMetrics a =
        m_zone.isEmpty() ? m_state->fleetMetrics(nowMs) : m_state->zoneMetrics(m_zone, nowMs);
    const QString scope = m_zone.isEmpty() ? tr("Fleet") : m_state->inventory().zoneName(m_zone);
    const QString channelsTitle =
        tr("%1: channels in use (now %2 of %3)")
            .arg(scope, QLocale().toString(a.busy), QLocale().toString(a.configured));
    const QString cpsTitle =
        tr("%1: calls per second (now %2)").arg(scope, QLocale().toString(a.cps, 'f', 1));
    if (channelsTitle != m_channelsTitle)
        m_channelsChart->setTitle(m_channelsTitle = channelsTitle);
    if (cpsTitle != m_cpsTitle)
        m_cpsChart->setTitle(m_cpsTitle = cpsTitle);
    m_channelsChart->setCapacity(a.configured > 0 ? double(a.configured)
                                                  : std::numeric_limits<double>::quiet_NaN());
    m_cpsChart->setCapacity(a.cpsLimit > 0 ? double(a.cpsLimit) : std::numeric_limits<double>::quiet_NaN());
    m_channelsChart->setTargetFraction(m_state->thresholds().utilizationWarning);
    m_cpsChart->setTargetFraction(m_state->thresholds().utilizationWarning);
}

void OverviewPage::refreshSummary(qint64 nowMs)
{
    const AggregateMetrics f = m_state->fleetMetrics(nowMs);
    const QLocale locale;
    QString pick = tr("none");
    if (f.pickServer >= 0)
        pick = tr("%1 (%n free)", nullptr, f.pickFree).arg(m_state->spec(f.pickServer).name);
    m_summary->setText(tr("<b>%1 / %2</b> channels in use (%3 %) &nbsp;·&nbsp; <b>%4</b> CPS &nbsp;·&nbsp; "
                          "%5 of %6 servers reporting &nbsp;·&nbsp; next outbound call → <b>%7</b>")
                           .arg(locale.toString(f.busy), locale.toString(f.configured))
                           .arg(qRound(f.utilization * 100))
                           .arg(locale.toString(f.cps, 'f', 1))
                           .arg(f.reporting)
                           .arg(f.servers)
                           .arg(pick.toHtmlEscaped()));
}

int OverviewPage::heightForWidth(int width) const
{
    return layout()->minimumHeightForWidth(width);
}

} // namespace fleetdeck::ui
