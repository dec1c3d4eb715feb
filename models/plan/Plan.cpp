#include "plan/Plan.h"

#include "config/ContentHash.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fleetdeck {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("fleetdeck::Plan", s);
}

} // namespace

AuditRecord Plan::auditRecord(const QString& onServer) const
{
    AuditRecord record;
    record.server = onServer;
    record.action = action;
    record.summary = summary;
    record.plan = QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
    record.diff = QString::fromUtf8(diffs());
    return record;
}

QByteArray Plan::diffs() const
{
    QByteArray out;
    for (const PlanStep& s : steps) {
        if (s.kind == PlanStep::Kind::Write)
            out += s.diff;
    }
    return out;
}

QStringList Plan::commandLines() const
{
    QStringList out;
    for (const PlanStep& s : steps) {
        if (s.kind == PlanStep::Kind::Command || s.kind == PlanStep::Kind::Validate)
            out << s.commandLine();
        else if (s.kind == PlanStep::Kind::Reload)
            out << QStringLiteral("systemctl reload nginx");
    }
    return out;
}

QStringList Plan::changedFiles(const QHash<QString, QByteArray>& current) const
{
    QStringList changed;
    for (const PlanFile& f : files) {
        const auto it = current.constFind(f.path);
        if (it == current.constEnd() || !ContentHash::sameHex(ContentHash::sha256Hex(*it), f.sha256))
            changed << f.path;
    }
    return changed;
}

QJsonObject Plan::toJson() const
{
    QJsonArray fileArray;
    for (const PlanFile& f : files)
        fileArray.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)}});
    QJsonArray stepArray;
    for (const PlanStep& s : steps)
        stepArray.append(s.toJson());
    QJsonArray warningArray;
    for (const QString& w : warnings)
        warningArray.append(w);
    return QJsonObject{{QStringLiteral("action"), action},
                       {QStringLiteral("server"), server},
                       {QStringLiteral("host"), host},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("parameters"), parameters},
                       {QStringLiteral("files"), fileArray},
                       {QStringLiteral("steps"), stepArray},
                       {QStringLiteral("warnings"), warningArray},
                       {QStringLiteral("calls_dropped_if_forced"), callsDroppedIfForced},
                       {QStringLiteral("created_at"), createdAt.toString(Qt::ISODate)}};
}

Plan Plan::fromJson(const QJsonObject& o, QString* error)
{
    Plan p;
    p.action = o.value(QStringLiteral("action")).toString();
    p.server = o.value(QStringLiteral("server")).toString();
    p.host = o.value(QStringLiteral("host")).toString();
    p.summary = o.value(QStringLiteral("summary")).toString();
    p.parameters = o.value(QStringLiteral("parameters")).toObject();
    p.callsDroppedIfForced = o.value(QStringLiteral("calls_dropped_if_forced")).toInt();
    p.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    for (const QJsonValue& v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        p.files.append({f.value(QStringLiteral("path")).toString(),
                        f.value(QStringLiteral("sha256")).toString().toLatin1()});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("warnings")).toArray())
        p.warnings.append(v.toString());
    for (const QJsonValue& v : o.value(QStringLiteral("steps")).toArray()) {
        p.steps.append(PlanStep::fromJson(v.toObject(), error));
        if (!error->isEmpty())
            return p;
    }
    if (p.action.isEmpty() || p.server.isEmpty())
        *error = tr("a plan without action or server");
    else if (p.steps.isEmpty())
        *error = tr("a plan without steps");
    return p;
}

} // namespace fleetdeck
