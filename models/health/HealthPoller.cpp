#include "health/HealthPoller.h"

#include "health/HealthParser.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>

namespace fleetdeck {

HealthPoller::HealthPoller(HttpClient* client, QObject* parent) : QObject(parent), m_client(client)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HealthPoller::onTimer);
}

void HealthPoller::setTargets(const QList<Target>& targets)
{
    ++m_generation; // answers to polls of the old list are dropped
    m_targets.clear();
    m_queue = {};
    for (const Target& t : targets) {
        State s;
        s.target = t;
        s.phaseMs = phaseOffsetMs(t.name, m_intervalMs);
        m_targets.push_back(s);
    }
    if (m_running) {
        m_running = false;
        start();
    }
}

void HealthPoller::setIntervalMs(int ms)
{
    m_intervalMs = std::max(100, ms);
    for (State& s : m_targets)
        s.phaseMs = phaseOffsetMs(s.target.name, m_intervalMs);
}

int HealthPoller::phaseOffsetMs(const QString& name, int intervalMs)
{
    const QByteArray h = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<quint8>(h.at(i));
    return static_cast<int>(v % static_cast<quint32>(std::max(1, intervalMs)));
}

qint64 HealthPoller::nextPhaseSlot(int index, qint64 nowMs) const
{
    const qint64 phase = m_targets[index].phaseMs;
    const qint64 k = (nowMs - phase) / m_intervalMs + 1;
    return k * m_intervalMs + phase;
}

void HealthPoller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_queue = {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < targetCount(); ++i) {
        m_targets[i].dueMs = nextPhaseSlot(i, now);
        m_queue.push({m_targets[i].dueMs, i});
    }
    armTimer();
}

void HealthPoller::stop()
{
    m_running = false;
    m_timer.stop();
    m_queue = {};
}

void HealthPoller::pollAllOnce()
{
    m_roundPending = targetCount();
    if (m_roundPending == 0) {
        QMetaObject::invokeMethod(this, &HealthPoller::roundFinished, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < targetCount(); ++i)
        poll(i);
}

void HealthPoller::schedule(int index, qint64 afterMs)
{
    if (!m_running)
        return;
    State& s = m_targets[index];
    qint64 due = nextPhaseSlot(index, afterMs);
    if (s.failures > 0) {
        const qint64 backoff = std::min<qint64>(kMaxBackoffMs, qint64(m_intervalMs) << std::min(s.failures - 1, 10));
        due = std::max(due, afterMs + backoff);
    }
    s.dueMs = due;
    m_queue.push({due, index});
    armTimer();
}

void HealthPoller::armTimer()
{
    if (m_queue.empty() || !m_running)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 wait = std::max<qint64>(0, m_queue.top().first - now);
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(static_cast<int>(wait));
}

void HealthPoller::onTimer()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!m_queue.empty() && m_queue.top().first <= now) {
        const auto [due, index] = m_queue.top();
        m_queue.pop();
        if (index >= targetCount() || m_targets[index].dueMs != due)
            continue; // superseded entry
        if (m_targets[index].inFlight)
            schedule(index, now); // still waiting for the last answer: skip this slot, no pile-up
        else
            poll(index);
    }
    armTimer();
}

void HealthPoller::poll(int index)
{
    State& s = m_targets[index];
    if (s.inFlight)
        return;
    s.inFlight = true;
    const quint64 generation = m_generation;
    m_client->get(s.target.request, [this, index, generation](const HttpResponse& response) {
        if (generation != m_generation)
            return;
        finish(index, response);
    });
}

void HealthPoller::finish(int index, const HttpResponse& response)
{
    State& s = m_targets[index];
    s.inFlight = false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString error = response.error;
    if (error.isEmpty() && response.status != 200)
        error = QStringLiteral("HTTP status %1").arg(response.status);
    HealthParser::Result parsed;
    if (error.isEmpty()) {
        parsed = HealthParser::parse(response.body, now);
        if (!parsed.ok())
            error = QStringLiteral("bad health document: %1").arg(parsed.error);
    }
    if (error.isEmpty()) {
        s.failures = 0;
        Q_EMIT snapshotReceived(index, parsed.snapshot);
    } else {
        ++s.failures;
        Q_EMIT pollFailed(index, error);
    }
    schedule(index, now);
    if (m_roundPending > 0 && --m_roundPending == 0)
        Q_EMIT roundFinished();
}

} // namespace fleetdeck
