#include "server/OccupancyCellAccessible.h"

#include "server/OccupancyGrid.h"

#include <QWidget>
#include <QWindow>

namespace fleetdeck::ui {

OccupancyCellAccessible::OccupancyCellAccessible(OccupancyGrid* grid, int workerId)
    : m_grid(grid), m_workerId(workerId)
{}

bool OccupancyCellAccessible::isValid() const
{
    return m_grid && !m_grid->cellRect(m_workerId).isNull();
}

QObject* OccupancyCellAccessible::object() const
{
    return nullptr;
}

QWindow* OccupancyCellAccessible::window() const
{
    return m_grid && m_grid->window() ? m_grid->window()->windowHandle() : nullptr;
}

QAccessibleInterface* OccupancyCellAccessible::focusChild() const
{
    return nullptr;
}

QAccessibleInterface* OccupancyCellAccessible::childAt(int, int) const
{
    return nullptr;
}

QAccessibleInterface* OccupancyCellAccessible::parent() const
{
    return m_grid ? QAccessible::queryAccessibleInterface(m_grid.data()) : nullptr;
}

QAccessibleInterface* OccupancyCellAccessible::child(int) const
{
    return nullptr;
}

int OccupancyCellAccessible::childCount() const
{
    return 0;
}

int OccupancyCellAccessible::indexOfChild(const QAccessibleInterface*) const
{
    return -1;
}

QString OccupancyCellAccessible::text(QAccessible::Text t) const
{
    if (!m_grid)
        return {};
    switch (t) {
    case QAccessible::Name:
        return m_grid->cellDescription(m_workerId);
    case QAccessible::Description:
        return m_grid->tooltipText(m_workerId);
    default:
        return {};
    }
}

void OccupancyCellAccessible::setText(QAccessible::Text, const QString&) {}

QRect OccupancyCellAccessible::rect() const
{
    if (!m_grid)
        return {};
    const QRect r = m_grid->cellRect(m_workerId);
    return r.isNull() ? QRect() : QRect(m_grid->mapToGlobal(r.topLeft()), r.size());
}

QAccessible::Role OccupancyCellAccessible::role() const
{
    return QAccessible::ListItem;
}

QAccessible::State OccupancyCellAccessible::state() const
{
    QAccessible::State s;
    s.readOnly = true;
    if (!m_grid || !m_grid->isVisible())
        s.invisible = true;
    return s;
}

} // namespace fleetdeck::ui
