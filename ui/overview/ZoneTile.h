#pragma once

#include <QFrame>

class QLabel;

namespace fleetdeck {
class FleetState;
struct AggregateMetrics;
} // namespace fleetdeck

namespace fleetdeck::ui {

class LevelBar;

/// One zone at a glance (objectName `zoneTile_<id>`): channels in use against capacity and the
/// limit, CPS against the zone's CPS limit, utilization against the 50 % target, the per-server
/// limits, whether the zone can lose its largest server, and the bridge's next pick. Clicking
/// the tile selects the zone.
///
/// Keyboard: a tab stop (Qt::StrongFocus) with a focus ring in the palette's highlight colour;
/// Enter, Return and Space activate it as a click does (activated()); the arrow keys move to
/// the neighbouring tile (Left/Right: previous/next, Up/Down: the row above/below), Home/End
/// to the first/last. Screen readers get "Zone <name>" and a description of the status,
/// channels against capacity, utilization against the target and the N−1 check.
class ZoneTile : public QFrame
{
    Q_OBJECT

public:
    ZoneTile(const FleetState* state, const QString& zoneId, QWidget* parent = nullptr);

    const QString& zoneId() const { return m_zoneId; }
    void refresh(qint64 nowMs = 0);
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void activated(const QString& zoneId);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* addLabel(const QString& objectName);
    void applyFrameStyle();
    static void setLabelColor(QLabel* label, const QColor& color);
    QString failoverText(qint64 nowMs, bool& ok) const;
    QString limitsText(qint64 nowMs) const;
    QString accessibleSummary(const AggregateMetrics& z, const QString& status,
                              const QString& failover) const;
    /// The tile to move to for an arrow/Home/End key, nullptr when there is none that way.
    ZoneTile* neighbour(int key) const;

    const FleetState* m_state;
    QString m_zoneId;
    bool m_selected = false;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_channels;
    QLabel* m_cps;
    LevelBar* m_bar;
    QLabel* m_utilization;
    QLabel* m_limits;
    QLabel* m_failover;
    QLabel* m_pick;
};

} // namespace fleetdeck::ui
