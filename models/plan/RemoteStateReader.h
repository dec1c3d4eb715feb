#pragma once

#include "plan/RemoteState.h"

namespace fleetdeck {

class HealthProbe;
class SshSession;
struct ServerSpec;

/// Reads what the planners need from one server: the nginx config and .env (over
/// SSH), the running units (`systemctl list-units '<service>@*' --plain
/// --no-legend`) and the health endpoint. Blocks the calling thread: call it from a
/// worker thread (never the GUI thread). Throws SshError when the files cannot be
/// read; a health endpoint that does not answer is recorded in healthError.
class RemoteStateReader
{
public:
    static RemoteState read(SshSession& session, const ServerSpec& spec, HealthProbe* health);
    /// N of every running unit matching the template in list-units output.
    static QSet<int> parseUnits(const QByteArray& listUnitsOutput, const QString& unitTemplate);
};

} // namespace fleetdeck
