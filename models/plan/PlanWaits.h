#pragma once

#include "health/HealthSnapshot.h"
#include "plan/PlanStep.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace fleetdeck {

class HealthProbe;
class SshSession;
struct ServerSpec;

/// The waiting steps of PlanExecutor (sockets, health count, idle workers) and the
/// drop count of an immediate restart. Each polls with a bounded timeout and checks
/// the cancel flag between polls (CancelError). Runs on the runner's worker thread.
class PlanWaits
{
    // tr() under the context lupdate files this class's messages in.
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::PlanWaits)

public:
    PlanWaits(SshSession& session, const ServerSpec& spec, HealthProbe& health,
              const std::atomic_bool& cancel, std::function<void(const QString&)> log, bool sudo);

    QString sockets(const PlanStep& step);
    QString health(const PlanStep& step);
    /// With step.force, busy workers after the timeout are added to `dropped`.
    QString idle(const PlanStep& step, int& dropped);
    /// Calls dropped by restarting `worker`: its call in the health read just before,
    /// plus calls that reached it between that read and the kill (calls_started_total
    /// grew by more than the calls newly seen on the other workers just after).
    int countDrops(int worker, const HealthSnapshot& before);
    HealthSnapshot healthNow(QString* error);
    void checkCancel() const;
    void sleepMs(int ms) const;

    /// Busy, or draining with a call.
    static bool inCall(const WorkerStatus& w);

private:
    SshSession& m_session;
    const ServerSpec& m_spec;
    HealthProbe& m_health;
    const std::atomic_bool& m_cancel;
    std::function<void(const QString&)> m_log;
    bool m_sudo;
};

} // namespace fleetdeck
