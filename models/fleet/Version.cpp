#include "fleet/Version.h"

namespace fleetdeck {

QString version()
{
    return QStringLiteral(FLEETDECK_VERSION);
}

} // namespace fleetdeck
