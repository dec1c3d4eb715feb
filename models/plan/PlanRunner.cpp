#include "plan/PlanRunner.h"

#include "plan/HealthProbe.h"
#include "plan/PlanExecutor.h"
#include "plan/SshTargetMapper.h"
#include "remote/SshSession.h"

#include <QCoreApplication>
#include <QThread>

namespace fleetdeck {

PlanRunner::PlanRunner(QList<ServerSpec> servers, SessionFactory sessions, QObject* parent)
    : PlanRunner(std::move(servers), std::move(sessions), std::make_shared<HealthProbe>(), parent)
{}

PlanRunner::PlanRunner(QList<ServerSpec> servers, SessionFactory sessions,
                       std::shared_ptr<HealthProbe> health, QObject* parent)
    : QObject(parent), m_servers(std::move(servers)), m_sessions(std::move(sessions)),
      m_health(std::move(health))
{
    qRegisterMetaType<fleetdeck::PlanRunResult>();
}

PlanRunner::~PlanRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool PlanRunner::start(const QList<Plan>& plans)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread = QThread::create([this, plans] { m_result = runAll(plans); });
    m_thread->setObjectName(QStringLiteral("PlanRunner"));
    connect(m_thread, &QThread::finished, this, &PlanRunner::onThreadDone);
    m_thread->start();
    return true;
}

void PlanRunner::cancel()
{
    m_cancel = true;
}

void PlanRunner::onThreadDone()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished(m_result);
}

PlanRunResult PlanRunner::runAll(const QList<Plan>& plans)
{
    PlanRunResult last;
    int dropped = 0;
    QString allOutput;
    for (int i = 0; i < plans.size(); ++i) {
        const Plan& plan = plans.at(i);
        const ServerSpec* spec = nullptr;
        for (const ServerSpec& s : m_servers) {
            if (s.name == plan.server)
                spec = &s;
        }
        Q_EMIT planStarted(i, int(plans.size()), plan.server);
        if (!spec || spec->host != plan.host) {
            last = PlanRunResult{};
            last.outcome = PlanRunResult::Outcome::Failed;
            last.server = plan.server;
            last.message =
                spec ? tr("%1 is %2 in the inventory but the plan was made for %3; nothing was changed")
                           .arg(plan.server, spec->host, plan.host)
                     : tr("%1 is not in the inventory; nothing was changed").arg(plan.server);
            Q_EMIT planFinished(i, last);
            break;
        }
        std::shared_ptr<SshSession> session = m_sessions(SshTargetMapper::fromServer(*spec));
        PlanExecutor::Callbacks callbacks;
        callbacks.stepStarted = [this](int index, int total, const QString& title) {
            Q_EMIT stepStarted(index, total, title);
        };
        callbacks.stepFinished = [this](int index, bool ok, const QString& detail) {
            Q_EMIT stepFinished(index, ok, detail);
        };
        callbacks.output = [this](const QString& text) {
            Q_EMIT output(text);
        };
        PlanExecutor executor(*session, *spec, *m_health, m_cancel, callbacks);
        last = executor.run(plan);
        session->close();
        dropped += last.callsDropped;
        allOutput += last.output;
        Q_EMIT planFinished(i, last);
        if (last.outcome != PlanRunResult::Outcome::Done)
            break;
    }
    last.callsDropped = dropped;
    last.output = allOutput;
    return last;
}

} // namespace fleetdeck
