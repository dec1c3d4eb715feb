#pragma once

#include "health/HealthSnapshot.h"
#include "plan/Plan.h"
#include "plan/PlanRunResult.h"
#include "plan/PlanWaits.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>

namespace fleetdeck {

class HealthProbe;
class SshSession;
struct ServerSpec;

/// Applies one Plan to one server, blocking the calling thread (PlanRunner's worker
/// thread): opens the session (host key checked), takes the host lock, runs the
/// steps in order, and on failure or cancellation undoes the completed steps in
/// reverse order (files restored byte for byte, units stopped/started back, nginx
/// reloaded once its files are restored). Cancellation is checked between steps and
/// inside every wait.
class PlanExecutor
{
public:
    struct Callbacks
    {
        std::function<void(int index, int total, const QString& title)> stepStarted;
        std::function<void(int index, bool ok, const QString& detail)> stepFinished;
        std::function<void(const QString& text)> output;
    };

    PlanExecutor(SshSession& session, const ServerSpec& spec, HealthProbe& health,
                 const std::atomic_bool& cancel, Callbacks callbacks);

    PlanRunResult run(const Plan& plan);

private:
    struct Undo
    {
        int step = -1;
        PlanStep::Kind kind = PlanStep::Kind::Command;
        QString path;
        QByteArray previous; // Write: what to restore
        QStringList argv;    // Command
    };

    QString runStep(const PlanStep& step, int index);
    QString readStep(const PlanStep& step);
    QString writeStep(const PlanStep& step, int index);
    QString commandStep(const PlanStep& step, int index);
    QString validateStep(const PlanStep& step);
    QString pause(const PlanStep& step);

    bool rollback();
    bool reloadBack();
    struct RunOutput
    {
        int exitStatus = -1;
        QString text;
    };
    RunOutput runLogged(const QStringList& argv, bool sudo, int timeoutMs = 60000);
    PlanWaits waits();
    void log(const QString& text);
    void checkCancel() const;
    void sleepMs(int ms) const;

    SshSession& m_session;
    const ServerSpec& m_spec;
    HealthProbe& m_health;
    const std::atomic_bool& m_cancel;
    Callbacks m_callbacks;
    QHash<QString, QByteArray> m_contents; // path → content now on the server
    QList<Undo> m_undo;
    QString m_output;
    int m_callsDropped = 0;
    int m_reloadsTaken = 0;
    int m_reloadTimeoutMs = 10000;
    bool m_sudo = false;
};

} // namespace fleetdeck
