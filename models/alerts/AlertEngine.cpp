#include "alerts/AlertEngine.h"

#include "config/DriftReport.h"
#include "fleet/FleetState.h"
#include "items/ChangeThrottle.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace fleetdeck {

AlertEngine::AlertEngine(FleetState* state, QObject* parent)
    : QObject(parent), m_state(state), m_throttle(new ChangeThrottle(250, 1000, this))
{
    connect(m_state, &FleetState::serverChanged, m_throttle, &ChangeThrottle::markDirty);
    connect(m_throttle, &ChangeThrottle::flush, this, [this] { evaluate(); });
}

QList<Alert> AlertEngine::alerts() const
{
    // Sort by the hash's keys (Alert::key() builds a string each call).
    std::vector<std::pair<const QString*, const Alert*>> order;
    order.reserve(m_current.size());
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it)
        order.emplace_back(&it.key(), &it.value());
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        if (a.second->sinceMs != b.second->sinceMs)
            return a.second->sinceMs > b.second->sinceMs;
        if (a.second->severity != b.second->severity)
            return a.second->severity > b.second->severity;
        return *a.first < *b.first;
    });
    QList<Alert> list;
    list.reserve(qsizetype(order.size()));
    for (const auto& [key, alert] : order)
        list.append(*alert);
    return list;
}

int AlertEngine::count(Alert::Severity severity) const
{
    return int(std::count_if(m_current.cbegin(), m_current.cend(),
                             [&](const Alert& a) { return a.severity == severity; }));
}

const Alert* AlertEngine::find(const QString& key) const
{
    auto it = m_current.constFind(key);
    return it == m_current.cend() ? nullptr : &it.value();
}

void AlertEngine::setDriftReport(int server, const DriftReport& report)
{
    QStringList messages;
    for (const DriftFinding& f : report.findings)
        messages.append(f.suggestion.isEmpty()
                            ? f.message
                            : f.message + QStringLiteral(" (") + f.suggestion + QLatin1Char(')'));
    if (messages.isEmpty())
        m_drift.erase(server);
    else
        m_drift[server] = messages;
    evaluate();
}

void AlertEngine::put(QHash<QString, Alert>& out, Alert alert)
{
    out.insert(alert.key(), std::move(alert));
}

void AlertEngine::evaluate(qint64 nowMs)
{
    if (nowMs <= 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    QHash<QString, Alert> next;
    for (int i = 0; i < m_state->serverCount(); ++i)
        evaluateServer(i, nowMs, next);
    for (const ZoneSpec& z : m_state->inventory().zones)
        evaluateZone(z.id, nowMs, next);
    evaluateIngress(next);

    bool changed = false;
    for (auto it = m_current.begin(); it != m_current.end();) {
        if (!next.contains(it.key())) {
            const QString key = it.key();
            it = m_current.erase(it);
            changed = true;
            Q_EMIT alertCleared(key);
        } else {
            ++it;
        }
    }
    for (auto it = next.begin(); it != next.end(); ++it) {
        Alert alert = it.value();
        auto existing = m_current.find(it.key());
        if (existing == m_current.end()) {
            alert.sinceMs = nowMs;
            m_current.insert(it.key(), alert);
            changed = true;
            Q_EMIT alertRaised(alert);
            continue;
        }
        alert.sinceMs = existing->sinceMs;
        if (alert.severity != existing->severity || alert.message != existing->message ||
            alert.advice != existing->advice) {
            *existing = alert;
            changed = true;
            Q_EMIT alertRaised(alert);
        }
    }
    if (changed)
        Q_EMIT alertsChanged();
}

void AlertEngine::evaluateServer(int index, qint64 nowMs, QHash<QString, Alert>& out) const
{
    const ServerSpec& spec = m_state->spec(index);
    const ServerMetrics m = m_state->serverMetrics(index, nowMs);
    const FleetThresholds& t = m_state->thresholds();
    const bool quiet = m.status == ServerStatus::Ok && m_drift.find(index) == m_drift.end();
    if (quiet) // the common case: nothing to say, so nothing to format
        return;
    const QLocale locale;
    Alert a;
    a.subjectKind = Alert::Subject::Server;
    a.subject = spec.name;
    auto checkServer = [&] {
        return tr("Check the server: ssh %1, systemctl status nginx %2, curl -k %3")
            .arg(spec.host, spec.service.unitFor(1), spec.healthUrl.toString());
    };

    if (m.status == ServerStatus::Unreachable) {
        a.severity = Alert::Severity::Critical;
        a.kind = Alert::Kind::Unreachable;
        a.message = m.error.isEmpty() ? tr("%1 does not answer its health check").arg(spec.name)
                                      : tr("%1 does not answer its health check: %2").arg(spec.name, m.error);
        a.advice = checkServer() + tr("; the bridge skips it, so its zone runs on the other servers");
        put(out, a);
    } else if (m.status == ServerStatus::Stale) {
        a.severity = Alert::Severity::Warning;
        a.kind = Alert::Kind::Stale;
        a.message = tr("%1: no fresh health data for %n s", nullptr, int(m.ageMs / 1000)).arg(spec.name);
        if (!m.error.isEmpty())
            a.message += QStringLiteral(" (") + m.error + QLatin1Char(')');
        a.advice = checkServer();
        put(out, a);
    }
    if (!m.hasData || m.stale || m.status == ServerStatus::Unreachable)
        return; // the numbers below would be old

    if (m.down > 0) {
        QStringList ids;
        QStringList units;
        for (const WorkerStatus& w : m_state->runtime(index).snapshot->workers) {
            if (w.state == WorkerState::Down) {
                ids.append(QString::number(w.id));
                if (units.size() < 3)
                    units.append(spec.service.unitFor(w.id));
            }
        }
        a.kind = Alert::Kind::WorkersDown;
        a.severity = m.down * 2 >= m.configured ? Alert::Severity::Critical : Alert::Severity::Warning;
        a.message =
            tr("%1: %n worker(s) down (%2)", nullptr, m.down).arg(spec.name, ids.join(QStringLiteral(", ")));
        a.advice = tr("Check the server: ssh %1, systemctl status %2; journalctl -u %3 for why it stopped")
                       .arg(spec.host, units.join(QLatin1Char(' ')), units.value(0));
        put(out, a);
    }
    if (m.configured > 0 && m.utilization >= t.utilizationWarning) {
        a.kind = Alert::Kind::Utilization;
        a.severity =
            m.utilization >= t.utilizationCritical ? Alert::Severity::Critical : Alert::Severity::Warning;
        a.message = tr("%1 at %2 % (%3 of %4 channels busy)")
                        .arg(spec.name)
                        .arg(qRound(m.utilization * 100))
                        .arg(m.busy)
                        .arg(m.configured);
        a.advice = tr("Add workers or a fleet in %1; the policy is to run at ≤ %2 %")
                       .arg(m_state->inventory().zoneName(spec.zone))
                       .arg(qRound(t.utilizationWarning * 100));
        put(out, a);
    }
    if (m.overMemoryBudget) {
        a.kind = Alert::Kind::MemoryBudget;
        a.severity = Alert::Severity::Warning;
        a.message = tr("%1: %2 workers × %3 MB = %4 MB, over the idle budget of %5 MB (%6 % of the RAM)")
                        .arg(spec.name)
                        .arg(m.configured)
                        .arg(spec.workerIdleMb)
                        .arg(locale.toString(m.workersMemoryMb))
                        .arg(locale.toString(m.memoryBudgetMb))
                        .arg(spec.memoryBudgetPercent());
        a.advice = tr("Remove workers down to %1 (the safe count for %2 MB of RAM), or add RAM")
                       .arg(spec.safeWorkerCount())
                       .arg(locale.toString(spec.ramMb));
        put(out, a);
    }
    auto drift = m_drift.find(index);
    if (drift != m_drift.end()) {
        a.kind = Alert::Kind::Drift;
        a.severity = Alert::Severity::Warning;
        a.message = tr("%1: %n drift finding(s): %2", nullptr, int(drift->second.size()))
                        .arg(spec.name, drift->second.first());
        a.advice = tr("Review the drift on the server page and reconcile units, nginx upstream and .env");
        put(out, a);
    }
}

void AlertEngine::evaluateZone(const QString& zoneId, qint64 nowMs, QHash<QString, Alert>& out) const
{
    const AggregateMetrics z = m_state->zoneMetrics(zoneId, nowMs);
    const FleetThresholds& t = m_state->thresholds();
    if (z.configured <= 0 || z.utilization < t.utilizationWarning)
        return;
    const QString name = m_state->inventory().zoneName(zoneId);
    Alert a;
    a.subjectKind = Alert::Subject::Zone;
    a.subject = zoneId;
    a.kind = Alert::Kind::Utilization;
    a.severity =
        z.utilization >= t.utilizationCritical ? Alert::Severity::Critical : Alert::Severity::Warning;
    a.message = tr("Zone %1 at %2 % (%3 of %4 channels busy)")
                    .arg(name)
                    .arg(qRound(z.utilization * 100))
                    .arg(z.busy)
                    .arg(z.configured);
    a.advice = tr("Add workers or a fleet in %1; the policy is to run at ≤ %2 %")
                   .arg(name)
                   .arg(qRound(t.utilizationWarning * 100));
    put(out, a);
}

void AlertEngine::evaluateIngress(QHash<QString, Alert>& out) const
{
    const Inventory& inv = m_state->inventory();
    // Until the ingress backends are read, the inventory is the count: every fleet server sits
    // behind the one ingress.
    if (inv.ingresses.size() != 1 || inv.servers.size() < 3)
        return;
    Alert a;
    a.severity = Alert::Severity::Warning;
    a.kind = Alert::Kind::IngressSinglePoint;
    a.subjectKind = Alert::Subject::Ingress;
    a.subject = inv.ingresses.first().name;
    a.message =
        tr("Ingress %1 serves all %n fleets: a single point of failure", nullptr, int(inv.servers.size()))
            .arg(a.subject);
    a.advice = tr("Single point of failure: plan a second ingress before crossing ~3 fleets");
    put(out, a);
}

} // namespace fleetdeck
