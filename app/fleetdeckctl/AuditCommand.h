#pragma once

#include <QtGlobal>

namespace fleetdeck::ctl {

/// `fleetdeckctl audit [--limit N] [--json] [--show ID]`: the audit log, newest first.
class AuditCommand
{
public:
    static int run(int limit, bool json, qint64 showId);
};

} // namespace fleetdeck::ctl
