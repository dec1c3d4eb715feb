#pragma once

#include <QColor>
#include <QWidget>

namespace fleetdeck::ui {

/// A horizontal bar: a value against a maximum, with up to two reference markers (the 50 %
/// target, a budget, a safe count). Painted in logical pixels with antialiasing: crisp at any
/// device pixel ratio; its height follows the font.
class LevelBar : public QWidget
{
    Q_OBJECT

public:
    explicit LevelBar(QWidget* parent = nullptr);

    void setMaximum(double maximum);
    void setValue(double value);
    void setFillColor(const QColor& color);
    /// A solid marker (e.g. a budget) and a dashed one (e.g. the 50 % target); NaN hides them.
    void setSolidMarker(double value);
    void setDashedMarker(double value);

    double value() const { return m_value; }
    double maximum() const { return m_maximum; }
    double dashedMarker() const { return m_dashed; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double xFor(double value, const QRectF& r) const;

    double m_maximum = 1.0;
    double m_value = 0.0;
    double m_solid;
    double m_dashed;
    QColor m_fill;
};

} // namespace fleetdeck::ui
