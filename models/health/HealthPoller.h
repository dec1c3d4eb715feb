#pragma once

#include "health/HealthSnapshot.h"
#include "health/HttpClient.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <queue>
#include <vector>

namespace fleetdeck {

/// Polls every server's health endpoint on an interval through one HttpClient.
/// Polls are spread across the interval (each server keeps a fixed phase: a
/// hash of its name modulo the interval, as Prometheus does); a server still
/// in flight is not polled again; failing servers back off up to kMaxBackoffMs.
/// One timer drives the whole schedule, whatever the number of servers.
class HealthPoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 1000;
    static constexpr int kMaxBackoffMs = 15000;

    struct Target
    {
        QString name;
        HttpRequest request;
    };

    explicit HealthPoller(HttpClient* client, QObject* parent = nullptr);

    void setTargets(const QList<Target>& targets);
    int targetCount() const { return static_cast<int>(m_targets.size()); }
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /// Polls every target now, once; roundFinished() when all have answered or failed.
    void pollAllOnce();

    int consecutiveFailures(int index) const { return m_targets.at(index).failures; }
    /// The fixed phase of a server inside the interval.
    static int phaseOffsetMs(const QString& name, int intervalMs);

Q_SIGNALS:
    void snapshotReceived(int index, const fleetdeck::HealthSnapshot& snapshot);
    void pollFailed(int index, const QString& error);
    void roundFinished();

private:
    struct State
    {
        Target target;
        int phaseMs = 0;
        int failures = 0;
        bool inFlight = false;
        qint64 dueMs = 0;
    };
    using Due = std::pair<qint64, int>; // (due time, index)

    void poll(int index);
    void finish(int index, const HttpResponse& response);
    void schedule(int index, qint64 afterMs);
    void armTimer();
    void onTimer();
    qint64 nextPhaseSlot(int index, qint64 nowMs) const;

    HttpClient* m_client;
    std::vector<State> m_targets;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_queue;
    QTimer m_timer;
    int m_intervalMs = kDefaultIntervalMs;
    bool m_running = false;
    int m_roundPending = 0;
    quint64 m_generation = 0;
};

} // namespace fleetdeck
