#include "fleet/FleetState.h"

#include <QDateTime>

#include <algorithm>

namespace fleetdeck {

namespace {
qint64 orNow(qint64 nowMs)
{
    return nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
}
} // namespace

FleetState::FleetState(Inventory inventory, QObject* parent)
    : QObject(parent), m_inventory(std::move(inventory)), m_runtime(m_inventory.servers.size())
{
    for (int i = 0; i < serverCount(); ++i) {
        m_zoneServers[spec(i).zone].append(i);
        m_serverIndex.insert(spec(i).name, i);
    }
}

int FleetState::indexOf(const QString& serverName) const
{
    return m_serverIndex.value(serverName, -1);
}

void FleetState::applySnapshot(int index, const HealthSnapshot& snapshot)
{
    if (index < 0 || index >= serverCount())
        return;
    Runtime& r = m_runtime[index];
    const qint64 t = snapshot.receivedAtMs > 0 ? snapshot.receivedAtMs : QDateTime::currentMSecsSinceEpoch();
    if (r.cps.add(t, snapshot.callsStartedTotal))
        ++r.counterResets;
    r.snapshot = snapshot;
    r.busy = snapshot.busy();
    r.idle = snapshot.idle();
    r.down = snapshot.count(WorkerState::Down);
    r.starting = snapshot.count(WorkerState::Starting);
    r.error.clear();
    r.lastGoodMs = t;
    r.lastAttemptMs = t;
    r.consecutiveFailures = 0;
    Q_EMIT serverChanged(index);
}

void FleetState::applyFailure(int index, const QString& error)
{
    if (index < 0 || index >= serverCount())
        return;
    Runtime& r = m_runtime[index];
    r.error = error;
    r.lastAttemptMs = QDateTime::currentMSecsSinceEpoch();
    ++r.consecutiveFailures;
    Q_EMIT serverChanged(index);
}

ServerMetrics FleetState::serverMetrics(int index, qint64 nowMs) const
{
    nowMs = orNow(nowMs);
    const ServerSpec& s = spec(index);
    const Runtime& r = m_runtime.at(index);
    ServerMetrics m;
    m.error = r.error;
    m.memoryBudgetMb = s.memoryBudgetMb();
    if (r.snapshot) {
        const HealthSnapshot& snap = *r.snapshot;
        m.hasData = true;
        m.ageMs = nowMs - r.lastGoodMs;
        m.stale = m.ageMs > qint64(m_thresholds.staleAfterIntervals) * m_intervalMs;
        m.busy = r.busy;
        m.idle = r.idle;
        m.down = r.down;
        m.starting = r.starting;
        m.configured = snap.workersConfigured;
        m.utilization = m.configured > 0 ? double(m.busy) / m.configured : 0.0;
        m.cps = m.stale ? 0.0 : r.cps.rate();
        m.workersMemoryMb = m.configured * s.workerIdleMb;
        m.overMemoryBudget = !s.fitsMemoryBudget(m.configured);
    }
    m.status = statusFor(m, nowMs, r);
    return m;
}

ServerStatus FleetState::statusFor(const ServerMetrics& m, qint64 nowMs, const Runtime& r) const
{
    if (!m.hasData) {
        return r.consecutiveFailures > 0 ? ServerStatus::Unreachable : ServerStatus::Unknown;
    }
    const qint64 unreachableMs = qint64(m_thresholds.unreachableAfterIntervals) * m_intervalMs;
    if (r.consecutiveFailures > 0 && nowMs - r.lastGoodMs > unreachableMs)
        return ServerStatus::Unreachable;
    if (m.stale)
        return ServerStatus::Stale;
    if (m.utilization >= m_thresholds.utilizationCritical || (m.configured > 0 && m.idle == 0 && m.busy > 0))
        return ServerStatus::Critical;
    if (m.utilization >= m_thresholds.utilizationWarning || m.down > 0 || m.overMemoryBudget ||
        !m.error.isEmpty())
        return ServerStatus::Warning;
    return ServerStatus::Ok;
}

QList<int> FleetState::serversInZone(const QString& zoneId) const
{
    return m_zoneServers.value(zoneId);
}

AggregateMetrics FleetState::zoneMetrics(const QString& zoneId, qint64 nowMs) const
{
    return aggregate(serversInZone(zoneId), orNow(nowMs));
}

AggregateMetrics FleetState::fleetMetrics(qint64 nowMs) const
{
    QList<int> all;
    for (int i = 0; i < serverCount(); ++i)
        all.append(i);
    return aggregate(all, orNow(nowMs));
}

AggregateMetrics FleetState::aggregate(const QList<int>& servers, qint64 nowMs) const
{
    AggregateMetrics a;
    a.servers = static_cast<int>(servers.size());
    for (int i : servers) {
        const ServerMetrics m = serverMetrics(i, nowMs);
        a.channelLimit += spec(i).channelLimit;
        a.cpsLimit += spec(i).cpsLimit;
        a.worst = std::max(a.worst, m.status);
        if (!m.hasData || m.stale || m.status == ServerStatus::Unreachable)
            continue;
        ++a.reporting;
        a.busy += m.busy;
        a.idle += m.idle;
        a.configured += m.configured;
        a.cps += m.cps;
        a.largestServerCapacity = std::max(a.largestServerCapacity, m.configured);
        if (m.idle > a.pickFree) { // strictly more: ties go to the first in the list, as the bridge does
            a.pickFree = m.idle;
            a.pickServer = i;
        }
    }
    a.utilization = a.configured > 0 ? double(a.busy) / a.configured : 0.0;
    // N-1: with its largest server gone, do the others still have a worker for every call in progress?
    a.canLoseLargest = a.reporting > 1 && a.configured - a.largestServerCapacity >= a.busy;
    return a;
}

} // namespace fleetdeck
