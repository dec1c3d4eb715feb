#include "TimeSeriesChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fleetdeck::ui {

namespace {

/// Beyond this many gaps in the visible window the rest is drawn joined (a flapping server).
constexpr size_t kMaxSegments = 200;
/// Where along the window the capacity and target labels sit (fraction of the width).
constexpr double kLabelAt = 0.14; // far enough from the value axis for the label to clear it

struct NiceAxis
{
    double top;
    int ticks;
};

/// A top at a round multiple of a 1/2/2.5/5 × 10^k tick step, with at most `maxIntervals`
/// (1…6) intervals: fewer on a short chart, where Qt Charts would elide crowded labels to "…".
NiceAxis niceAxis(double v, int maxIntervals = 6)
{
    maxIntervals = std::clamp(maxIntervals, 1, 6);
    if (!(v > 0))
        return {1, std::min(5, maxIntervals + 1)};
    double step = std::pow(10.0, std::floor(std::log10(v / maxIntervals)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0, 20.0}) {
        if (std::ceil(v / (m * step) - 1e-9) <= maxIntervals) {
            step *= m;
            break;
        }
    }
    const double intervals = std::max(1.0, std::ceil(v / step - 1e-9));
    return {intervals * step, int(intervals) + 1};
}

QPen linePen(const QColor& color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(color, width, style);
    pen.setCosmetic(true);
    return pen;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_timeAxis(new QDateTimeAxis(m_chart)), m_valueAxis(new QValueAxis(m_chart)),
      m_capacity(std::numeric_limits<double>::quiet_NaN())
{
    m_chart->setObjectName(QStringLiteral("historyChart"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setObjectName(QStringLiteral("historyChartView"));
    m_view->setRenderHint(QPainter::Antialiasing, true);
    m_view->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_timeAxis->setObjectName(QStringLiteral("timeDateTimeAxis"));
    m_valueAxis->setObjectName(QStringLiteral("valueValueAxis"));
    m_valueAxis->setLabelFormat(QStringLiteral("%g"));
    m_valueAxis->setRange(0, 1);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    m_capacitySeries = addLineSeries(QStringLiteral("capacityLineSeries"));
    m_targetSeries = addLineSeries(QStringLiteral("targetLineSeries"));
    for (QLineSeries* line : {m_capacitySeries, m_targetSeries}) {
        line->setPointLabelsClipping(false);
        line->setVisible(false);
    }
    connect(m_chart, &QChart::plotAreaChanged, this, &TimeSeriesChart::onPlotAreaChanged);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setTimeWindow(now - durationMs(m_range), now);
    updateTimeAxisFormat();
    applyPalette();
    applyFonts();
}

TimeSeriesChart::~TimeSeriesChart() = default;

qint64 TimeSeriesChart::durationMs(Range range)
{
    switch (range) {
    case Range::FiveMinutes:
        return 5 * 60 * 1000;
    case Range::OneHour:
        return 3600 * 1000;
    case Range::Day:
        return 24 * 3600 * 1000;
    }
    return 3600 * 1000;
}

void TimeSeriesChart::setTitle(const QString& title)
{
    if (title == m_chart->title()) // a new title lays the chart out again
        return;
    m_chart->setTitle(title);
    m_view->setAccessibleName(title); // what a screen reader says for the chart (it is a tab stop)
}

void TimeSeriesChart::setValueAxisTitle(const QString& title)
{
    m_valueAxis->setTitleText(title);
}

void TimeSeriesChart::setRange(Range range)
{
    if (range == m_range)
        return;
    m_range = range;
    setTimeWindow(m_toMs - durationMs(range), m_toMs);
    updateTimeAxisFormat();
    emit rangeChanged(range);
}

void TimeSeriesChart::setTimeWindow(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs || (fromMs == m_fromMs && toMs == m_toMs))
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    updateReferenceLines();
}

void TimeSeriesChart::updateTimeAxisFormat()
{
    const bool seconds = m_range == Range::FiveMinutes;
    m_timeAxis->setFormat(seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(m_range == Range::Day ? 9 : m_range == Range::OneHour ? 7 : 6);
}

QLineSeries* TimeSeriesChart::addLineSeries(const QString& objectName)
{
    auto* series = new QLineSeries(m_chart);
    series->setObjectName(objectName);
    series->setUseOpenGL(false);
    m_chart->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    return series;
}

TimeSeriesChart::Entry& TimeSeriesChart::entryFor(const QString& name)
{
    auto it =
        std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.name == name; });
    if (it != m_entries.end())
        return *it;
    int color = 0;
    while (std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const Entry& e) { return e.colorIndex == color; }))
        ++color;
    m_entries.push_back(Entry{name, color, {}, 0, 0});
    return m_entries.back();
}

QLineSeries* TimeSeriesChart::segment(Entry& entry, size_t index)
{
    while (entry.segments.size() <= index) {
        const size_t k = entry.segments.size();
        QLineSeries* series = addLineSeries(QStringLiteral("dataLineSeries"));
        series->setPen(linePen(seriesColor(entry.colorIndex), 2));
        series->setBrush(seriesColor(entry.colorIndex));
        series->setMarkerSize(5);
        if (k == 0) {
            series->setName(entry.name);
        } else {
            for (QLegendMarker* marker : m_chart->legend()->markers(series))
                marker->setVisible(false);
        }
        entry.segments.push_back(series);
    }
    return entry.segments[index];
}

void TimeSeriesChart::setSeries(const QString& name, std::span<const SeriesPoint> points)
{
    Entry& entry = entryFor(name);
    segment(entry, 0); // the legend entry exists even while everything is a gap
    QList<QPointF> run;
    run.reserve(qsizetype(points.size()));
    size_t used = 0;
    double maxValue = 0;
    int count = 0;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        QLineSeries* series = segment(entry, used);
        // A lone sample between gaps has no line to draw: show it as a dot.
        if (series->pointsVisible() != (run.size() == 1))
            series->setPointsVisible(run.size() == 1);
        series->replace(run);
        ++used;
        run.clear();
    };
    for (const SeriesPoint& p : points) {
        if (p.isGap()) {
            if (used + 1 < kMaxSegments)
                flush();
            continue;
        }
        run.append(QPointF(qreal(p.tMs), p.value));
        maxValue = std::max(maxValue, p.value);
        ++count;
    }
    flush();
    for (size_t k = used; k < entry.segments.size(); ++k) {
        if (entry.segments[k]->count() > 0)
            entry.segments[k]->clear();
    }
    entry.pointCount = count;
    entry.maxValue = maxValue;
    updateValueAxis();
}

void TimeSeriesChart::removeSeries(const QString& name)
{
    auto it =
        std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.name == name; });
    if (it == m_entries.end())
        return;
    for (QLineSeries* series : it->segments) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_entries.erase(it);
    updateValueAxis();
}

QStringList TimeSeriesChart::seriesNames() const
{
    QStringList names;
    for (const Entry& e : m_entries)
        names.append(e.name);
    return names;
}

int TimeSeriesChart::seriesPointCount(const QString& name) const
{
    int total = 0;
    for (const Entry& e : m_entries) {
        if (e.name == name) {
            for (const QLineSeries* s : e.segments)
                total += s->count();
        }
    }
    return total;
}

int TimeSeriesChart::seriesSegmentCount(const QString& name) const
{
    for (const Entry& e : m_entries) {
        if (e.name == name)
            return int(std::count_if(e.segments.begin(), e.segments.end(),
                                     [](const QLineSeries* s) { return s->count() > 0; }));
    }
    return 0;
}

void TimeSeriesChart::setCapacity(double capacity)
{
    if (capacity == m_capacity) // NaN != NaN: hiding twice is harmless
        return;
    m_capacity = capacity;
    updateReferenceLines();
    updateValueAxis();
}

void TimeSeriesChart::setTargetFraction(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction == m_targetFraction)
        return;
    m_targetFraction = fraction;
    updateReferenceLines();
}

bool TimeSeriesChart::capacityLinesVisible() const
{
    return m_capacitySeries->isVisible() && m_targetSeries->isVisible() && m_capacitySeries->count() > 0 &&
           m_targetSeries->count() > 0;
}

void TimeSeriesChart::updateReferenceLines()
{
    const bool show = m_capacity > 0 && m_toMs > m_fromMs;
    m_capacitySeries->setVisible(show);
    m_targetSeries->setVisible(show);
    if (!show)
        return;
    const QLocale locale;
    const double target = m_capacity * m_targetFraction;
    const QString cap = locale.toString(m_capacity, 'g', 6);
    const QString tgt = locale.toString(target, 'g', 6);
    const QString percent = locale.toString(m_targetFraction * 100, 'g', 3);
    m_capacitySeries->setName(tr("Capacity (%1)").arg(cap));
    m_targetSeries->setName(tr("%1 % target (%2)").arg(percent, tgt));
    m_capacitySeries->setPointLabelsFormat(tr("capacity %1").arg(cap));
    m_targetSeries->setPointLabelsFormat(tr("%1 % target %2").arg(percent, tgt));
    const qreal from = qreal(m_fromMs), to = qreal(m_toMs), at = from + (to - from) * kLabelAt;
    m_capacitySeries->replace({QPointF(from, m_capacity), QPointF(at, m_capacity), QPointF(to, m_capacity)});
    m_targetSeries->replace({QPointF(from, target), QPointF(at, target), QPointF(to, target)});
    for (QLineSeries* line : {m_capacitySeries, m_targetSeries})
        line->setPointConfiguration(1, QXYSeries::PointConfiguration::LabelVisibility, true);
}

void TimeSeriesChart::setFitToData(bool fit)
{
    if (fit == m_fitToData)
        return;
    m_fitToData = fit;
    updateValueAxis();
}

double TimeSeriesChart::valueAxisMax() const
{
    return m_valueAxis->max();
}

int TimeSeriesChart::valueAxisTickCount() const
{
    return m_valueAxis->tickCount();
}

void TimeSeriesChart::updateValueAxis()
{
    double top = m_capacity > 0 && !m_fitToData ? m_capacity : 0;
    for (const Entry& e : m_entries)
        top = std::max(top, e.maxValue);
    // A label needs about 1.6 of its own heights between ticks to be drawn whole.
    const double labelHeight = QFontMetricsF(m_valueAxis->labelsFont()).height();
    const double plotHeight = m_chart->plotArea().height();
    const int maxIntervals = plotHeight > 0 ? int(plotHeight / (labelHeight * 1.6)) : 6;
    const NiceAxis axis = niceAxis(top * 1.1, maxIntervals);
    if (m_valueAxis->max() != axis.top || m_valueAxis->min() != 0)
        m_valueAxis->setRange(0, axis.top);
    if (m_valueAxis->tickCount() != axis.ticks)
        m_valueAxis->setTickCount(axis.ticks);
}

bool TimeSeriesChart::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

QColor TimeSeriesChart::seriesColor(int index) const
{
    static const QColor light[] = {QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32),
                                   QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f),
                                   QColor(0x5d, 0x40, 0x37)};
    static const QColor dark[] = {QColor(0x64, 0xb5, 0xf6), QColor(0x81, 0xc7, 0x84),
                                  QColor(0xce, 0x93, 0xd8), QColor(0x4d, 0xd0, 0xe1),
                                  QColor(0xbc, 0xaa, 0xa4)};
    const int n = int(std::size(light));
    return isDark() ? dark[index % n] : light[index % n];
}

void TimeSeriesChart::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = isDark();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(dark ? 50 : 40);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    m_view->setBackgroundBrush(base);
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLinePen(linePen(grid, 1));
        axis->setLinePen(linePen(grid, 1));
        axis->setShadesVisible(false);
    }
    const QColor capacity = dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    const QColor target = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00);
    m_capacitySeries->setPen(linePen(capacity, 2, Qt::DashLine));
    m_targetSeries->setPen(linePen(target, 2, Qt::DashDotLine));
    m_capacitySeries->setPointLabelsColor(capacity);
    m_targetSeries->setPointLabelsColor(target);
    for (const Entry& e : m_entries) {
        for (QLineSeries* s : e.segments) {
            s->setPen(linePen(seriesColor(e.colorIndex), 2));
            s->setBrush(seriesColor(e.colorIndex));
        }
    }
}

void TimeSeriesChart::setTextScale(double factor)
{
    factor = std::clamp(factor, 0.5, 4.0);
    if (factor == m_textScale)
        return;
    m_textScale = factor;
    applyFonts();
}

void TimeSeriesChart::applyFonts()
{
    // Qt Charts takes its fonts from its theme, not from the widget: follow the widget's font
    // (Settings, HiDPI, the wall's scale) so the chart reads like the rest of the window.
    auto scaled = [this](double factor, bool bold = false) {
        QFont f = font();
        f.setPointSizeF(std::max(1.0, f.pointSizeF() * factor * m_textScale));
        f.setBold(bold);
        return f;
    };
    m_chart->setTitleFont(scaled(1.0, true));
    m_chart->legend()->setFont(scaled(0.95));
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsFont(scaled(0.9));
        axis->setTitleFont(scaled(0.95, true));
    }
    m_capacitySeries->setPointLabelsFont(scaled(0.85));
    m_targetSeries->setPointLabelsFont(scaled(0.85));
    updateValueAxis(); // the tick count depends on the label height
}

void TimeSeriesChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

int TimeSeriesChart::plotWidthPixels() const
{
    const int w = int(m_chart->plotArea().width());
    return w > 0 ? w : std::max(width() - 80, 100);
}

void TimeSeriesChart::onPlotAreaChanged()
{
    const int h = qRound(m_chart->plotArea().height());
    if (h != m_lastPlotHeight) {
        m_lastPlotHeight = h;
        updateValueAxis(); // tick count follows the height
    }
    const int w = plotWidthPixels();
    if (w == m_lastPlotWidth)
        return;
    m_lastPlotWidth = w;
    emit plotWidthChanged(w);
}

} // namespace fleetdeck::ui
