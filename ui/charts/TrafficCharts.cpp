#include "charts/TrafficCharts.h"

#include "charts/ChartFeeder.h"
#include "main/RangeSelector.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

#include <limits>

namespace fleetdeck::ui {

TrafficCharts::TrafficCharts(const HistoryStore* history, const QString& prefix, const QString& rangePrefix,
                             int minimumChartLines, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(prefix + QStringLiteral("TrafficCharts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    m_range = new RangeSelector(rangePrefix, this);
    bar->addWidget(m_range);
    layout->addLayout(bar);

    auto* charts = new QHBoxLayout;
    m_channelsChart = new TimeSeriesChart(this);
    m_channelsChart->setObjectName(prefix + QStringLiteral("ChannelsChart"));
    m_channelsChart->setValueAxisTitle(tr("channels"));
    m_cpsChart = new TimeSeriesChart(this);
    m_cpsChart->setObjectName(prefix + QStringLiteral("CpsChart"));
    m_cpsChart->setValueAxisTitle(tr("calls / s"));
    for (TimeSeriesChart* c : {m_channelsChart, m_cpsChart}) {
        c->setMinimumHeight(fontMetrics().height() * minimumChartLines);
        c->setRange(m_range->range());
        charts->addWidget(c, 1);
    }
    layout->addLayout(charts, 1);
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
}

void TrafficCharts::setRange(TimeSeriesChart::Range range)
{
    m_range->setRange(range); // emits rangeChanged when different, which sets the charts
    m_channelsChart->setRange(range);
    m_cpsChart->setRange(range);
}

TimeSeriesChart::Range TrafficCharts::range() const
{
    return m_range->range();
}

void TrafficCharts::setFitToData(bool fit)
{
    m_range->setFitToData(fit); // emits fitToDataChanged when different, which sets the charts
}

bool TrafficCharts::fitToData() const
{
    return m_range->fitToData();
}

void TrafficCharts::clearSeries()
{
    if (m_channelsKey)
        m_channelsFeeder->removeSeries(*m_channelsKey);
    if (m_cpsKey)
        m_cpsFeeder->removeSeries(*m_cpsKey);
    m_channelsKey.reset();
    m_cpsKey.reset();
}

void TrafficCharts::showSeries(const SeriesKey& channels, const SeriesKey& cps, const QString& channelsName)
{
    clearSeries();
    m_channelsFeeder->addSeries(channels, channelsName);
    m_cpsFeeder->addSeries(cps, tr("CPS"));
    m_channelsKey = channels;
    m_cpsKey = cps;
    m_channelsFeeder->refreshNow();
    m_cpsFeeder->refreshNow();
}

void TrafficCharts::setTitles(const QString& channels, const QString& cps)
{
    m_channelsChart->setTitle(channels);
    m_cpsChart->setTitle(cps);
}

void TrafficCharts::setLimits(double channels, double cps, double targetFraction)
{
    const double none = std::numeric_limits<double>::quiet_NaN();
    m_channelsChart->setCapacity(channels > 0 ? channels : none);
    m_cpsChart->setCapacity(cps > 0 ? cps : none);
    m_channelsChart->setTargetFraction(targetFraction);
    m_cpsChart->setTargetFraction(targetFraction);
}

} // namespace fleetdeck::ui
