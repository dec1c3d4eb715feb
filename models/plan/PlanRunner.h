#pragma once

#include "fleet/ServerSpec.h"
#include "plan/Plan.h"
#include "plan/PlanRunResult.h"
#include "remote/SshTarget.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace fleetdeck {

class HealthProbe;
class SshSession;

/// Applies plans without blocking the caller's (GUI) thread: the steps run on a
/// worker thread (blocking on SSH futures there), health checks go through a
/// HealthProbe whose HttpClient lives on its own thread. Progress and the result
/// arrive as signals on the runner's thread. Several plans (a rolling restart of
/// several servers) run one after the other; the first that does not finish stops
/// the rest.
class PlanRunner : public QObject
{
    Q_OBJECT

public:
    using SessionFactory = std::function<std::shared_ptr<SshSession>(const SshTarget&)>;

    /// `servers`: the inventory's servers (a plan names one); `sessions` makes the
    /// SSH session for a server (the CLI: LibsshSession with its host-key policy).
    PlanRunner(QList<ServerSpec> servers, SessionFactory sessions, QObject* parent = nullptr);
    /// Tests: health through another client (see HealthProbe).
    PlanRunner(QList<ServerSpec> servers, SessionFactory sessions, std::shared_ptr<HealthProbe> health,
               QObject* parent = nullptr);
    ~PlanRunner() override;

    /// Returns false (and does nothing) while a run is in progress.
    bool start(const QList<Plan>& plans);
    /// Stops at the next safe point and rolls back what the current plan changed.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void planStarted(int planIndex, int planCount, const QString& server);
    void stepStarted(int index, int total, const QString& title);
    void stepFinished(int index, bool ok, const QString& detail);
    void output(const QString& text);
    void planFinished(int planIndex, const fleetdeck::PlanRunResult& result);
    void finished(const fleetdeck::PlanRunResult& result);

private:
    PlanRunResult runAll(const QList<Plan>& plans);
    void onThreadDone();

    QList<ServerSpec> m_servers;
    SessionFactory m_sessions;
    std::shared_ptr<HealthProbe> m_health;
    std::atomic_bool m_cancel{false};
    QThread* m_thread = nullptr;
    PlanRunResult m_result;
};

} // namespace fleetdeck
