#pragma once

#include <QString>

namespace fleetdeck {

/// A worker's state as the health endpoint reports it (DESIGN §3.2).
enum class WorkerState { Idle, Busy, Starting, Draining, Down };

/// "idle" → Idle …; returns false for anything else.
bool workerStateFromString(const QString& text, WorkerState& out);
QString workerStateToString(WorkerState state);

} // namespace fleetdeck
