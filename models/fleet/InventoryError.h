#pragma once

#include <QList>
#include <QString>

namespace fleetdeck {

/// One problem in an inventory file: the JSON path of the bad field and why.
struct InventoryError
{
    QString path;     ///< e.g. "servers[2].host"
    QString message;  ///< e.g. "not a hostname or IP address"

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

using InventoryErrors = QList<InventoryError>;

} // namespace fleetdeck
