#pragma once

#include <QList>
#include <QString>

namespace fleetdeck {

/// The steps of adding a fleet, in order (the wizard has one page per step).
enum class AddFleetStep { Host, Trust, Preflight, Deploy, Nginx, Inbound, Outbound, Verify };

namespace AddFleetSteps {
/// Every step in order.
QList<AddFleetStep> all();
/// "Host", "Trust", … (translated).
QString title(AddFleetStep step);
/// "host", "trust", … (stable, for objectNames and JSON).
QString id(AddFleetStep step);
} // namespace AddFleetSteps

} // namespace fleetdeck
