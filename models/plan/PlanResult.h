#pragma once

#include "plan/Plan.h"

#include <QString>

#include <optional>

namespace fleetdeck {

/// A planner's answer: a plan, or why not. `refused` marks a refusal for safety
/// (memory budget: exit 3); other errors are bad input or an unreadable server.
struct PlanResult
{
    std::optional<Plan> plan;
    QString error;
    bool refused = false;

    bool ok() const { return plan.has_value(); }
    static PlanResult failure(QString message, bool refused = false)
    {
        PlanResult r;
        r.error = std::move(message);
        r.refused = refused;
        return r;
    }
};

} // namespace fleetdeck
