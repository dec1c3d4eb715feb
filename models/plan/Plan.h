#pragma once

#include "audit/AuditRecord.h"
#include "plan/PlanStep.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdeck {

/// A file the plan read, with the hash the plan was made from.
struct PlanFile
{
    QString path;
    QByteArray sha256;
};

/// A reviewed change to one server: what was read (path + sha256), the steps (each
/// with its undo), the diffs, the warnings. Saved as JSON by `fleetdeckctl plan
/// --out` and applied exactly by `fleetdeckctl apply`.
struct Plan
{
    QString action;         ///< add-workers, remove-workers, restart
    QString server;         ///< inventory name
    QString host;           ///< its address when planned (apply refuses another one)
    QString summary;        ///< "4 → 6 workers"
    QJsonObject parameters; ///< {"from": 4, "to": 6, …}
    QList<PlanFile> files;
    QList<PlanStep> steps;
    QStringList warnings;
    int callsDroppedIfForced = 0;
    QDateTime createdAt; ///< UTC

    /// Every Write step's diff, in order (a file written twice shows once per write).
    QByteArray diffs() const;
    /// Numbered commands: "1. systemctl enable voxcore@5" …
    QStringList commandLines() const;
    /// The files whose current content no longer has the hash the plan was made
    /// from (a file missing from `current` counts as changed): apply refuses, exit 4.
    QStringList changedFiles(const QHash<QString, QByteArray>& current) const;

    /// The audit log's record of applying this plan on `server` (begun, not yet finished).
    AuditRecord auditRecord(const QString& server) const;

    QJsonObject toJson() const;
    static Plan fromJson(const QJsonObject& object, QString* error);
};

} // namespace fleetdeck
