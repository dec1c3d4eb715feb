#pragma once

#include <QMetaType>
#include <QString>

namespace fleetdeck {

/// How applying a plan (or several) ended.
struct PlanRunResult
{
    enum class Outcome {
        Done,               ///< every step succeeded
        Failed,             ///< a step failed; completed steps were undone (or nothing was touched)
        RollbackIncomplete, ///< a step failed and some undo failed too: see message/output
        Stale,              ///< a file changed since the plan was made; nothing touched
        Refused,            ///< unknown or changed host key; nothing touched
        Cancelled,          ///< cancelled; completed steps were undone
    };

    Outcome outcome = Outcome::Done;
    QString server;
    QString message; ///< what happened, one paragraph
    QString output;  ///< every command with its output (for the audit log)
    int callsDropped = 0;
    int failedStep = -1; ///< 0-based index of the step that failed, -1 when none

    /// DESIGN §3.3: 0 done, 1 failed (rolled back), 3 refused, 4 stale.
    int exitCode() const;
    /// For the audit log: done, rolled-back, failed, stale-plan, refused, cancelled.
    QString resultName() const;
};

} // namespace fleetdeck

Q_DECLARE_METATYPE(fleetdeck::PlanRunResult)
