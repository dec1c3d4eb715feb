#include "health/HealthSnapshot.h"

namespace fleetdeck {

int HealthSnapshot::count(WorkerState state) const
{
    int n = 0;
    for (const auto& w : workers) {
        if (w.state == state)
            ++n;
    }
    return n;
}

} // namespace fleetdeck
