#include "audit/AuditTableModel.h"

#include <QColor>
#include <QLocale>

namespace fleetdeck::ui {

void AuditTableModel::setRecords(const QList<AuditRecord>& records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::resultText(const AuditRecord& r)
{
    if (!r.finished())
        return tr("… unfinished");
    if (r.result == QLatin1String("done"))
        return tr("✓ done");
    if (r.result == QLatin1String("rolled-back"))
        return tr("↶ rolled back");
    if (r.result == QLatin1String("cancelled"))
        return tr("↶ cancelled");
    if (r.result == QLatin1String("stale-plan"))
        return tr("✗ stale plan");
    if (r.result == QLatin1String("refused"))
        return tr("✗ refused");
    return tr("✗ %1").arg(r.result);
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size() || index.column() >= ColumnCount)
        return {};
    const AuditRecord& r = m_records.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == ResultRole)
        return r.result;
    if (role == Qt::ToolTipRole)
        return r.message.isEmpty() ? r.summary : r.summary + QLatin1Char('\n') + r.message;
    if (role == Qt::TextAlignmentRole && index.column() == CallsDropped)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Result) {
        if (r.result == QLatin1String("done"))
            return QColor(0x2e, 0x8b, 0x3e);
        if (r.finished())
            return QColor(0xc6, 0x28, 0x28);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(r.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Who:
        return r.consoleHost.isEmpty() ? r.user : tr("%1@%2").arg(r.user, r.consoleHost);
    case Server:
        return r.server;
    case Action:
        return r.summary.isEmpty() ? r.action : tr("%1: %2").arg(r.action, r.summary);
    case Result:
        return resultText(r);
    case CallsDropped:
        return r.finished() ? QVariant(r.callsDropped) : QVariant(QStringLiteral("–"));
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Server:
        return tr("Server");
    case Action:
        return tr("Action");
    case Result:
        return tr("Result");
    case CallsDropped:
        return tr("Calls dropped");
    default:
        return {};
    }
}

} // namespace fleetdeck::ui
