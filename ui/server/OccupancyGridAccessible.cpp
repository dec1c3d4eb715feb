#include "server/OccupancyGridAccessible.h"

#include "server/OccupancyCellAccessible.h"
#include "server/OccupancyGrid.h"

namespace fleetdeck::ui {

namespace {

QAccessibleInterface* factory(const QString& className, QObject* object)
{
    if (className == QLatin1String("fleetdeck::ui::OccupancyGrid") && object && object->isWidgetType())
        if (auto* grid = qobject_cast<OccupancyGrid*>(object))
            return new OccupancyGridAccessible(grid);
    return nullptr;
}

} // namespace

OccupancyGridAccessible::OccupancyGridAccessible(OccupancyGrid* grid)
    : QAccessibleWidget(grid, QAccessible::List)
{}

OccupancyGridAccessible::~OccupancyGridAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id);
}

void OccupancyGridAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

OccupancyGrid* OccupancyGridAccessible::grid() const
{
    return static_cast<OccupancyGrid*>(widget());
}

int OccupancyGridAccessible::childCount() const
{
    return grid()->cellCount();
}

QAccessibleInterface* OccupancyGridAccessible::child(int index) const
{
    const QList<WorkerStatus>& workers = grid()->workers();
    if (index < 0 || index >= workers.size())
        return nullptr;
    const int id = workers.at(index).id;
    if (const auto it = m_cells.constFind(id); it != m_cells.constEnd())
        if (QAccessibleInterface* cached = QAccessible::accessibleInterface(it.value()))
            return cached;
    auto* cell = new OccupancyCellAccessible(grid(), id);
    m_cells.insert(id, QAccessible::registerAccessibleInterface(cell));
    return cell;
}

int OccupancyGridAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const auto* cell = dynamic_cast<const OccupancyCellAccessible*>(child);
    if (!cell)
        return -1;
    const QList<WorkerStatus>& workers = grid()->workers();
    for (int i = 0; i < workers.size(); ++i)
        if (workers.at(i).id == cell->workerId())
            return i;
    return -1;
}

QAccessibleInterface* OccupancyGridAccessible::childAt(int x, int y) const
{
    const int worker = grid()->workerAt(grid()->mapFromGlobal(QPoint(x, y)));
    if (worker <= 0)
        return nullptr;
    const QList<WorkerStatus>& workers = grid()->workers();
    for (int i = 0; i < workers.size(); ++i)
        if (workers.at(i).id == worker)
            return child(i);
    return nullptr;
}

QString OccupancyGridAccessible::text(QAccessible::Text t) const
{
    QString s = QAccessibleWidget::text(t);
    if (t == QAccessible::Name && s.isEmpty())
        s = OccupancyGrid::tr("Workers");
    return s;
}

} // namespace fleetdeck::ui
