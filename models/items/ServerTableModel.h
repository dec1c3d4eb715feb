#pragma once

#include <QAbstractTableModel>

namespace fleetdeck {

class ChangeThrottle;
class FleetState;

/// Every server in one flat table (for sorting/filtering and the wall display).
class ServerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ServerTableModel(FleetState* state, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onFlush(const QSet<int>& servers, bool all);

    FleetState* m_state;
    ChangeThrottle* m_throttle;
};

} // namespace fleetdeck
