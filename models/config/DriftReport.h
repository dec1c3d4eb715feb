#pragma once

#include "config/DriftFinding.h"

#include <QList>
#include <QStringList>

namespace fleetdeck {

/// Result of DriftCheck: consistent when there are no findings. `unavailable`
/// names the sources that were not given ("units", "upstream", ".env", "health"),
/// whose checks were skipped.
struct DriftReport
{
    QList<DriftFinding> findings;
    QStringList unavailable;

    bool consistent() const { return findings.isEmpty(); }
};

} // namespace fleetdeck
