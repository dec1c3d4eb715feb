#pragma once

#include "history/SeriesKey.h"
#include "history/SeriesPoint.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <vector>

namespace fleetdeck {
class HistoryStore;
}

namespace fleetdeck::ui {

class TimeSeriesChart;

/// Keeps a TimeSeriesChart showing HistoryStore series: on each refresh it takes the chart's
/// window (ending "now") and plot width, reads each series in place from the finest tier that
/// covers the window, decimates to ≤ 2 points per pixel column and replaces the chart series.
///
/// Refreshes are throttled: requestRefresh() may be called for every sample, the chart is
/// redrawn at most once per minimumInterval() (250 ms by default, ≤ 4 per second). A periodic
/// refresh (1 s by default) keeps the window sliding with time. Runs on the GUI thread; the
/// store must outlive the feeder.
class ChartFeeder : public QObject
{
    Q_OBJECT

public:
    enum class Method { MinMaxPerColumn, Lttb };
    Q_ENUM(Method)

    ChartFeeder(const HistoryStore* store, TimeSeriesChart* chart, QObject* parent = nullptr);

    /// Draws `key` as the chart series `displayName` from the next refresh on.
    void addSeries(const SeriesKey& key, const QString& displayName);
    void removeSeries(const SeriesKey& key);

    void setMethod(Method method) { m_method = method; }
    Method method() const { return m_method; }
    /// "Now" in ms since the epoch; tests inject a fixed clock.
    void setClock(std::function<qint64()> clock);
    void setMinimumInterval(int ms);
    int minimumInterval() const { return m_minIntervalMs; }
    /// Period of the sliding-window refresh; 0 turns it off.
    void setRefreshInterval(int ms);

    /// Refreshes done so far (for tests and diagnostics).
    int refreshCount() const { return m_refreshCount; }
    /// A throttled refresh is scheduled and not yet done.
    bool isRefreshPending() const { return m_throttle.isActive(); }
    /// Points handed to the chart in the last refresh, all series together.
    int lastPointCount() const { return m_lastPointCount; }

public slots:
    /// Throttled: coalesces with any pending request.
    void requestRefresh();
    /// Immediate, unthrottled.
    void refreshNow();

signals:
    void refreshed();

private:
    struct Binding
    {
        SeriesKey key;
        QString name;
    };

    QPointer<TimeSeriesChart> m_chart;
    const HistoryStore* m_store;
    std::vector<Binding> m_bindings;
    std::vector<SeriesPoint> m_scratch; // reused: no allocation per refresh once warmed up
    std::function<qint64()> m_clock;
    Method m_method = Method::MinMaxPerColumn;
    QTimer m_throttle;
    QTimer m_periodic;
    QElapsedTimer m_sinceRefresh;
    int m_minIntervalMs = 250;
    int m_refreshCount = 0;
    int m_lastPointCount = 0;
};

} // namespace fleetdeck::ui
