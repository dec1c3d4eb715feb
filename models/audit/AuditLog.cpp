#include "audit/AuditLog.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace fleetdeck {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS actions ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, user TEXT NOT NULL, console_host TEXT NOT NULL,"
    " server TEXT NOT NULL, action TEXT NOT NULL, summary TEXT NOT NULL, plan TEXT NOT NULL, diff TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS outcomes ("
    " action_id INTEGER PRIMARY KEY REFERENCES actions(id), finished_at TEXT NOT NULL, result TEXT NOT NULL,"
    " message TEXT NOT NULL, output TEXT NOT NULL, calls_dropped INTEGER NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS actions_no_update BEFORE UPDATE ON actions"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS actions_no_delete BEFORE DELETE ON actions"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS outcomes_no_update BEFORE UPDATE ON outcomes"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS outcomes_no_delete BEFORE DELETE ON outcomes"
    " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
};

const char* const kSelect =
    "SELECT a.id, a.started_at, a.user, a.console_host, a.server, a.action, a.summary, a.plan, a.diff,"
    " o.finished_at, o.result, o.message, o.output, o.calls_dropped"
    " FROM actions a LEFT JOIN outcomes o ON o.action_id = a.id";

AuditRecord fromQuery(const QSqlQuery& q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.user = q.value(2).toString();
    r.consoleHost = q.value(3).toString();
    r.server = q.value(4).toString();
    r.action = q.value(5).toString();
    r.summary = q.value(6).toString();
    r.plan = q.value(7).toString();
    r.diff = q.value(8).toString();
    r.finishedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    r.result = q.value(10).toString();
    r.message = q.value(11).toString();
    r.output = q.value(12).toString();
    r.callsDropped = q.value(13).toInt();
    return r;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// A null QString binds as SQL NULL; the columns are NOT NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

QString AuditLog::defaultPath()
{
    const QString env = qEnvironmentVariable("FLEETDECK_AUDIT_DB");
    if (!env.isEmpty())
        return env;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/fleetdeck/audit.sqlite");
}

AuditLog::AuditLog(QString path)
    : m_path(std::move(path)), m_connection(QStringLiteral("fleetdeck-audit-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

AuditLog::~AuditLog()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool AuditLog::open(QString* error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        setError(error, QStringLiteral("cannot open the audit log %1: %2").arg(m_path, db.lastError().text()));
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    for (const char* statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            setError(error, QStringLiteral("audit log schema: %1").arg(q.lastError().text()));
            return false;
        }
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

qint64 AuditLog::begin(const AuditRecord& r, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO actions (started_at, user, console_host, server, action, summary, plan, diff)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString& v : {now(), r.user.isEmpty() ? currentUser() : r.user, r.consoleHost.isEmpty() ? currentHost() : r.consoleHost,
                             r.server, r.action, r.summary, r.plan, r.diff})
        q.addBindValue(text(v));
    if (!q.exec()) {
        setError(error, QStringLiteral("audit log: %1").arg(q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool AuditLog::finish(qint64 id, const QString& result, const QString& message, const QString& output, int callsDropped,
                      QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO outcomes (action_id, finished_at, result, message, output, calls_dropped)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(now());
    q.addBindValue(text(result));
    q.addBindValue(text(message));
    q.addBindValue(text(output));
    q.addBindValue(callsDropped);
    if (!q.exec()) {
        setError(error, QStringLiteral("audit log: %1").arg(q.lastError().text()));
        return false;
    }
    return true;
}

QList<AuditRecord> AuditLog::recent(int limit) const
{
    QList<AuditRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY a.id DESC LIMIT ?"));
    q.addBindValue(std::max(1, limit));
    if (q.exec()) {
        while (q.next())
            out.append(fromQuery(q));
    }
    return out;
}

std::optional<AuditRecord> AuditLog::record(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE a.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QString AuditLog::currentUser()
{
    if (const passwd* pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(geteuid());
}

QString AuditLog::currentHost()
{
    return QSysInfo::machineHostName();
}

} // namespace fleetdeck
