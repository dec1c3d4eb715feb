#pragma once

#include "audit/AuditRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace fleetdeck::ui {

/// Past actions (AuditLog::recent) as a table: when, who, server, action, result, calls
/// dropped. Newest first. The full record (diffs, output) is read on demand by the dock.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Server, Action, Result, CallsDropped, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ResultRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(const QList<AuditRecord>& records);
    const AuditRecord& record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "✓ done", "↶ rolled back", "… running" (no outcome yet) …
    static QString resultText(const AuditRecord& record);

private:
    QList<AuditRecord> m_records;
};

} // namespace fleetdeck::ui
