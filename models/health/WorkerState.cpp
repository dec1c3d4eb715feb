#include "health/WorkerState.h"

namespace fleetdeck {

bool workerStateFromString(const QString& text, WorkerState& out)
{
    static const struct {
        const char* name;
        WorkerState state;
    } table[] = {{"idle", WorkerState::Idle},
                 {"busy", WorkerState::Busy},
                 {"starting", WorkerState::Starting},
                 {"draining", WorkerState::Draining},
                 {"down", WorkerState::Down}};
    for (const auto& row : table) {
        if (text == QLatin1String(row.name)) {
            out = row.state;
            return true;
        }
    }
    return false;
}

QString workerStateToString(WorkerState state)
{
    switch (state) {
    case WorkerState::Idle: return QStringLiteral("idle");
    case WorkerState::Busy: return QStringLiteral("busy");
    case WorkerState::Starting: return QStringLiteral("starting");
    case WorkerState::Draining: return QStringLiteral("draining");
    case WorkerState::Down: return QStringLiteral("down");
    }
    return QStringLiteral("down");
}

} // namespace fleetdeck
