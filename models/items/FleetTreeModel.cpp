#include "items/FleetTreeModel.h"

#include "fleet/FleetState.h"
#include "items/ChangeThrottle.h"
#include "items/ServerColumns.h"

namespace fleetdeck {

namespace {
constexpr quintptr kZoneNode = 0; // internalId of zone rows; server rows store zone row + 1
}

FleetTreeModel::FleetTreeModel(FleetState* state, QObject* parent)
    : QAbstractItemModel(parent), m_state(state), m_throttle(new ChangeThrottle(250, 1000, this))
{
    const Inventory& inv = state->inventory();
    for (const ZoneSpec& z : inv.zones) {
        m_zoneIds.append(z.id);
        m_serversByZone.append(state->serversInZone(z.id));
    }
    m_position.resize(state->serverCount());
    for (int z = 0; z < m_serversByZone.size(); ++z) {
        for (int r = 0; r < m_serversByZone[z].size(); ++r)
            m_position[m_serversByZone[z][r]] = {z, r};
    }
    connect(state, &FleetState::serverChanged, m_throttle, &ChangeThrottle::markDirty);
    connect(m_throttle, &ChangeThrottle::flush, this, &FleetTreeModel::onFlush);
}

QModelIndex FleetTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kZoneNode);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FleetTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kZoneNode)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kZoneNode);
}

int FleetTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_zoneIds.size());
    if (parent.column() != 0 || parent.internalId() != kZoneNode)
        return 0;
    return static_cast<int>(m_serversByZone.at(parent.row()).size());
}

int FleetTreeModel::columnCount(const QModelIndex&) const
{
    return ServerColumns::ColumnCount;
}

QVariant FleetTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kZoneNode) {
        const QString& zoneId = m_zoneIds.at(index.row());
        return ServerColumns::zoneData(zoneId, m_state->inventory().zoneName(zoneId), m_state->zoneMetrics(zoneId),
                                       index.column(), role);
    }
    const int server = m_serversByZone.at(int(index.internalId() - 1)).at(index.row());
    return ServerColumns::serverData(*m_state, server, m_state->serverMetrics(server), index.column(), role);
}

QVariant FleetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? ServerColumns::headerData(section, role) : QVariant();
}

QModelIndex FleetTreeModel::indexForServer(int server, int column) const
{
    if (server < 0 || server >= m_position.size())
        return {};
    const auto [zoneRow, row] = m_position.at(server);
    return index(row, column, index(zoneRow, 0));
}

void FleetTreeModel::onFlush(const QSet<int>& servers, bool all)
{
    const int last = ServerColumns::ColumnCount - 1;
    if (all) {
        for (int z = 0; z < m_zoneIds.size(); ++z) {
            const QModelIndex zone = index(z, 0);
            Q_EMIT dataChanged(zone, index(z, last));
            if (!m_serversByZone[z].isEmpty())
                Q_EMIT dataChanged(index(0, 0, zone), index(int(m_serversByZone[z].size()) - 1, last, zone));
        }
        return;
    }
    QSet<int> zones;
    for (int s : servers) {
        if (s < 0 || s >= m_position.size())
            continue;
        const QModelIndex i = indexForServer(s);
        Q_EMIT dataChanged(i, i.siblingAtColumn(last));
        zones.insert(m_position[s].first);
    }
    for (int z : zones)
        Q_EMIT dataChanged(index(z, 0), index(z, last));
}

} // namespace fleetdeck
