#pragma once

#include "fleet/Inventory.h"
#include "fleet/InventoryError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fleetdeck {

struct InventoryParseResult
{
    std::optional<Inventory> inventory;  ///< set only when errors is empty
    InventoryErrors errors;

    bool ok() const { return inventory.has_value(); }
    /// All errors, one per line.
    QString errorText() const;
};

/// Reads and strictly validates an inventory (docs/inventory.md). All or
/// nothing: any error and no inventory is returned.
class InventoryParser
{
public:
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    static InventoryParseResult parse(const QByteArray& json, const QString& sourcePath = {});
    static InventoryParseResult load(const QString& path);

    /// $FLEETDECK_INVENTORY, else ~/.config/fleetdeck/inventory.json.
    static QString defaultPath();
    /// "~/x" → "$HOME/x".
    static QString expandHome(const QString& path);
};

} // namespace fleetdeck
