#pragma once

#include "config/DriftInputs.h"
#include "config/DriftReport.h"
#include "plan/RemoteState.h"

namespace fleetdeck {

class HealthProbe;
class NginxUpstream;
class SshSession;
struct ServerSpec;

/// The drift check of one server from its live state: running units, the nginx upstream's
/// sockets, the .env count and the health endpoint (models/config/DriftCheck). A file that
/// cannot be parsed leaves its source out (DriftReport::unavailable) instead of failing.
class DriftReader
{
public:
    /// What DriftCheck compares, from a RemoteState already read (the planners use this too,
    /// passing the upstream they parsed so it is not parsed twice).
    static DriftInputs inputs(const ServerSpec& spec, const RemoteState& state,
                              const NginxUpstream* parsedUpstream = nullptr);
    /// Reads the server (RemoteStateReader) and checks it. Blocks the calling thread: run it
    /// on a worker thread. Throws SshError when the server cannot be read.
    static DriftReport read(SshSession& session, const ServerSpec& spec, HealthProbe* health);
};

} // namespace fleetdeck
