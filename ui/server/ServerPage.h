#pragma once

#include "charts/TimeSeriesChart.h"
#include "charts/TrafficCharts.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;

namespace fleetdeck {
class FleetState;
class HistoryStore;
struct DriftReport;
} // namespace fleetdeck

namespace fleetdeck::ui {

class LevelBar;
class OccupancyGrid;

/// One server: its workers (OccupancyGrid), memory budget, health details, channels and CPS
/// charts with capacity and 50 % lines and a 5 min / 1 h / 24 h range, the drift section and
/// the change actions (disabled until the change engine arrives).
class ServerPage : public QWidget
{
    Q_OBJECT

public:
    ServerPage(FleetState* state, const HistoryStore* history, QWidget* parent = nullptr);

    /// FleetState index; -1 shows nothing.
    void setServer(int index);
    int server() const { return m_server; }
    void refresh(qint64 nowMs = 0);

    void setRange(TimeSeriesChart::Range range);
    TimeSeriesChart::Range range() const;
    /// Both charts' value axes scaled to the data instead of the capacity (the Fit button).
    void setFitToData(bool fit);
    bool fitToData() const;

    /// Drift hook (models/config/DriftCheck): shows the report for the current server.
    void setDriftReport(const DriftReport& report);
    /// A drift report of `server` (kept while the page shows other servers; the last one
    /// read is shown again when the operator comes back), or why it could not be read.
    void setDriftReport(int server, const DriftReport& report);
    void setDriftError(int server, const QString& error);
    /// While a check of `server` runs: its button is disabled and the section says so.
    void setDriftReading(int server, bool reading);
    /// Enables "Check drift" once a drift checker is connected to driftCheckRequested().
    void setDriftCheckAvailable(bool available);
    /// Enables Add workers… / Remove workers… / Rolling restart… (the console can make changes).
    void setActionsAvailable(bool available);

    OccupancyGrid* grid() const { return m_grid; }
    TimeSeriesChart* channelsChart() const { return m_traffic->channelsChart(); }
    TimeSeriesChart* cpsChart() const { return m_traffic->cpsChart(); }

    /// The height the page NEEDS at `width` (its layout's minimum), not the preferred one: inside
    /// a resizable QScrollArea the page then fills the view and scrolls only when it must.
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void rangeChanged(fleetdeck::ui::TimeSeriesChart::Range range);
    /// The operator toggled the Fit button.
    void fitToDataChanged(bool fit);
    void driftCheckRequested(int server);
    void addWorkersRequested(int server);
    void removeWorkersRequested(int server);
    void rollingRestartRequested(int server);

private:
    QWidget* buildHeader();
    QGroupBox* buildWorkers();
    QGroupBox* buildHealth();
    QGroupBox* buildMemory();
    QGroupBox* buildCharts();
    QGroupBox* buildDrift();
    QLabel* valueLabel(const QString& objectName);
    QPushButton* actionButton(const QString& objectName, const QString& text);
    void bindCharts();
    void refreshMemory();
    void refreshHealth(qint64 nowMs);

    FleetState* m_state;
    const HistoryStore* m_history;
    int m_server = -1;

    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_counts = nullptr;
    OccupancyGrid* m_grid = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_uptime = nullptr;
    QLabel* m_memoryUsed = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_error = nullptr;
    LevelBar* m_memoryBar = nullptr;
    QLabel* m_memoryText = nullptr;
    TrafficCharts* m_traffic = nullptr;
    QLabel* m_drift = nullptr;
    QPushButton* m_checkDrift = nullptr;
    QHash<int, QString> m_driftTexts; ///< server → the drift section's last text
    QSet<int> m_driftReading;         ///< servers whose check is running
    bool m_driftAvailable = false;
    QList<QPushButton*> m_actions; ///< add, remove, restart
};

} // namespace fleetdeck::ui
