#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace fleetdeck::ui {

class OccupancyGrid;

/// Accessibility for OccupancyGrid, which paints its cells itself: the grid is a list with one
/// child per worker cell (role ListItem), each named by OccupancyGrid::cellDescription()
/// ("Worker 3: busy, call c-0003, 04:12") and placed at cellRect(). State is said in words, so
/// nothing depends on the cell's colour.
class OccupancyGridAccessible : public QAccessibleWidget
{
public:
    explicit OccupancyGridAccessible(OccupancyGrid* grid);
    ~OccupancyGridAccessible() override;

    /// Registers the factory that gives every OccupancyGrid this interface (idempotent).
    /// fleetdeck's main() and the tests call it.
    static void installFactory();

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;

    OccupancyGrid* grid() const;

private:
    mutable QHash<int, QAccessible::Id> m_cells; ///< worker id → its cell's interface
};

} // namespace fleetdeck::ui
