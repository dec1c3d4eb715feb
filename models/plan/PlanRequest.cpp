#include "plan/PlanRequest.h"

namespace fleetdeck {

bool PlanRequest::isKnownAction(const QString& action)
{
    return action == QLatin1String("add-workers") || action == QLatin1String("remove-workers") ||
           action == QLatin1String("restart");
}

} // namespace fleetdeck
