#include "items/ServerTableModel.h"

#include "fleet/FleetState.h"
#include "items/ChangeThrottle.h"
#include "items/ServerColumns.h"

namespace fleetdeck {

ServerTableModel::ServerTableModel(FleetState* state, QObject* parent)
    : QAbstractTableModel(parent), m_state(state), m_throttle(new ChangeThrottle(250, 1000, this))
{
    connect(state, &FleetState::serverChanged, m_throttle, &ChangeThrottle::markDirty);
    connect(m_throttle, &ChangeThrottle::flush, this, &ServerTableModel::onFlush);
}

int ServerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_state->serverCount();
}

int ServerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ServerColumns::ColumnCount;
}

QVariant ServerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return ServerColumns::serverData(*m_state, index.row(), m_state->serverMetrics(index.row()), index.column(), role);
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    return ServerColumns::headerData(section, role);
}

void ServerTableModel::onFlush(const QSet<int>& servers, bool all)
{
    const int last = ServerColumns::ColumnCount - 1;
    if (all) {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, last));
        return;
    }
    int lo = rowCount();
    int hi = -1;
    for (int s : servers) {
        lo = std::min(lo, s);
        hi = std::max(hi, s);
    }
    if (hi >= lo)
        Q_EMIT dataChanged(index(lo, 0), index(hi, last));
}

} // namespace fleetdeck
