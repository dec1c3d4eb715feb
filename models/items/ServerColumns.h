#pragma once

#include <QVariant>

namespace fleetdeck {

class FleetState;
struct ServerMetrics;
struct AggregateMetrics;

/// Columns and roles shared by the fleet tree and the server table, so both
/// show a server the same way.
namespace ServerColumns {

enum Column { Name, Status, Busy, Cps, Utilization, Error, ColumnCount };

enum Role {
    StatusRole = Qt::UserRole + 1,  ///< int(ServerStatus)
    ServerIndexRole,                ///< index in FleetState, -1 on zone rows
    ZoneIdRole,
    BusyRole,
    CapacityRole,
    UtilizationRole,                ///< double 0..1
    CpsRole,                        ///< double
    IsZoneRole,                     ///< bool
};

/// DisplayRole on the State column is the translated state word (serverStatusToString() keeps
/// the English word for JSON and scripts). Qt::AccessibleTextRole on the State column is a
/// translated sentence ("critical: 15 of 16 workers busy", "unreachable since 10:42:01"), on
/// Busy "15 of 16 workers busy"; Qt::AccessibleDescriptionRole on a server's State is its
/// last poll error.
QVariant headerData(int column, int role);
QVariant serverData(const FleetState& state, int server, const ServerMetrics& m, int column, int role);
QVariant zoneData(const QString& zoneId, const QString& zoneName, const AggregateMetrics& a, int column, int role);

} // namespace ServerColumns
} // namespace fleetdeck
