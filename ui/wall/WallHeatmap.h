#pragma once

#include <QWidget>

namespace fleetdeck {
class FleetState;
}

namespace fleetdeck::ui {

/// The fleet-wide heatmap for the wall: one row per server (grouped by zone),
/// one cell per worker, painted in one pass. State is shown by fill AND shape
/// so it reads from across a room and without colour: busy = solid, idle =
/// outline, starting = dotted, draining = striped, down = cross. A server
/// without fresh data is greyed out and labelled.
class WallHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit WallHeatmap(FleetState* state, QWidget* parent = nullptr);

    /// Rows in paint order: server indices grouped by zone.
    const QList<int>& rowOrder() const { return m_order; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintRow(QPainter& p, int server, const QRect& row, int nameWidth, int cell);
    void paintLegend(QPainter& p, const QRect& area, int cell);

    FleetState* m_state;
    QList<int> m_order;
    QList<QPair<QString, QList<int>>> m_zones; ///< zone name → its servers
};

} // namespace fleetdeck::ui
