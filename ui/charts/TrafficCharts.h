#pragma once

#include "charts/TimeSeriesChart.h"
#include "history/SeriesKey.h"

#include <QWidget>

#include <optional>

namespace fleetdeck {
class HistoryStore;
} // namespace fleetdeck

namespace fleetdeck::ui {

class ChartFeeder;
class RangeSelector;

/// What the overview and the server page both show of a scope's traffic: the range and Fit
/// buttons, then channels in use and calls per second side by side, each with its capacity
/// and target lines, fed from the history. Objects are named `<prefix>ChannelsChart`,
/// `<prefix>CpsChart`, and the buttons `<rangePrefix>…Button` (see RangeSelector).
class TrafficCharts : public QWidget
{
    Q_OBJECT

public:
    TrafficCharts(const HistoryStore* history, const QString& prefix, const QString& rangePrefix,
                  int minimumChartLines, QWidget* parent = nullptr);

    void setRange(TimeSeriesChart::Range range);
    TimeSeriesChart::Range range() const;
    /// Both value axes scaled to the data instead of the capacity (the Fit button).
    void setFitToData(bool fit);
    bool fitToData() const;

    /// Shows these two series (the channels line is called `channelsName`), replacing the
    /// ones shown before.
    void showSeries(const SeriesKey& channels, const SeriesKey& cps, const QString& channelsName);
    void clearSeries();
    void setTitles(const QString& channels, const QString& cps);
    /// Capacity lines at `channels` and `cps` (≤ 0 hides them) and the target at × `targetFraction`.
    void setLimits(double channels, double cps, double targetFraction);

    TimeSeriesChart* channelsChart() const { return m_channelsChart; }
    TimeSeriesChart* cpsChart() const { return m_cpsChart; }

Q_SIGNALS:
    /// Only on the operator's clicks and setRange()/setFitToData() with a new value.
    void rangeChanged(fleetdeck::ui::TimeSeriesChart::Range range);
    void fitToDataChanged(bool fit);

private:
    RangeSelector* m_range;
    TimeSeriesChart* m_channelsChart;
    TimeSeriesChart* m_cpsChart;
    ChartFeeder* m_channelsFeeder;
    ChartFeeder* m_cpsFeeder;
    std::optional<SeriesKey> m_channelsKey;
    std::optional<SeriesKey> m_cpsKey;
};

} // namespace fleetdeck::ui
