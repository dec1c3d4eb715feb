#pragma once

#include "config/DriftInputs.h"
#include "config/DriftReport.h"

namespace fleetdeck {

/// Compares the four sources of truth of one fleet server: running units, sockets
/// in the upstream, the .env count and the health endpoint. Pure: no I/O.
class DriftCheck
{
public:
    static DriftReport check(const DriftInputs& inputs);

private:
    static void compareUnitsAndSockets(const DriftInputs& in, QList<DriftFinding>& out);
    static void compareCounts(const DriftInputs& in, QList<DriftFinding>& out);
    static void checkWorkerStates(const DriftInputs& in, QList<DriftFinding>& out);
};

} // namespace fleetdeck
