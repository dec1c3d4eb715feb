#include "items/ServerColumns.h"

#include "fleet/FleetState.h"

#include <QCoreApplication>

namespace fleetdeck::ServerColumns {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fleetdeck::ServerColumns", text);
}

QString percent(double v)
{
    return QStringLiteral("%1 %").arg(v * 100.0, 0, 'f', 0);
}

} // namespace

QVariant headerData(int column, int role)
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name: return tr("Server");
    case Status: return tr("State");
    case Busy: return tr("Busy / total");
    case Cps: return tr("CPS");
    case Utilization: return tr("Utilization");
    case Error: return tr("Error");
    default: return {};
    }
}

QVariant serverData(const FleetState& state, int server, const ServerMetrics& m, int column, int role)
{
    const ServerSpec& spec = state.spec(server);
    switch (role) {
    case StatusRole: return static_cast<int>(m.status);
    case ServerIndexRole: return server;
    case ZoneIdRole: return spec.zone;
    case BusyRole: return m.busy;
    case CapacityRole: return m.configured;
    case UtilizationRole: return m.utilization;
    case CpsRole: return m.cps;
    case IsZoneRole: return false;
    case Qt::ToolTipRole: return m.error.isEmpty() ? QVariant() : QVariant(m.error);
    case Qt::TextAlignmentRole:
        return column == Name || column == Error ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case Name: return spec.name;
    case Status: return serverStatusToString(m.status);
    case Busy: return m.hasData ? QStringLiteral("%1 / %2").arg(m.busy).arg(m.configured) : QStringLiteral("–");
    case Cps: return m.hasData ? QString::number(m.cps, 'f', 1) : QStringLiteral("–");
    case Utilization: return m.hasData ? percent(m.utilization) : QStringLiteral("–");
    case Error: return m.error;
    default: return {};
    }
}

QVariant zoneData(const QString& zoneId, const QString& zoneName, const AggregateMetrics& a, int column, int role)
{
    switch (role) {
    case StatusRole: return static_cast<int>(a.worst);
    case ServerIndexRole: return -1;
    case ZoneIdRole: return zoneId;
    case BusyRole: return a.busy;
    case CapacityRole: return a.configured;
    case UtilizationRole: return a.utilization;
    case CpsRole: return a.cps;
    case IsZoneRole: return true;
    case Qt::TextAlignmentRole:
        return column == Name || column == Error ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case Name: return zoneName;
    case Status: return serverStatusToString(a.worst);
    case Busy: return QStringLiteral("%1 / %2").arg(a.busy).arg(a.configured);
    case Cps: return QString::number(a.cps, 'f', 1);
    case Utilization: return percent(a.utilization);
    case Error: return a.reporting < a.servers ? tr("%1 of %2 servers reporting").arg(a.reporting).arg(a.servers) : QString();
    default: return {};
    }
}

} // namespace fleetdeck::ServerColumns
