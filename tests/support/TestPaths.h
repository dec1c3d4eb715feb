#pragma once

#include <QString>

namespace fleetdeck::test {

/// tests/data/<name>
inline QString dataPath(const QString& name)
{
    return QStringLiteral(FLEETDECK_TEST_DATA_DIR "/") + name;
}

} // namespace fleetdeck::test
