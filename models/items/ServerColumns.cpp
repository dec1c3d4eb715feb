#include "items/ServerColumns.h"

#include "fleet/FleetState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace fleetdeck::ServerColumns {

namespace {

// Free functions in namespace fleetdeck::ServerColumns: lupdate files their tr() calls under
// exactly this context.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fleetdeck::ServerColumns", text, disambiguation, n);
}

QString percent(double v)
{
    return QStringLiteral("%1 %").arg(v * 100.0, 0, 'f', 0);
}

QString clockTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QStringLiteral("HH:mm:ss"));
}

/// The State column's word, translated (the source text is serverStatusToString()'s).
QString statusWord(ServerStatus status)
{
    switch (status) {
    case ServerStatus::Ok:
        return tr("ok", "server state");
    case ServerStatus::Warning:
        return tr("warning", "server state");
    case ServerStatus::Critical:
        return tr("critical", "server state");
    case ServerStatus::Stale:
        return tr("stale", "server state");
    case ServerStatus::Unreachable:
        return tr("unreachable", "server state");
    case ServerStatus::Unknown:
        break;
    }
    return tr("unknown", "server state");
}

/// What a screen reader says for a server's State cell: the state and why, in one sentence.
QString serverStatusSentence(const FleetState& state, int server, const ServerMetrics& m)
{
    const FleetState::Runtime& r = state.runtime(server);
    const QLocale locale;
    switch (m.status) {
    case ServerStatus::Unknown:
        return tr("unknown: no health report yet");
    case ServerStatus::Unreachable:
        if (r.lastGoodMs > 0)
            return tr("unreachable since %1").arg(clockTime(r.lastGoodMs));
        return tr("unreachable: no answer yet, %n failed attempt(s)", nullptr, r.consecutiveFailures);
    case ServerStatus::Stale:
        return tr("stale: last health report at %1").arg(clockTime(r.lastGoodMs));
    case ServerStatus::Ok:
    case ServerStatus::Warning:
    case ServerStatus::Critical:
        break;
    }
    QString text = tr("%1: %2 of %3 workers busy")
                       .arg(statusWord(m.status), locale.toString(m.busy), locale.toString(m.configured));
    if (m.down > 0)
        text += tr(", %n down", nullptr, m.down);
    if (m.overMemoryBudget)
        text += tr(", over the memory budget");
    return text;
}

QString zoneStatusSentence(const QString& zoneName, const AggregateMetrics& a)
{
    if (a.servers == 0)
        return tr("zone %1: no servers").arg(zoneName);
    const QLocale locale;
    return tr("zone %1: worst state %2, %3 of %4 workers busy, %5 of %6 servers reporting")
        .arg(zoneName, statusWord(a.worst), locale.toString(a.busy), locale.toString(a.configured))
        .arg(a.reporting)
        .arg(a.servers);
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
    case Qt::AccessibleTextRole:
        if (column == Status)
            return serverStatusSentence(state, server, m);
        if (column == Busy && m.hasData)
            return tr("%1 of %2 workers busy")
                .arg(QLocale().toString(m.busy), QLocale().toString(m.configured));
        return {};
    case Qt::AccessibleDescriptionRole:
        if (column == Status && !m.error.isEmpty())
            return tr("Last poll failed: %1").arg(m.error);
        return {};
    case Qt::TextAlignmentRole:
        return column == Name || column == Error ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case Name: return spec.name;
    case Status: return statusWord(m.status);
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
    case Qt::AccessibleTextRole:
        if (column == Status)
            return zoneStatusSentence(zoneName, a);
        if (column == Busy)
            return tr("%1 of %2 workers busy")
                .arg(QLocale().toString(a.busy), QLocale().toString(a.configured));
        return {};
    case Qt::TextAlignmentRole:
        return column == Name || column == Error ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case Name: return zoneName;
    case Status: return statusWord(a.worst);
    case Busy: return QStringLiteral("%1 / %2").arg(a.busy).arg(a.configured);
    case Cps: return QString::number(a.cps, 'f', 1);
    case Utilization: return percent(a.utilization);
    case Error: return a.reporting < a.servers ? tr("%1 of %2 servers reporting").arg(a.reporting).arg(a.servers) : QString();
    default: return {};
    }
}

} // namespace fleetdeck::ServerColumns
