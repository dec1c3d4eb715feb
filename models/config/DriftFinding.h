#pragma once

#include <QString>

namespace fleetdeck {

/// One disagreement between the sources of truth of a fleet server.
struct DriftFinding
{
    QString code;       ///< stable: socket-without-unit, unit-without-socket, env-vs-units, …
    QString message;    ///< "upstream lists voxcore_17.sock but voxcore@17 is not running"
    QString suggestion; ///< a short suggested fix
    int worker = 0;     ///< the worker concerned, 0 when about counts

    bool operator==(const DriftFinding&) const = default;
};

} // namespace fleetdeck
