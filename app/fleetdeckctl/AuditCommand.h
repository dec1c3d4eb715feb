#pragma once

#include <QCoreApplication>
#include <QtGlobal>

namespace fleetdeck::ctl {

/// `fleetdeckctl audit [--limit N] [--json] [--show ID]`: the audit log, newest first.
class AuditCommand
{
    // tr() under the context lupdate files this class's messages in.
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::ctl::AuditCommand)

public:
    static int run(int limit, bool json, qint64 showId);
};

} // namespace fleetdeck::ctl
