#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdeck {

/// One step of a Plan. What a step does and how it is undone is data, so a saved
/// plan applies exactly as it was reviewed:
///   Read       re-read `path`, refuse (stale plan) unless its sha256 is `sha256`
///   Write      atomically replace `path` with `content` (expects `beforeSha256`);
///              undo: restore what was there before the step
///   Command    run `argv`; undo: run `undoArgv` (if any). `dropWorker` > 0: read the
///              health endpoint first and count a dropped call if that worker is busy
///   Validate   run `argv` (`nginx -t`); no undo
///   Reload     `systemctl reload nginx` and check that nginx really started new
///              worker processes; undo: reload again once the files are restored
///   WaitSockets wait until every path in `paths` is a socket (`test -S`)
///   WaitHealth wait until the health endpoint reports `count` configured workers
///              and every worker in `workers` running (not down, not starting)
///   WaitIdle   wait until no worker in `workers` has a call; with `force` go on
///              after the timeout (the calls are counted as dropped)
///   Pause      sleep `timeoutMs`
struct PlanStep
{
    enum class Kind { Read, Write, Command, Validate, Reload, WaitSockets, WaitHealth, WaitIdle, Pause };

    Kind kind = Kind::Command;
    QString title;           ///< one line, shown as "[3/9] title … ok"
    QString path;            ///< Read, Write
    QByteArray sha256;       ///< Read: hash the plan was made from
    QByteArray beforeSha256; ///< Write: hash expected before writing
    QByteArray content;      ///< Write: the exact new content
    QByteArray diff;         ///< Write: unified diff against the content before
    bool backup = false;     ///< Write: keep a copy (`path.fleetdeck-bak-<time>`) first
    QStringList argv;        ///< Command, Validate
    QStringList undoArgv;    ///< Command
    QStringList paths;       ///< WaitSockets
    QList<int> workers;      ///< WaitHealth, WaitIdle
    int count = -1;          ///< WaitHealth: workers_configured expected (-1: any)
    int timeoutMs = 0;       ///< waits and Pause
    bool force = false;      ///< WaitIdle
    int dropWorker = 0;      ///< Command: count a dropped call if this worker is busy

    bool hasUndo() const;
    /// The remote command as it would be typed (quoted), for Command/Validate.
    QString commandLine() const;

    QJsonObject toJson() const;
    /// Empty error string when the object is a valid step.
    static PlanStep fromJson(const QJsonObject& object, QString* error);

    static QString kindName(Kind kind);
    static bool kindFromName(const QString& name, Kind& out);
};

} // namespace fleetdeck
