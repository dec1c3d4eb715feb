#pragma once

#include <QString>

namespace fleetdeck {

/// One preflight verdict: ✓/✗, what was found, and how to fix it when it fails.
/// `blocking` failures stop the onboarding; `refusal` ones are safety refusals
/// (memory budget: exit 3), the others plain failures.
struct PreflightCheck
{
    QString id; ///< "memory", "nginx", "unit", "env", "disk", "nginx-files", "bridge-token", …
    QString title;
    bool ok = false;
    QString detail; ///< what was found
    QString fix;    ///< how to fix it (empty when ok)
    bool refusal = false;
};

} // namespace fleetdeck
