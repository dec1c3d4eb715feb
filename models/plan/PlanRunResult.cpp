#include "plan/PlanRunResult.h"

namespace fleetdeck {

int PlanRunResult::exitCode() const
{
    switch (outcome) {
    case Outcome::Done:
        return 0;
    case Outcome::Refused:
        return 3;
    case Outcome::Stale:
        return 4;
    default:
        return 1;
    }
}

QString PlanRunResult::resultName() const
{
    switch (outcome) {
    case Outcome::Done:
        return QStringLiteral("done");
    case Outcome::Failed:
        return failedStep >= 0 ? QStringLiteral("rolled-back") : QStringLiteral("failed");
    case Outcome::RollbackIncomplete:
        return QStringLiteral("failed");
    case Outcome::Stale:
        return QStringLiteral("stale-plan");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace fleetdeck
