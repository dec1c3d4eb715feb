#pragma once

#include "SshSessionFactory.h"
#include "fleet/Inventory.h"

#include <QCoreApplication>
#include <QStringList>

namespace fleetdeck::ctl {

/// `fleetdeckctl drift [SERVER…] [--json]`: the console's Check drift from a terminal. Reads
/// each server (every server of the inventory when none is named) over SSH — running units, the
/// nginx upstream's sockets, .env and health — and prints what disagrees, with a suggested fix.
/// Changes nothing. Exit 0 every server consistent, 1 drift found or a server not read (named
/// on stderr), 2 unknown server, 3 unknown or changed host key.
class DriftCommand
{
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::ctl::DriftCommand)

public:
    static int run(const Inventory& inventory, const QStringList& servers, bool json,
                   const SshSessionFactory& sessions);
};

} // namespace fleetdeck::ctl
