#pragma once

#include <stdexcept>

namespace fleetdeck {

/// Thrown inside PlanExecutor: a file is not what the plan was made from (exit 4).
struct StaleError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

/// Thrown inside PlanExecutor at a safe point after cancel().
struct CancelError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

} // namespace fleetdeck
