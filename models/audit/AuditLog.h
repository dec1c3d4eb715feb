#pragma once

#include "audit/AuditRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace fleetdeck {

/// The append-only audit log: SQLite through Qt Sql, in the user's data
/// directory. An action is a row written when it starts; its outcome is a
/// second row written when it ends. SQLite triggers refuse UPDATE and DELETE,
/// and nothing in Fleetdeck issues either. One connection per AuditLog object;
/// use it from the thread that created it.
class AuditLog
{
public:
    /// $FLEETDECK_AUDIT_DB, else <AppDataLocation>/audit.sqlite.
    static QString defaultPath();

    explicit AuditLog(QString path = defaultPath());
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    bool open(QString* error = nullptr);
    QString path() const { return m_path; }

    /// Records the start of an action; returns its id (0 on error).
    qint64 begin(const AuditRecord& record, QString* error = nullptr);
    /// Records how action `id` ended.
    bool finish(qint64 id, const QString& result, const QString& message, const QString& output, int callsDropped,
                QString* error = nullptr);

    QList<AuditRecord> recent(int limit = 50) const;
    std::optional<AuditRecord> record(qint64 id) const;

    static QString currentUser();
    static QString currentHost();

private:
    QString m_path;
    QString m_connection;
};

} // namespace fleetdeck
