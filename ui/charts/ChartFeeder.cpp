#include "ChartFeeder.h"

#include "TimeSeriesChart.h"
#include "history/Decimator.h"
#include "history/HistoryStore.h"

#include <QDateTime>

#include <algorithm>

namespace fleetdeck::ui {

ChartFeeder::ChartFeeder(const HistoryStore* store, TimeSeriesChart* chart, QObject* parent)
    : QObject(parent), m_chart(chart), m_store(store),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &ChartFeeder::refreshNow);
    connect(&m_periodic, &QTimer::timeout, this, &ChartFeeder::requestRefresh);
    m_periodic.start(1000);
    if (chart) {
        connect(chart, &TimeSeriesChart::rangeChanged, this, &ChartFeeder::requestRefresh);
        connect(chart, &TimeSeriesChart::plotWidthChanged, this, &ChartFeeder::requestRefresh);
    }
}

void ChartFeeder::addSeries(const SeriesKey& key, const QString& displayName)
{
    removeSeries(key);
    m_bindings.push_back({key, displayName});
    requestRefresh();
}

void ChartFeeder::removeSeries(const SeriesKey& key)
{
    auto it =
        std::find_if(m_bindings.begin(), m_bindings.end(), [&](const Binding& b) { return b.key == key; });
    if (it == m_bindings.end())
        return;
    if (m_chart)
        m_chart->removeSeries(it->name);
    m_bindings.erase(it);
}

void ChartFeeder::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void ChartFeeder::setMinimumInterval(int ms)
{
    m_minIntervalMs = std::max(ms, 0);
}

void ChartFeeder::setRefreshInterval(int ms)
{
    if (ms <= 0) {
        m_periodic.stop();
        return;
    }
    m_periodic.start(std::max(ms, m_minIntervalMs));
}

void ChartFeeder::requestRefresh()
{
    if (m_throttle.isActive())
        return; // already scheduled: coalesce
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : m_minIntervalMs;
    m_throttle.start(int(std::max<qint64>(0, m_minIntervalMs - since)));
}

void ChartFeeder::refreshNow()
{
    m_throttle.stop();
    m_sinceRefresh.start();
    if (!m_chart || !m_store)
        return;
    const qint64 to = m_clock();
    const qint64 from = to - TimeSeriesChart::durationMs(m_chart->range());
    const int columns = std::max(m_chart->plotWidthPixels(), 1);
    m_chart->setTimeWindow(from, to);
    m_lastPointCount = 0;
    for (const Binding& b : m_bindings) {
        m_scratch.clear();
        if (const TieredSeries* series = m_store->find(b.key)) {
            const RingView view = series->query(from, to);
            if (m_method == Method::Lttb)
                Decimator::lttb(view, from, to, 2 * columns, m_scratch);
            else
                Decimator::minMaxPerColumn(view, from, to, columns, m_scratch);
        }
        m_chart->setSeries(b.name, m_scratch);
        m_lastPointCount += int(m_scratch.size());
    }
    ++m_refreshCount;
    emit refreshed();
}

} // namespace fleetdeck::ui
