#include "plan/PlanStep.h"

#include "config/ContentHash.h"
#include "remote/ShellQuote.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace fleetdeck {

namespace {

struct KindName
{
    PlanStep::Kind kind;
    const char* name;
};

constexpr KindName kKinds[] = {
    {PlanStep::Kind::Read, "read"},
    {PlanStep::Kind::Write, "write"},
    {PlanStep::Kind::Command, "command"},
    {PlanStep::Kind::Validate, "validate"},
    {PlanStep::Kind::Reload, "reload"},
    {PlanStep::Kind::WaitSockets, "wait-sockets"},
    {PlanStep::Kind::WaitHealth, "wait-health"},
    {PlanStep::Kind::WaitIdle, "wait-idle"},
    {PlanStep::Kind::Pause, "pause"},
};

QString tr(const char* s)
{
    return QCoreApplication::translate("fleetdeck::PlanStep", s);
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QJsonArray toArray(const QList<int>& list)
{
    QJsonArray a;
    for (int v : list)
        a.append(v);
    return a;
}

bool isUtf8(const QByteArray& data)
{
    return QString::fromUtf8(data).toUtf8() == data;
}

} // namespace

bool PlanStep::hasUndo() const
{
    switch (kind) {
    case Kind::Write:
    case Kind::Reload:
        return true;
    case Kind::Command:
        return !undoArgv.isEmpty();
    default:
        return false;
    }
}

QString PlanStep::commandLine() const
{
    // Quoted only where a shell needs it (the command that runs is always fully quoted).
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    QStringList words;
    for (const QString& a : argv)
        words << (plain.match(a).hasMatch() ? a : ShellQuote::quote(a));
    return words.join(QLatin1Char(' '));
}

QString PlanStep::kindName(Kind kind)
{
    for (const KindName& k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

bool PlanStep::kindFromName(const QString& name, Kind& out)
{
    for (const KindName& k : kKinds) {
        if (name == QLatin1String(k.name)) {
            out = k.kind;
            return true;
        }
    }
    return false;
}

QJsonObject PlanStep::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("title"), title}};
    switch (kind) {
    case Kind::Read:
        o.insert(QStringLiteral("path"), path);
        o.insert(QStringLiteral("sha256"), QString::fromLatin1(sha256));
        break;
    case Kind::Write:
        o.insert(QStringLiteral("path"), path);
        o.insert(QStringLiteral("before_sha256"), QString::fromLatin1(beforeSha256));
        o.insert(QStringLiteral("content_sha256"), QString::fromLatin1(ContentHash::sha256Hex(content)));
        if (isUtf8(content))
            o.insert(QStringLiteral("content"), QString::fromUtf8(content));
        else
            o.insert(QStringLiteral("content_base64"), QString::fromLatin1(content.toBase64()));
        o.insert(QStringLiteral("diff"), QString::fromUtf8(diff));
        o.insert(QStringLiteral("backup"), backup);
        break;
    case Kind::Command:
        o.insert(QStringLiteral("argv"), toArray(argv));
        if (!undoArgv.isEmpty())
            o.insert(QStringLiteral("undo"), toArray(undoArgv));
        if (dropWorker > 0)
            o.insert(QStringLiteral("drop_worker"), dropWorker);
        break;
    case Kind::Validate:
        o.insert(QStringLiteral("argv"), toArray(argv));
        break;
    case Kind::Reload:
        o.insert(QStringLiteral("timeout_ms"), timeoutMs);
        break;
    case Kind::WaitSockets:
        o.insert(QStringLiteral("paths"), toArray(paths));
        o.insert(QStringLiteral("timeout_ms"), timeoutMs);
        break;
    case Kind::WaitHealth:
        o.insert(QStringLiteral("count"), count);
        o.insert(QStringLiteral("workers"), toArray(workers));
        o.insert(QStringLiteral("timeout_ms"), timeoutMs);
        break;
    case Kind::WaitIdle:
        o.insert(QStringLiteral("workers"), toArray(workers));
        o.insert(QStringLiteral("timeout_ms"), timeoutMs);
        o.insert(QStringLiteral("force"), force);
        break;
    case Kind::Pause:
        o.insert(QStringLiteral("timeout_ms"), timeoutMs);
        break;
    }
    return o;
}

PlanStep PlanStep::fromJson(const QJsonObject& o, QString* error)
{
    PlanStep s;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (!kindFromName(kind, s.kind)) {
        *error = tr("unknown step kind '%1'").arg(kind);
        return s;
    }
    s.title = o.value(QStringLiteral("title")).toString();
    s.path = o.value(QStringLiteral("path")).toString();
    s.sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1();
    s.beforeSha256 = o.value(QStringLiteral("before_sha256")).toString().toLatin1();
    if (o.contains(QStringLiteral("content_base64")))
        s.content = QByteArray::fromBase64(o.value(QStringLiteral("content_base64")).toString().toLatin1());
    else
        s.content = o.value(QStringLiteral("content")).toString().toUtf8();
    s.diff = o.value(QStringLiteral("diff")).toString().toUtf8();
    s.backup = o.value(QStringLiteral("backup")).toBool();
    for (const QJsonValue& v : o.value(QStringLiteral("argv")).toArray())
        s.argv.append(v.toString());
    for (const QJsonValue& v : o.value(QStringLiteral("undo")).toArray())
        s.undoArgv.append(v.toString());
    for (const QJsonValue& v : o.value(QStringLiteral("paths")).toArray())
        s.paths.append(v.toString());
    for (const QJsonValue& v : o.value(QStringLiteral("workers")).toArray())
        s.workers.append(v.toInt());
    s.count = o.value(QStringLiteral("count")).toInt(-1);
    s.timeoutMs = o.value(QStringLiteral("timeout_ms")).toInt();
    s.force = o.value(QStringLiteral("force")).toBool();
    s.dropWorker = o.value(QStringLiteral("drop_worker")).toInt();

    const bool needsPath = s.kind == Kind::Read || s.kind == Kind::Write;
    if (needsPath && !s.path.startsWith(QLatin1Char('/')))
        *error = tr("step '%1': path must be absolute").arg(s.title);
    else if ((s.kind == Kind::Command || s.kind == Kind::Validate) && s.argv.isEmpty())
        *error = tr("step '%1': no command").arg(s.title);
    else if (s.kind == Kind::Write &&
             !ContentHash::sameHex(ContentHash::sha256Hex(s.content),
                                   o.value(QStringLiteral("content_sha256")).toString().toLatin1()))
        *error = tr("step '%1': the content of %2 does not match its recorded hash (was the plan edited?)")
                     .arg(s.title, s.path);
    else if (s.timeoutMs < 0)
        *error = tr("step '%1': negative timeout").arg(s.title);
    return s;
}

} // namespace fleetdeck
