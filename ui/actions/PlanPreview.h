#pragma once

#include "actions/ServerRequest.h"
#include "fleet/ServerSpec.h"
#include "plan/Plan.h"
#include "plan/PlanRunner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fleetdeck::ui {

/// The plans for an action dialog's requests, or why there are none.
struct PlanPreview
{
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::ui::PlanPreview)

public:
    QList<Plan> plans;
    QString error;        ///< empty when every request has a plan
    bool refused = false; ///< refused for safety (memory budget, host key)

    bool ok() const { return error.isEmpty() && !plans.isEmpty(); }

    /// Reads each server's live state and plans its request (PlanBuilder), one server after
    /// the other. Blocks on SSH and HTTP: call it on a worker thread (QtConcurrent::run).
    static PlanPreview build(const QList<ServerSpec>& servers, const PlanRunner::SessionFactory& sessions,
                             const ServerRequests& requests);
};

} // namespace fleetdeck::ui
