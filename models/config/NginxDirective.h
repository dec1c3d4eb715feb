#pragma once

#include <QByteArray>
#include <QList>

namespace fleetdeck {

/// Any other directive inside the upstream block (zone, least_conn, keepalive, …).
struct NginxDirective
{
    QByteArray name;
    QList<QByteArray> arguments;
    int line = 0;
};

} // namespace fleetdeck
