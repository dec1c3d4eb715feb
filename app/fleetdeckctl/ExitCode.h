#pragma once

namespace fleetdeck::ctl {

/// DESIGN §3.3.
enum ExitCode {
    Done = 0,
    Failed = 1,        ///< failed (and rolled back) / some servers did not answer
    BadInput = 2,      ///< bad input or usage
    Refused = 3,       ///< refused for safety
    StateChanged = 4,  ///< remote state changed since the plan was made
};

} // namespace fleetdeck::ctl
