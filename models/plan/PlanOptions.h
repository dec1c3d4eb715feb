#pragma once

namespace fleetdeck {

/// Knobs of the planners (CLI options / dialog fields).
struct PlanOptions
{
    enum class RestartMode { Drain, Immediate };

    bool allowOverBudget = false; ///< add-workers: go over the memory budget (warning instead of refusal)
    bool force = false;           ///< remove-workers: stop workers still in a call after the drain timeout
    RestartMode mode = RestartMode::Drain;
    int pauseMs = 5000;          ///< restart: pause between workers
    int drainTimeoutMs = 120000; ///< remove-workers, restart: wait for calls to end
    int socketTimeoutMs = 20000; ///< wait for new sockets
    int healthTimeoutMs = 20000; ///< wait for the health endpoint to agree
    int reloadTimeoutMs = 10000; ///< wait for nginx to start new workers after a reload
};

} // namespace fleetdeck
