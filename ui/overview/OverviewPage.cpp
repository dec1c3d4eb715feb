#include "overview/OverviewPage.h"

#include "charts/TrafficCharts.h"
#include "fleet/FleetState.h"
#include "history/HistoryStore.h"
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
    m_traffic = new TrafficCharts(history, QStringLiteral("overview"), QStringLiteral("overviewRange"), 14,
                                  m_chartsBox);
    chartsLayout->addWidget(m_traffic, 1);
    layout->addWidget(m_chartsBox, 1);
    connect(m_traffic, &TrafficCharts::rangeChanged, this, &OverviewPage::rangeChanged);
    connect(m_traffic, &TrafficCharts::fitToDataChanged, this, &OverviewPage::fitToDataChanged);
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
    m_traffic->setRange(range);
}

TimeSeriesChart::Range OverviewPage::range() const
{
    return m_traffic->range();
}

void OverviewPage::setFitToData(bool fit)
{
    m_traffic->setFitToData(fit);
}

bool OverviewPage::fitToData() const
{
    return m_traffic->fitToData();
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
    m_traffic->showSeries(channels, cps, tr("in use"));
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
    m_traffic->setTitles(channelsTitle, cpsTitle);
    m_traffic->setLimits(a.configured, a.cpsLimit, m_state->thresholds().utilizationWarning);
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
