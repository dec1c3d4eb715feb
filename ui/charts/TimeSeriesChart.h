#pragma once

#include "history/SeriesPoint.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QWidget>

#include <span>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace fleetdeck::ui {

/// One metric over time (channels, or CPS) with its capacity and 50 % target lines.
///
/// The only place the UI touches Qt Charts (deprecated from Qt 6.10 for Qt Graphs): the rest of
/// the UI sees setRange/setTimeWindow/setSeries/setCapacity. Callers hand it already decimated
/// points (see ChartFeeder); each setSeries() is one QXYSeries::replace() per segment, never
/// point-by-point appends. NaN points are gaps: the line breaks there (one QLineSeries per
/// segment, extra segments hidden from the legend). Antialiased, no animations, colours follow
/// the widget palette (light or dark). Channels and CPS are two instances stacked, so each keeps
/// its own axis and its own capacity line.
class TimeSeriesChart : public QWidget
{
    Q_OBJECT

public:
    enum class Range { FiveMinutes, OneHour, Day };
    Q_ENUM(Range)

    explicit TimeSeriesChart(QWidget* parent = nullptr);
    ~TimeSeriesChart() override;

    static qint64 durationMs(Range range);

    void setTitle(const QString& title);
    void setValueAxisTitle(const QString& title);

    /// The visible span; the window then ends wherever setTimeWindow() puts it ("now").
    void setRange(Range range);
    Range range() const { return m_range; }
    /// Visible window in ms since the epoch (what ChartFeeder sets on every refresh).
    void setTimeWindow(qint64 fromMs, qint64 toMs);
    qint64 windowFromMs() const { return m_fromMs; }
    qint64 windowToMs() const { return m_toMs; }

    /// Shows `points` (time-ordered, NaN = gap) as the series called `name`, creating it on first use.
    void setSeries(const QString& name, std::span<const SeriesPoint> points);
    void removeSeries(const QString& name);
    QStringList seriesNames() const;
    /// Points currently handed to Qt Charts for `name`, all segments together.
    int seriesPointCount(const QString& name) const;
    /// Line segments (between gaps) currently drawn for `name`.
    int seriesSegmentCount(const QString& name) const;

    /// Capacity line at `capacity` and target line at capacity × targetFraction (default 0.5).
    /// NaN or ≤ 0 hides both.
    void setCapacity(double capacity);
    void setTargetFraction(double fraction);
    double capacity() const { return m_capacity; }
    bool capacityLinesVisible() const;

    /// Value axis scaled to the data (true) or to the capacity and the data (false, the
    /// default). Fitting makes 1 CPS against a 100 CPS limit readable; the capacity and
    /// target lines may then lie above the plot (their values stay in the legend).
    void setFitToData(bool fit);
    bool fitToData() const { return m_fitToData; }
    /// Text (title, axis labels and titles, legend, line labels) at the widget's font × `factor`:
    /// 1 on the desktop, larger on the wall display.
    void setTextScale(double factor);
    double textScale() const { return m_textScale; }

    /// Top of the value axis as drawn, and its number of tick labels.
    double valueAxisMax() const;
    int valueAxisTickCount() const;

    /// Width of the plot area in device-independent pixels: the column count for decimation.
    int plotWidthPixels() const;

signals:
    void rangeChanged(fleetdeck::ui::TimeSeriesChart::Range range);
    /// The plot area's width changed (resize, axis labels): data should be decimated again.
    void plotWidthChanged(int pixels);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry
    {
        QString name;
        int colorIndex = 0;
        std::vector<QLineSeries*> segments; // [0] carries the legend entry
        int pointCount = 0;
        double maxValue = 0;
    };

    Entry& entryFor(const QString& name);
    QLineSeries* addLineSeries(const QString& objectName);
    QLineSeries* segment(Entry& entry, size_t index);
    void updateReferenceLines();
    void updateValueAxis();
    void updateTimeAxisFormat();
    void applyPalette();
    void applyFonts();
    bool isDark() const;
    QColor seriesColor(int index) const;
    void onPlotAreaChanged();

    QChart* m_chart;
    QChartView* m_view;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_valueAxis;
    QLineSeries* m_capacitySeries;
    QLineSeries* m_targetSeries;
    std::vector<Entry> m_entries;
    Range m_range = Range::OneHour;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    double m_capacity;
    double m_targetFraction = 0.5;
    bool m_fitToData = false;
    double m_textScale = 1.0;
    int m_lastPlotWidth = 0;
    int m_lastPlotHeight = 0;
};

} // namespace fleetdeck::ui
