#pragma once

#include "health/WorkerState.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace fleetdeck {

struct WorkerStatus
{
    int id = 0;
    WorkerState state = WorkerState::Down;
    QString callId;    ///< busy/draining workers only
    QDateTime since;   ///< UTC; invalid when not reported
};

/// One parsed `/health/fleet` document.
struct HealthSnapshot
{
    QString service;
    QString host;
    QString zone;
    QString version;
    int workersConfigured = 0;
    QList<WorkerStatus> workers;
    qint64 callsStartedTotal = 0;
    int memoryTotalMb = -1;   ///< -1 when not reported
    int memoryUsedMb = -1;
    qint64 uptimeS = -1;
    qint64 receivedAtMs = 0;  ///< local monotonic-ish wall clock (ms since epoch)

    int count(WorkerState state) const;
    int busy() const { return count(WorkerState::Busy) + count(WorkerState::Draining); }
    int idle() const { return count(WorkerState::Idle); }
};

} // namespace fleetdeck
