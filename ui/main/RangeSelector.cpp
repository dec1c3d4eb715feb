#include "main/RangeSelector.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

namespace fleetdeck::ui {

RangeSelector::RangeSelector(const QString& prefix, QWidget* parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(prefix + QStringLiteral("SelectorWidget"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(addButton(prefix + QStringLiteral("FiveMinutesButton"), tr("5 min"),
                                tr("Last five minutes, one point per second"),
                                TimeSeriesChart::Range::FiveMinutes));
    layout->addWidget(addButton(prefix + QStringLiteral("OneHourButton"), tr("1 h"), tr("Last hour"),
                                TimeSeriesChart::Range::OneHour));
    layout->addWidget(addButton(prefix + QStringLiteral("DayButton"), tr("24 h"),
                                tr("Last 24 hours, 10-second buckets"), TimeSeriesChart::Range::Day));
    layout->addSpacing(8);
    m_fit = new QToolButton(this);
    m_fit->setObjectName(prefix + QStringLiteral("FitButton"));
    m_fit->setText(tr("Fit to data"));
    m_fit->setToolTip(tr("Scale the value axis to the data instead of the capacity (the capacity and target "
                         "lines may then be above the chart; their values stay in the legend)"));
    m_fit->setCheckable(true);
    m_fit->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_fit);
    connect(m_fit, &QToolButton::clicked, this, [this](bool checked) { Q_EMIT fitToDataChanged(checked); });
    boldWhenChecked(m_fit);
    m_group->setExclusive(true);
    m_group->button(int(m_range))->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        const auto range = static_cast<TimeSeriesChart::Range>(id);
        if (range == m_range)
            return;
        m_range = range;
        Q_EMIT rangeChanged(range);
    });
}

QToolButton* RangeSelector::addButton(const QString& name, const QString& text, const QString& tip,
                                      TimeSeriesChart::Range range)
{
    auto* b = new QToolButton(this);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setCheckable(true);
    b->setAutoRaise(false);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_group->addButton(b, int(range));
    boldWhenChecked(b);
    return b;
}

void RangeSelector::boldWhenChecked(QToolButton* button)
{
    // Bold as well as pressed: the pressed look alone is faint on the dark palette.
    connect(button, &QToolButton::toggled, button, [button](bool checked) {
        QFont f = button->font();
        f.setBold(checked);
        button->setFont(f);
    });
}

void RangeSelector::setRange(TimeSeriesChart::Range range)
{
    m_group->button(int(range))->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
    Q_EMIT rangeChanged(range);
}

void RangeSelector::setFitToData(bool fit)
{
    if (fit == m_fit->isChecked())
        return;
    m_fit->setChecked(fit);
    Q_EMIT fitToDataChanged(fit);
}

bool RangeSelector::fitToData() const
{
    return m_fit->isChecked();
}

QString RangeSelector::toSettingText(TimeSeriesChart::Range range)
{
    switch (range) {
    case TimeSeriesChart::Range::FiveMinutes:
        return QStringLiteral("5m");
    case TimeSeriesChart::Range::OneHour:
        return QStringLiteral("1h");
    case TimeSeriesChart::Range::Day:
        return QStringLiteral("24h");
    }
    return QStringLiteral("1h");
}

TimeSeriesChart::Range RangeSelector::fromSettingText(const QString& text)
{
    if (text == QLatin1String("5m"))
        return TimeSeriesChart::Range::FiveMinutes;
    if (text == QLatin1String("24h"))
        return TimeSeriesChart::Range::Day;
    return TimeSeriesChart::Range::OneHour;
}

} // namespace fleetdeck::ui
