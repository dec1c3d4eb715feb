#pragma once

#include "RemoteCommand.h"

#include <QDateTime>
#include <QString>

namespace fleetdeck {

/// Who holds (or asked for) the per-host change lock.
struct LockRequest
{
    QString holder;   ///< "user@console-host pid 1234"; empty: built from the local user/host/pid
    int waitMs = 0;   ///< 0: one non-blocking attempt; else `flock -w` for that long
    QString lockFile; ///< absolute path overriding the default location (tests, lab)
};

struct RemoteLockInfo
{
    QString lockFile; ///< the remote file that is locked
    QString holder;   ///< the line written into it: "<holder> since <ISO time>"
};

/// The per-host change lock: `flock` on /run/lock/fleetdeck.lock (if it can be
/// opened for writing) else ${XDG_RUNTIME_DIR:-/tmp}/fleetdeck-<user>.lock, held by a
/// long-running remote shell on a dedicated channel for as long as the change runs.
/// The holder line is written into the file; a second console that fails to take
/// the lock gets SshError::LockHeld with that line. If the console dies or the
/// connection drops, sshd closes the shell's stdin, the shell exits and the lock is
/// released by the kernel. Used by SshSession::acquireLock().
class RemoteLock
{
public:
    /// The default holder: "<local user>@<local host> pid <pid>".
    static QString defaultHolder();
    /// The remote command that takes the lock, prints "LOCKED <file>" and then waits
    /// for its stdin to close; or prints "HELD <file>" + the holder line and exits 75.
    static RemoteCommand command(const LockRequest& request);
    static constexpr int kHeldExitStatus = 75;
};

} // namespace fleetdeck
