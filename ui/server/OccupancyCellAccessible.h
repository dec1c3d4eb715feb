#pragma once

#include <QAccessibleInterface>
#include <QPointer>

namespace fleetdeck::ui {

class OccupancyGrid;

/// One worker cell of an OccupancyGrid for assistive technology (a child of
/// OccupancyGridAccessible): name = the cell description, description = the tooltip.
class OccupancyCellAccessible : public QAccessibleInterface
{
public:
    OccupancyCellAccessible(OccupancyGrid* grid, int workerId);

    int workerId() const { return m_workerId; }

    bool isValid() const override;
    QObject* object() const override;
    QWindow* window() const override;
    QAccessibleInterface* focusChild() const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* parent() const override;
    QAccessibleInterface* child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text t, const QString& text) override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;

private:
    QPointer<OccupancyGrid> m_grid;
    int m_workerId;
};

} // namespace fleetdeck::ui
