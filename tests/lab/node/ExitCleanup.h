#pragma once

#include <QString>

namespace fleetdeck::lab {

/// SIGTERM/SIGINT for the worker: unlink the socket and pid files (paths kept in
/// static buffers) and _exit(0) at once. Open connections die with the process,
/// without a WebSocket close frame, as a restarted real worker drops its call.
class ExitCleanup
{
public:
    static void install(const QString& socketPath, const QString& pidFile);
    /// Same clean-up for a normal exit path.
    static void removeFiles();
};

} // namespace fleetdeck::lab
