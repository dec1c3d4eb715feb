#pragma once

#include <QString>

namespace fleetdeck {

/// A geographic zone (UK, USA East, …) as named in the inventory.
struct ZoneSpec
{
    QString id;    ///< "uk"
    QString name;  ///< "United Kingdom"
};

} // namespace fleetdeck
