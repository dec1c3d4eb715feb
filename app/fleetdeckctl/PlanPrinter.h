#pragma once

#include "plan/Plan.h"

#include <QCoreApplication>
#include <QString>

namespace fleetdeck::ctl {

/// `plan`'s text: diffs, numbered commands, steps, warnings.
class PlanPrinter
{
    // tr() under the context lupdate files this class's messages in.
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::ctl::PlanPrinter)

public:
    static QString text(const Plan& plan, int index, int count);
};

} // namespace fleetdeck::ctl
