#pragma once

#include "plan/PlanRequest.h"

#include <QList>
#include <QString>

namespace fleetdeck::ui {

/// One server and what the operator asked for on it (an action dialog's form).
struct ServerRequest
{
    QString server;
    PlanRequest request;
};

using ServerRequests = QList<ServerRequest>;

} // namespace fleetdeck::ui
