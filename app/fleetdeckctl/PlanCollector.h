#pragma once

#include "SshSessionFactory.h"
#include "fleet/Inventory.h"
#include "plan/Plan.h"
#include "plan/PlanRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace fleetdeck {
class HostKeyPolicy;
}

namespace fleetdeck::ctl {

/// Reads every named server and plans the request on each. Blocking: run it on a
/// worker thread (QtConcurrent::run).
class PlanCollector
{
    // tr() under the context lupdate files this class's messages in.
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::ctl::PlanCollector)

public:
    struct Collected
    {
        QList<Plan> plans;
        QString error;
        int exitCode = 0;
    };
    static Collected collect(const Inventory& inventory, const QStringList& servers,
                             const PlanRequest& request, std::shared_ptr<HostKeyPolicy> policy,
                             const SshSessionFactory& sessions);
};

} // namespace fleetdeck::ctl
