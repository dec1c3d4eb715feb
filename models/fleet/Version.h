#pragma once

#include <QString>

namespace fleetdeck {

/// The version baked in at build time (CMake project version).
QString version();

} // namespace fleetdeck
