#include "HealthReport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>

namespace fleetdeck::lab {

HealthReport::HealthReport(const Options& options) : m_options(options) {}

int HealthReport::parseWorkersVariable(const QByteArray& envText, const QByteArray& variable)
{
    int value = -1;
    for (QByteArray line : envText.split('\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith("export ") || line.startsWith("export\t"))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0 || line.left(eq).trimmed() != variable)
            continue;
        QByteArray v = line.mid(eq + 1).trimmed();
        if (v.startsWith('"') || v.startsWith('\'')) {
            const qsizetype close = v.indexOf(v[0], 1);
            v = close > 0 ? v.mid(1, close - 1) : v.mid(1);
        } else {
            const qsizetype hash = v.indexOf('#');
            if (hash >= 0)
                v = v.left(hash);
        }
        bool ok = false;
        const int n = v.trimmed().toInt(&ok);
        value = ok && n >= 0 ? n : 0; // the last assignment wins, as in a shell
    }
    return value;
}

QSet<int> HealthReport::parseDownWorkers(const QByteArray& nginxConf, const QString& service)
{
    QSet<int> down;
    const QRegularExpression re(QStringLiteral(R"(^\s*server\s+unix:\S*?%1_(\d+)\.sock\b([^;]*);)")
                                    .arg(QRegularExpression::escape(service)));
    for (const QByteArray& line : nginxConf.split('\n')) {
        const QString text = QString::fromUtf8(line);
        const auto m = re.match(text);
        if (!m.hasMatch())
            continue;
        const QStringList params =
            m.captured(2).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (params.contains(QStringLiteral("down")))
            down.insert(m.captured(1).toInt());
    }
    return down;
}

bool HealthReport::processAlive(qint64 pid)
{
    if (pid <= 0 || pid > 0x3fffffff)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // A killed worker nobody reaped is a zombie: down, not running.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.read(1024);
    const qsizetype paren = line.lastIndexOf(')');
    return paren < 0 || line.mid(paren + 2, 1) != "Z";
}

QByteArray HealthReport::readSmall(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(256 * 1024);
}

int HealthReport::configuredWorkers() const
{
    const QByteArray env =
        readSmall(m_options.hostDir + QStringLiteral("/opt/%1/.env").arg(m_options.service));
    QByteArray variable = m_options.service.toUpper().toUtf8().replace('-', '_') + "_WORKERS";
    return qMax(0, parseWorkersVariable(env, variable));
}

QByteArray HealthReport::build(qint64 uptimeS) const
{
    const QString runDir = m_options.hostDir + QStringLiteral("/run");
    const QString& svc = m_options.service;
    const int configured = configuredWorkers();
    int highest = configured;
    const QRegularExpression fileRe(
        QStringLiteral("^%1(?:@(\\d+)\\.pid|_(\\d+)\\.state)$").arg(QRegularExpression::escape(svc)));
    for (const QString& entry : QDir(runDir).entryList(QDir::Files)) {
        const auto m = fileRe.match(entry);
        if (m.hasMatch())
            highest = qMax(highest, (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt());
    }
    highest = qMin(highest, 4096);
    const QSet<int> down = parseDownWorkers(
        readSmall(m_options.hostDir + QStringLiteral("/etc/nginx/conf.d/%1.conf").arg(svc)), svc);

    QJsonArray workers;
    qint64 callsTotal = 0;
    int running = 0;
    int busy = 0;
    for (int id = 1; id <= highest; ++id) {
        const QJsonObject state =
            QJsonDocument::fromJson(readSmall(runDir + QStringLiteral("/%1_%2.state").arg(svc).arg(id)))
                .object();
        callsTotal += qMax<qint64>(0, state.value(QStringLiteral("calls_started")).toInteger());
        const qint64 pid =
            readSmall(runDir + QStringLiteral("/%1@%2.pid").arg(svc).arg(id)).trimmed().toLongLong();
        QJsonObject w{{QStringLiteral("id"), id}};
        if (!processAlive(pid)) {
            w.insert(QStringLiteral("state"), QStringLiteral("down"));
            workers.append(w);
            continue;
        }
        ++running;
        QString s = state.value(QStringLiteral("state")).toString();
        if (s != QLatin1String("idle") && s != QLatin1String("busy"))
            s = QStringLiteral("starting");
        if (s == QLatin1String("busy")) {
            ++busy;
            w.insert(QStringLiteral("call_id"), state.value(QStringLiteral("call_id")).toString());
            w.insert(QStringLiteral("since"), state.value(QStringLiteral("since")).toString());
        }
        w.insert(QStringLiteral("state"), down.contains(id) ? QStringLiteral("draining") : s);
        workers.append(w);
    }
    const qint64 used = qMin<qint64>(m_options.ramMb, 600 + qint64(m_options.idleMb) * running + 40 * busy);
    const QJsonObject doc{
        {QStringLiteral("service"), svc},
        {QStringLiteral("host"), m_options.name},
        {QStringLiteral("zone"), m_options.zone},
        {QStringLiteral("version"), m_options.version},
        {QStringLiteral("workers_configured"), configured},
        {QStringLiteral("workers"), workers},
        {QStringLiteral("calls_started_total"), callsTotal},
        {QStringLiteral("memory"),
         QJsonObject{{QStringLiteral("total_mb"), m_options.ramMb}, {QStringLiteral("used_mb"), used}}},
        {QStringLiteral("uptime_s"), uptimeS},
    };
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace fleetdeck::lab
