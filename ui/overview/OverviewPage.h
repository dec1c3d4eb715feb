#pragma once

#include "charts/TimeSeriesChart.h"
#include "charts/TrafficCharts.h"

#include <QMap>
#include <QWidget>

class QGroupBox;
class QLabel;

namespace fleetdeck {
class FleetState;
class HistoryStore;
} // namespace fleetdeck

namespace fleetdeck::ui {

class ZoneTile;

/// The fleet or one zone: a fleet-wide line, one tile per zone, and channels + CPS charts of
/// the selected scope (the fleet, or the zone) with capacity and 50 % target lines.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(FleetState* state, const HistoryStore* history, QWidget* parent = nullptr);

    /// Empty = the whole fleet.
    void setZone(const QString& zoneId);
    const QString& zone() const { return m_zone; }
    void setRange(TimeSeriesChart::Range range);
    TimeSeriesChart::Range range() const;
    /// Both charts' value axes scaled to the data instead of the capacity (the Fit button).
    void setFitToData(bool fit);
    bool fitToData() const;

    /// Re-reads FleetState into the line, the tiles and the chart capacities.
    void refresh(qint64 nowMs = 0);

    ZoneTile* tile(const QString& zoneId) const { return m_tiles.value(zoneId); }
    TimeSeriesChart* channelsChart() const { return m_traffic->channelsChart(); }
    TimeSeriesChart* cpsChart() const { return m_traffic->cpsChart(); }

    /// The height the page NEEDS at `width` (its layout's minimum), not the preferred one: inside
    /// a resizable QScrollArea the page then fills the view and scrolls only when it must.
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void zoneActivated(const QString& zoneId);
    void rangeChanged(fleetdeck::ui::TimeSeriesChart::Range range);
    /// The operator toggled the Fit button.
    void fitToDataChanged(bool fit);

private:
    void bindCharts();
    void refreshSummary(qint64 nowMs);

    FleetState* m_state;
    QString m_zone;
    QLabel* m_summary;
    QMap<QString, ZoneTile*> m_tiles;
    QGroupBox* m_chartsBox;
    TrafficCharts* m_traffic;
};

} // namespace fleetdeck::ui
