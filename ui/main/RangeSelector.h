#pragma once

#include "charts/TimeSeriesChart.h"

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace fleetdeck::ui {

/// Three checkable buttons: 5 min, 1 h, 24 h. Their objectNames are `<prefix>FiveMinutesButton`,
/// `<prefix>OneHourButton`, `<prefix>DayButton` (prefix "range" on the server page). Then a
/// checkable `<prefix>FitButton`: scale the charts' value axes to the data instead of the capacity.
class RangeSelector : public QWidget
{
    Q_OBJECT

public:
    explicit RangeSelector(const QString& objectNamePrefix, QWidget* parent = nullptr);

    void setRange(TimeSeriesChart::Range range);
    TimeSeriesChart::Range range() const { return m_range; }
    void setFitToData(bool fit);
    bool fitToData() const;

    /// "5m", "1h", "24h" (the settings' spelling) and back; unknown text gives one hour.
    static QString toSettingText(TimeSeriesChart::Range range);
    static TimeSeriesChart::Range fromSettingText(const QString& text);

Q_SIGNALS:
    /// Only on user clicks and setRange() with a different range.
    void rangeChanged(fleetdeck::ui::TimeSeriesChart::Range range);
    /// Only on user clicks and setFitToData() with a different value.
    void fitToDataChanged(bool fit);

private:
    void boldWhenChecked(QToolButton* button);
    QToolButton* addButton(const QString& name, const QString& text, const QString& tip,
                           TimeSeriesChart::Range range);

    QButtonGroup* m_group;
    QToolButton* m_fit;
    TimeSeriesChart::Range m_range = TimeSeriesChart::Range::OneHour;
};

} // namespace fleetdeck::ui
