#include "actions/RestartTracker.h"

#include <QRegularExpression>

namespace fleetdeck::ui {

QList<int> RestartTracker::workerPerStep(const Plan& plan)
{
    QList<int> out(plan.steps.size(), 0);
    if (plan.action != QLatin1String("restart"))
        return out;
    static const QRegularExpression unitNumber(QStringLiteral("@(\\d+)(\\.service)?$"));
    int begin = 0;
    auto close = [&](int end) { // [begin, end)
        int worker = 0;
        for (int i = begin; i < end && worker == 0; ++i) {
            const PlanStep& s = plan.steps.at(i);
            if (s.kind == PlanStep::Kind::Command && s.argv.size() >= 3 &&
                s.argv.at(1) == QLatin1String("restart")) {
                const auto m = unitNumber.match(s.argv.at(2));
                if (m.hasMatch())
                    worker = m.captured(1).toInt();
            }
        }
        for (int i = begin; i < end; ++i)
            out[i] = worker;
    };
    for (int i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps.at(i).kind == PlanStep::Kind::Pause) {
            close(i);
            begin = i + 1;
        }
    }
    close(int(plan.steps.size()));
    // The Read steps at the start belong to no worker.
    for (int i = 0; i < plan.steps.size() && plan.steps.at(i).kind == PlanStep::Kind::Read; ++i)
        out[i] = 0;
    return out;
}

} // namespace fleetdeck::ui
