#pragma once

#include "fleet/ServiceNames.h"
#include "fleet/SshSettings.h"
#include "fleet/TlsSettings.h"

#include <QString>
#include <QUrl>

namespace fleetdeck {

/// One fleet server as described by the inventory (validated).
struct ServerSpec
{
    QString name;
    QString host;
    QString zone;
    SshSettings ssh;
    QUrl healthUrl;
    TlsSettings tls;
    int ramMb = 8192;
    int workerIdleMb = 260;
    int channelLimit = 1000;
    int cpsLimit = 100;
    ServiceNames service;
    /// The remote file `flock`ed while a change runs (empty: the SSH layer's default,
    /// /run/lock/fleetdeck.lock). Set when several "hosts" share one machine, as in the lab.
    QString lockFile;

    /// Share of the RAM kept free for calls, in percent (Settings › Thresholds › Memory
    /// headroom, 50 by default: "16 workers on 8 GB"); idle workers may use the rest.
    int memoryHeadroomPercent = 50;

    /// The budget for idle workers: the RAM less the headroom.
    int memoryBudgetPercent() const { return 100 - memoryHeadroomPercent; }
    int memoryBudgetMb() const { return static_cast<int>(qint64(ramMb) * memoryBudgetPercent() / 100); }
    /// The largest worker count that fits the budget. The seed's "~260 MB" per
    /// worker is an estimate and its own rule is "16 workers on 8 GB" (16 × 260 =
    /// 4,160 MB against 4,096), so a count within half a worker of the budget is
    /// accepted: the budget divided by the idle size, rounded to the nearest worker.
    int safeWorkerCount() const
    {
        return workerIdleMb > 0
                   ? static_cast<int>((2LL * memoryBudgetMb() + workerIdleMb) / (2LL * workerIdleMb))
                   : 0;
    }
    bool fitsMemoryBudget(int workers) const { return workers <= safeWorkerCount(); }
};

} // namespace fleetdeck
