#include "StatusCommand.h"

#include "ExitCode.h"
#include "health/QNetworkHttpClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace fleetdeck::ctl {

namespace {

QString pad(const QString& s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '), false);
}

QString rpad(const QString& s, int width)
{
    return s.rightJustified(width, QLatin1Char(' '), false);
}

} // namespace

StatusCommand::StatusCommand(Inventory inventory, bool json, int windowMs, QObject* parent)
    : QObject(parent), m_state(std::move(inventory)), m_json(json), m_windowMs(windowMs)
{
    auto* client = new QNetworkHttpClient(this);
    m_poller = new HealthPoller(client, this);
    QList<HealthPoller::Target> targets;
    for (const ServerSpec& s : m_state.inventory().servers)
        targets.append({s.name, HttpRequest{s.healthUrl, s.tls, 3000, 1024 * 1024}});
    m_poller->setTargets(targets);
    m_state.setIntervalMs(std::max(1000, windowMs));
    connect(m_poller, &HealthPoller::snapshotReceived, &m_state, &FleetState::applySnapshot);
    connect(m_poller, &HealthPoller::pollFailed, &m_state, &FleetState::applyFailure);
    connect(m_poller, &HealthPoller::roundFinished, this, &StatusCommand::onRound);
}

void StatusCommand::start()
{
    m_poller->pollAllOnce();
}

void StatusCommand::onRound()
{
    ++m_rounds;
    if (m_rounds == 1 && m_windowMs > 0) {
        QTimer::singleShot(m_windowMs, this, [this] { m_poller->pollAllOnce(); });
        return;
    }
    report();
}

void StatusCommand::report()
{
    QTextStream out(stdout);
    if (m_json)
        printJson(out);
    else
        printTable(out);
    out.flush();

    int failed = 0;
    for (int i = 0; i < m_state.serverCount(); ++i) {
        if (!m_state.runtime(i).error.isEmpty())
            ++failed;
    }
    if (failed > 0) {
        QTextStream err(stderr);
        err << tr("%1 of %2 servers did not answer correctly:").arg(failed).arg(m_state.serverCount()) << '\n';
        for (int i = 0; i < m_state.serverCount(); ++i) {
            if (!m_state.runtime(i).error.isEmpty())
                err << "  " << m_state.spec(i).name << ": " << m_state.runtime(i).error << '\n';
        }
    }
    Q_EMIT finished(failed > 0 ? ExitCode::Failed : ExitCode::Done);
}

void StatusCommand::printTable(QTextStream& out)
{
    out << pad(tr("SERVER"), 22) << pad(tr("ZONE"), 12) << rpad(tr("BUSY/TOTAL"), 11) << rpad(tr("CPS"), 8)
        << rpad(tr("UTIL"), 7) << "  " << pad(tr("STATE"), 12) << tr("ERROR") << '\n';
    for (int i = 0; i < m_state.serverCount(); ++i) {
        const ServerMetrics m = m_state.serverMetrics(i);
        const ServerSpec& s = m_state.spec(i);
        const QString busy = m.hasData ? QStringLiteral("%1/%2").arg(m.busy).arg(m.configured) : QStringLiteral("-");
        const QString cps = m.hasData ? QString::number(m.cps, 'f', 1) : QStringLiteral("-");
        const QString util = m.hasData ? QStringLiteral("%1%").arg(qRound(m.utilization * 100)) : QStringLiteral("-");
        out << pad(s.name, 22) << pad(s.zone, 12) << rpad(busy, 11) << rpad(cps, 8) << rpad(util, 7) << "  "
            << pad(serverStatusToString(m.status), 12) << m.error << '\n';
    }
    const AggregateMetrics f = m_state.fleetMetrics();
    out << tr("fleet: %1/%2 channels (%3%), %4 CPS, %5 of %6 servers reporting")
               .arg(f.busy)
               .arg(f.configured)
               .arg(qRound(f.utilization * 100))
               .arg(f.cps, 0, 'f', 1)
               .arg(f.reporting)
               .arg(f.servers);
    if (f.pickServer >= 0)
        out << tr("; next outbound call → %1 (%2 free)").arg(m_state.spec(f.pickServer).name).arg(f.pickFree);
    out << '\n';
}

void StatusCommand::printJson(QTextStream& out)
{
    QJsonArray servers;
    for (int i = 0; i < m_state.serverCount(); ++i) {
        const ServerMetrics m = m_state.serverMetrics(i);
        const ServerSpec& s = m_state.spec(i);
        QJsonObject o;
        o.insert(QStringLiteral("name"), s.name);
        o.insert(QStringLiteral("zone"), s.zone);
        o.insert(QStringLiteral("state"), serverStatusToString(m.status));
        o.insert(QStringLiteral("busy"), m.hasData ? QJsonValue(m.busy) : QJsonValue());
        o.insert(QStringLiteral("workers_configured"), m.hasData ? QJsonValue(m.configured) : QJsonValue());
        o.insert(QStringLiteral("cps"), m.hasData ? QJsonValue(std::round(m.cps * 100) / 100) : QJsonValue());
        o.insert(QStringLiteral("utilization"),
                 m.hasData ? QJsonValue(std::round(m.utilization * 1000) / 1000) : QJsonValue());
        o.insert(QStringLiteral("error"), m.error.isEmpty() ? QJsonValue() : QJsonValue(m.error));
        servers.append(o);
    }
    const AggregateMetrics f = m_state.fleetMetrics();
    QJsonObject fleet{{QStringLiteral("busy"), f.busy},
                      {QStringLiteral("workers_configured"), f.configured},
                      {QStringLiteral("cps"), std::round(f.cps * 100) / 100},
                      {QStringLiteral("reporting"), f.reporting},
                      {QStringLiteral("next_pick"), f.pickServer >= 0 ? QJsonValue(m_state.spec(f.pickServer).name) : QJsonValue()}};
    QJsonObject root{{QStringLiteral("servers"), servers}, {QStringLiteral("fleet"), fleet}};
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace fleetdeck::ctl
