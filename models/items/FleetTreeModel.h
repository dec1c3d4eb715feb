#pragma once

#include <QAbstractItemModel>

namespace fleetdeck {

class ChangeThrottle;
class FleetState;

/// Zones → servers, with status, busy/total, CPS and utilization columns.
/// Updates are throttled (ChangeThrottle): at most a few dataChanged per second.
class FleetTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit FleetTreeModel(FleetState* state, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The index of a server by its FleetState index.
    QModelIndex indexForServer(int server, int column = 0) const;

private:
    void onFlush(const QSet<int>& servers, bool all);

    FleetState* m_state;
    ChangeThrottle* m_throttle;
    QStringList m_zoneIds;               ///< zone rows
    QList<QList<int>> m_serversByZone;   ///< server indices per zone row
    QList<QPair<int, int>> m_position;   ///< server index → (zone row, row)
};

} // namespace fleetdeck
