#include "PlanPrinter.h"

#include <QCoreApplication>
#include <QHash>

namespace fleetdeck::ctl {

QString PlanPrinter::text(const Plan& plan, int index, int count)
{
    QString out;
    out += tr("Plan %1 of %2: %3 on %4 (%5): %6\n")
               .arg(index + 1)
               .arg(count)
               .arg(plan.action, plan.server, plan.host, plan.summary);
    const QString budget = plan.parameters.value(QStringLiteral("budget")).toString();
    if (!budget.isEmpty())
        out += tr("Memory budget: %1\n").arg(budget);
    out += tr("\nFiles read:\n");
    for (const PlanFile& f : plan.files)
        out += QStringLiteral("  %1  sha256 %2\n").arg(f.path, QString::fromLatin1(f.sha256));

    out += QLatin1Char('\n');
    QHash<QString, int> writes;
    int hidden = 0;
    for (const PlanStep& s : plan.steps) {
        if (s.kind != PlanStep::Kind::Write)
            continue;
        if (++writes[s.path] > 2) {
            ++hidden;
            continue;
        }
        out += QString::fromUtf8(s.diff);
    }
    if (hidden > 0)
        out += tr("(%1 more writes of the same file, one worker at a time: the same change for each worker; "
                  "every one is in the saved plan)\n")
                   .arg(hidden);

    out += tr("\nCommands:\n");
    const QStringList commands = plan.commandLines();
    for (int i = 0; i < commands.size(); ++i)
        out += QStringLiteral("  %1. %2\n").arg(i + 1, 3).arg(commands.at(i));

    out += tr("\nSteps (each undone in reverse order if a later one fails):\n");
    for (int i = 0; i < plan.steps.size(); ++i)
        out += QStringLiteral("  [%1/%2] %3\n").arg(i + 1).arg(plan.steps.size()).arg(plan.steps.at(i).title);

    if (plan.callsDroppedIfForced > 0)
        out += tr("\nCalls that would be dropped if forced now: %1\n").arg(plan.callsDroppedIfForced);
    if (!plan.warnings.isEmpty()) {
        out += tr("\nWarnings:\n");
        for (const QString& w : plan.warnings)
            out += QStringLiteral("  ! %1\n").arg(w);
    }
    return out;
}

} // namespace fleetdeck::ctl
