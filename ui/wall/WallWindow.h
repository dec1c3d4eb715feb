#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace fleetdeck {
class AlertEngine;
class FleetState;
class HistoryStore;
} // namespace fleetdeck

namespace fleetdeck::ui {

class ChartFeeder;
class TimeSeriesChart;
class WallHeatmap;
class WallZonePanel;

/// `fleetdeck --wall`: a read-only, full-screen display for a NOC wall. Pages
/// rotate between the fleet heatmap, the zone tiles and the fleet graphs; an
/// alert banner sits on top; when data stops arriving a "STALE — last update
/// hh:mm:ss" state replaces the numbers' authority, and it recovers by itself.
/// It reads the same FleetState, AlertEngine and HistoryStore as the desktop
/// window (no polling of its own) and holds a fixed set of widgets, so it can
/// run for days without growing.
class WallWindow : public QWidget
{
    Q_OBJECT

public:
    WallWindow(FleetState* state, AlertEngine* alerts, const HistoryStore* history, int rotateSeconds,
               QWidget* parent = nullptr);

    int pageCount() const;
    int currentPage() const;
    bool isStale() const { return m_stale; }
    void showPage(int index);

private:
    void refresh();
    void refreshBanner();
    void refreshStale(qint64 nowMs);
    void rotate();

    FleetState* m_state;
    AlertEngine* m_alerts;
    QLabel* m_banner;
    QLabel* m_summary;
    QLabel* m_clock;
    QLabel* m_staleLabel;
    QLabel* m_pageTitle;
    QStackedWidget* m_pages;
    WallHeatmap* m_heatmap;
    WallZonePanel* m_zones;
    TimeSeriesChart* m_channelsChart;
    TimeSeriesChart* m_cpsChart;
    QTimer m_refreshTimer;
    QTimer m_rotateTimer;
    bool m_stale = false; ///< shown as stale right now
};

} // namespace fleetdeck::ui
