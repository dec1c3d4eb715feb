#pragma once

#include "plan/Plan.h"

#include <QString>

namespace fleetdeck::ctl {

/// `plan`'s text: diffs, numbered commands, steps, warnings.
class PlanPrinter
{
public:
    static QString text(const Plan& plan, int index, int count);
};

} // namespace fleetdeck::ctl
