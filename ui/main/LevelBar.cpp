#include "main/LevelBar.h"

#include "style/Theme.h"

#include <QPainter>

#include <cmath>
#include <limits>

namespace fleetdeck::ui {

LevelBar::LevelBar(QWidget* parent)
    : QWidget(parent), m_solid(std::numeric_limits<double>::quiet_NaN()),
      m_dashed(std::numeric_limits<double>::quiet_NaN()), m_fill(0x00, 0x9E, 0x73)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LevelBar::setMaximum(double maximum)
{
    m_maximum = maximum > 0 ? maximum : 1.0;
    update();
}

void LevelBar::setValue(double value)
{
    if (value == m_value)
        return;
    m_value = value;
    update();
}

void LevelBar::setFillColor(const QColor& color)
{
    if (color == m_fill)
        return;
    m_fill = color;
    update();
}

void LevelBar::setSolidMarker(double value)
{
    m_solid = value;
    update();
}

void LevelBar::setDashedMarker(double value)
{
    m_dashed = value;
    update();
}

QSize LevelBar::sizeHint() const
{
    return {200, fontMetrics().height()};
}

QSize LevelBar::minimumSizeHint() const
{
    return {60, fontMetrics().height()};
}

double LevelBar::xFor(double value, const QRectF& r) const
{
    return r.left() + r.width() * std::clamp(value / m_maximum, 0.0, 1.0);
}

void LevelBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal markerOverhang = 3;
    const QRectF r = QRectF(rect()).adjusted(1, markerOverhang, -1, -markerOverhang);
    const qreal radius = 2;
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::trackColor(palette()));
    p.drawRoundedRect(r, radius, radius);
    if (m_value > 0) {
        p.setBrush(m_fill);
        QRectF fill = r;
        fill.setRight(xFor(m_value, r));
        p.drawRoundedRect(fill, radius, radius);
    }
    const QColor markerColor = Theme::targetColor(palette());
    if (!std::isnan(m_solid)) {
        const qreal x = xFor(m_solid, r);
        p.setPen(QPen(markerColor, 2));
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
    if (!std::isnan(m_dashed)) {
        const qreal x = xFor(m_dashed, r);
        p.setPen(QPen(markerColor, 1.5, Qt::DashLine));
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
}

} // namespace fleetdeck::ui
