#pragma once

#include "ChangeArgs.h"
#include "SshSessionFactory.h"
#include "fleet/Inventory.h"
#include "plan/Plan.h"
#include "plan/PlanRunResult.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace fleetdeck {
class AuditLog;
class HostKeyPolicy;
class PlanRunner;
} // namespace fleetdeck

namespace fleetdeck::ctl {

/// `fleetdeckctl plan …` and `fleetdeckctl apply …`: reads the servers and plans
/// on a worker thread, prints the plan (and saves it), or applies a saved / fresh
/// plan with PlanRunner, printing `[3/9] nginx -t … ok` and recording every plan in
/// the audit log. Emits finished(exit code).
class ChangeCommand : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Plan, Apply };

    ChangeCommand(Mode mode, Inventory inventory, ChangeArgs args, SshSessionFactory sessions,
                  QObject* parent = nullptr);
    ~ChangeCommand() override;
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onPlanned(const QList<Plan>& plans, const QString& error, int exitCode);
    void apply(const QList<Plan>& plans);
    void onPlanStarted(int index, int count, const QString& server);
    void onPlanFinished(int index, const PlanRunResult& result);
    void onFinished(const PlanRunResult& result);
    void finish(int exitCode);

    Mode m_mode;
    Inventory m_inventory;
    ChangeArgs m_args;
    SshSessionFactory m_sessions;
    std::shared_ptr<HostKeyPolicy> m_policy;
    QList<Plan> m_plans;
    PlanRunner* m_runner = nullptr;
    std::unique_ptr<AuditLog> m_audit;
    QHash<int, qint64> m_auditIds;
};

} // namespace fleetdeck::ctl
