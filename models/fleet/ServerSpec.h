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

    /// Half of the RAM is the budget for idle workers (the seed: 16 × 260 MB on 8 GB).
    int memoryBudgetMb() const { return ramMb / 2; }
    /// The largest worker count that fits the memory budget.
    int safeWorkerCount() const { return workerIdleMb > 0 ? memoryBudgetMb() / workerIdleMb : 0; }
};

} // namespace fleetdeck
