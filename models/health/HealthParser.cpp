#include "health/HealthParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace fleetdeck {

namespace {

bool wholeNumber(const QJsonValue& v, qint64 min, qint64 max, qint64& out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < static_cast<double>(min) || d > static_cast<double>(max))
        return false;
    out = static_cast<qint64>(d);
    return true;
}

QString optionalString(const QJsonObject& o, const char* key, QString& out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        return QStringLiteral("%1: must be a string").arg(QLatin1String(key));
    out = v.toString().left(256);
    return {};
}

QString parseWorker(const QJsonValue& value, int index, WorkerStatus& w)
{
    const QString at = QStringLiteral("workers[%1]").arg(index);
    if (!value.isObject())
        return at + QStringLiteral(": must be an object");
    const QJsonObject o = value.toObject();
    qint64 id = 0;
    if (!wholeNumber(o.value(QLatin1String("id")), 1, 1000000, id))
        return at + QStringLiteral(".id: must be a whole number from 1");
    w.id = static_cast<int>(id);
    const QJsonValue state = o.value(QLatin1String("state"));
    if (!state.isString())
        return at + QStringLiteral(".state: must be a string");
    if (!workerStateFromString(state.toString(), w.state))
        return at + QStringLiteral(".state: unknown state \"%1\"").arg(state.toString().left(32));
    const QJsonValue callId = o.value(QLatin1String("call_id"));
    if (callId.isString())
        w.callId = callId.toString().left(128);
    else if (!callId.isUndefined() && !callId.isNull())
        return at + QStringLiteral(".call_id: must be a string");
    const QJsonValue since = o.value(QLatin1String("since"));
    if (since.isString()) {
        w.since = QDateTime::fromString(since.toString(), Qt::ISODate);
        if (!w.since.isValid())
            return at + QStringLiteral(".since: not an ISO-8601 time");
        w.since = w.since.toUTC();
    } else if (!since.isUndefined() && !since.isNull()) {
        return at + QStringLiteral(".since: must be a string");
    }
    return {};
}

QString parseMemory(const QJsonObject& root, HealthSnapshot& s)
{
    const QJsonValue memory = root.value(QLatin1String("memory"));
    if (memory.isUndefined() || memory.isNull())
        return {};
    if (!memory.isObject())
        return QStringLiteral("memory: must be an object");
    qint64 total = 0;
    qint64 used = 0;
    if (!wholeNumber(memory.toObject().value(QLatin1String("total_mb")), 0, 1 << 30, total))
        return QStringLiteral("memory.total_mb: must be a whole number");
    if (!wholeNumber(memory.toObject().value(QLatin1String("used_mb")), 0, 1 << 30, used))
        return QStringLiteral("memory.used_mb: must be a whole number");
    s.memoryTotalMb = static_cast<int>(total);
    s.memoryUsedMb = static_cast<int>(used);
    return {};
}

QString parseRoot(const QJsonObject& root, HealthSnapshot& s)
{
    QString err;
    for (const auto& [key, field] : {std::pair{"service", &s.service}, std::pair{"host", &s.host},
                                     std::pair{"zone", &s.zone}, std::pair{"version", &s.version}}) {
        if (!(err = optionalString(root, key, *field)).isEmpty())
            return err;
    }
    qint64 n = 0;
    if (!root.contains(QLatin1String("workers_configured")))
        return QStringLiteral("workers_configured: required field is missing");
    if (!wholeNumber(root.value(QLatin1String("workers_configured")), 0, HealthParser::kMaxWorkers, n))
        return QStringLiteral("workers_configured: must be a whole number from 0 to %1").arg(HealthParser::kMaxWorkers);
    s.workersConfigured = static_cast<int>(n);
    if (!root.contains(QLatin1String("calls_started_total")))
        return QStringLiteral("calls_started_total: required field is missing");
    if (!wholeNumber(root.value(QLatin1String("calls_started_total")), 0, qint64(1) << 52, n))
        return QStringLiteral("calls_started_total: must be a non-negative whole number");
    s.callsStartedTotal = n;
    const QJsonValue uptime = root.value(QLatin1String("uptime_s"));
    if (!uptime.isUndefined() && !uptime.isNull()) {
        if (!wholeNumber(uptime, 0, qint64(1) << 52, n))
            return QStringLiteral("uptime_s: must be a non-negative whole number");
        s.uptimeS = n;
    }
    if (!(err = parseMemory(root, s)).isEmpty())
        return err;

    const QJsonValue workers = root.value(QLatin1String("workers"));
    if (!workers.isArray())
        return workers.isUndefined() ? QStringLiteral("workers: required field is missing")
                                     : QStringLiteral("workers: must be an array");
    const QJsonArray list = workers.toArray();
    if (list.size() > HealthParser::kMaxWorkers)
        return QStringLiteral("workers: more than %1 entries").arg(HealthParser::kMaxWorkers);
    s.workers.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        WorkerStatus w;
        if (!(err = parseWorker(list.at(i), static_cast<int>(i), w)).isEmpty())
            return err;
        s.workers.append(w);
    }
    return {};
}

} // namespace

HealthParser::Result HealthParser::parse(const QByteArray& body, qint64 receivedAtMs)
{
    Result r;
    r.snapshot.receivedAtMs = receivedAtMs;
    if (body.size() > kMaxBytes) {
        r.error = QStringLiteral("response larger than 1 MiB (%1 bytes)").arg(body.size());
        return r;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.error = QStringLiteral("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return r;
    }
    if (!doc.isObject()) {
        r.error = QStringLiteral("not a JSON object");
        return r;
    }
    r.error = parseRoot(doc.object(), r.snapshot);
    if (!r.ok())
        r.snapshot = HealthSnapshot{};
    return r;
}

} // namespace fleetdeck
