#include "AuditCommand.h"

#include "ExitCode.h"
#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace fleetdeck::ctl {

namespace {

// For the free functions below: lupdate files their tr() calls under the enclosing namespace
// (fleetdeck::ctl); the class's own members use its Q_DECLARE_TR_FUNCTIONS tr().
QString tr(const char* s)
{
    return QCoreApplication::translate("fleetdeck::ctl", s);
}

QJsonObject toJson(const AuditRecord& r, bool full)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("started_at"), r.startedAt.toString(Qt::ISODate)},
                  {QStringLiteral("finished_at"), r.finished() ? QJsonValue(r.finishedAt.toString(Qt::ISODate)) : QJsonValue()},
                  {QStringLiteral("user"), r.user},
                  {QStringLiteral("console_host"), r.consoleHost},
                  {QStringLiteral("server"), r.server},
                  {QStringLiteral("action"), r.action},
                  {QStringLiteral("summary"), r.summary},
                  {QStringLiteral("result"), r.finished() ? QJsonValue(r.result) : QJsonValue()},
                  {QStringLiteral("message"), r.message},
                  {QStringLiteral("calls_dropped"), r.callsDropped}};
    if (full) {
        o.insert(QStringLiteral("plan"), QJsonDocument::fromJson(r.plan.toUtf8()).object());
        o.insert(QStringLiteral("diff"), r.diff);
        o.insert(QStringLiteral("output"), r.output);
    }
    return o;
}

void printRecord(QTextStream& out, const AuditRecord& r)
{
    out << tr("Action %1: %2 on %3").arg(r.id).arg(r.action, r.server) << '\n'
        << tr("  by %1@%2, started %3").arg(r.user, r.consoleHost, r.startedAt.toLocalTime().toString(Qt::ISODate)) << '\n'
        << tr("  summary: %1").arg(r.summary) << '\n'
        << tr("  result: %1").arg(r.finished() ? r.result : tr("never finished (the console stopped mid-change)")) << '\n';
    if (!r.message.isEmpty())
        out << tr("  message: %1").arg(r.message) << '\n';
    out << tr("  calls dropped: %1").arg(r.callsDropped) << "\n\n";
    if (!r.diff.isEmpty())
        out << r.diff << (r.diff.endsWith(QLatin1Char('\n')) ? "" : "\n") << '\n';
    if (!r.output.isEmpty())
        out << r.output << '\n';
}

} // namespace

int AuditCommand::run(int limit, bool json, qint64 showId)
{
    AuditLog log;
    QString error;
    if (!log.open(&error)) {
        QTextStream(stderr) << "fleetdeckctl: " << error << '\n';
        return ExitCode::Failed;
    }
    QTextStream out(stdout);
    if (showId > 0) {
        const auto r = log.record(showId);
        if (!r) {
            QTextStream(stderr) << tr("fleetdeckctl: no audit record %1").arg(showId) << '\n';
            return ExitCode::BadInput;
        }
        if (json)
            out << QJsonDocument(toJson(*r, true)).toJson(QJsonDocument::Indented);
        else
            printRecord(out, *r);
        return ExitCode::Done;
    }
    const QList<AuditRecord> records = log.recent(limit);
    if (json) {
        QJsonArray arr;
        for (const auto& r : records)
            arr.append(toJson(r, false));
        out << QJsonDocument(QJsonObject{{QStringLiteral("actions"), arr}}).toJson(QJsonDocument::Indented);
        return ExitCode::Done;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
               .arg(tr("ID"), 5)
               .arg(tr("STARTED"), -20)
               .arg(tr("USER"), -10)
               .arg(tr("SERVER"), -18)
               .arg(tr("ACTION"), -15)
               .arg(tr("RESULT"), -12)
               .arg(tr("DROPPED"));
    for (const auto& r : records) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                   .arg(r.id, 5)
                   .arg(r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -20)
                   .arg(r.user, -10)
                   .arg(r.server, -18)
                   .arg(r.action, -15)
                   .arg(r.finished() ? r.result : tr("unfinished"), -12)
                   .arg(r.callsDropped, 7)
                   .arg(r.summary);
    }
    if (records.isEmpty())
        out << tr("(no actions recorded in %1)").arg(log.path()) << '\n';
    return ExitCode::Done;
}

} // namespace fleetdeck::ctl
