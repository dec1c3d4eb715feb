#pragma once

#include "plan/PlanOptions.h"

#include <QString>

namespace fleetdeck {

/// What the operator asked for on one server.
struct PlanRequest
{
    QString action;  ///< add-workers, remove-workers, restart
    int target = -1; ///< add/remove: the new worker count
    PlanOptions options;

    static bool isKnownAction(const QString& action);
};

} // namespace fleetdeck
