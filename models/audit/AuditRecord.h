#pragma once

#include <QDateTime>
#include <QString>

namespace fleetdeck {

/// One action as recorded in the audit log: what was planned (with its diffs)
/// and, once it ended, how it ended.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime startedAt;        ///< UTC
    QString user;               ///< local user who ran it
    QString consoleHost;        ///< machine the console ran on
    QString server;             ///< target server (or ingress/bridge)
    QString action;             ///< "add-workers", "remove-workers", "restart", "add-fleet", …
    QString summary;            ///< one line: "16 → 20 workers"
    QString plan;               ///< the plan as JSON
    QString diff;               ///< unified diffs of every file
    // Outcome (empty result: never finished — the console died mid-change).
    QDateTime finishedAt;
    QString result;             ///< "done", "failed", "rolled-back", "refused", "cancelled", "stale-plan"
    QString message;
    QString output;             ///< every command with its output
    int callsDropped = 0;

    bool finished() const { return !result.isEmpty(); }
};

} // namespace fleetdeck
