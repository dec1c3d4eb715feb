#include "server/DriftChecker.h"

#include "fleet/FleetState.h"
#include "plan/DriftReader.h"
#include "plan/HealthProbe.h"
#include "plan/SshTargetMapper.h"
#include "remote/SshError.h"
#include "remote/SshSession.h"

#include <QtConcurrent>

namespace fleetdeck::ui {

namespace {
struct Outcome
{
    DriftReport report;
    QString error;
};
} // namespace

DriftChecker::DriftChecker(FleetState* state, QObject* parent) : QObject(parent), m_state(state) {}

void DriftChecker::check(int server)
{
    if (!m_sessions || server < 0 || server >= m_state->serverCount() || m_running.contains(server))
        return;
    m_running.insert(server);
    Q_EMIT started(server);
    const ServerSpec spec = m_state->spec(server);
    QtConcurrent::run([spec, sessions = m_sessions] {
        Outcome out;
        std::shared_ptr<SshSession> session;
        try {
            HealthProbe health;
            session = sessions(SshTargetMapper::fromServer(spec));
            out.report = DriftReader::read(*session, spec, &health);
        } catch (const SshError& e) {
            out.error = e.message();
        }
        if (session)
            session->close();
        return out;
    }).then(this, [this, server](const Outcome& out) {
        m_running.remove(server);
        if (out.error.isEmpty())
            Q_EMIT finished(server, out.report);
        else
            Q_EMIT failed(server, out.error);
    });
}

} // namespace fleetdeck::ui
