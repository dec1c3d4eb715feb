#pragma once

#include "CommandResult.h"
#include "RemoteCommand.h"
#include "RemoteFile.h"
#include "RemoteLock.h"
#include "SshTarget.h"

#include <QFuture>

#include <functional>

namespace fleetdeck {

/// One SSH connection to one host. Every call returns at once; the work runs on the
/// session's own thread, one request at a time, in the order submitted. Futures
/// fail with SshError (use QFuture::onFailed([](const SshError&) {...})).
/// QFuture::cancel() on a run() future stops the remote command (its whole process
/// group gets TERM and the channel is closed).
class SshSession
{
public:
    /// Called on the session thread for every chunk as it arrives (thread-safe
    /// receivers only; a QObject can forward it with QMetaObject::invokeMethod).
    using OutputCallback = std::function<void(OutputStream stream, const QByteArray& chunk)>;

    virtual ~SshSession() = default;

    virtual SshTarget target() const = 0;

    /// Connects and authenticates now (otherwise the first request does it).
    virtual QFuture<void> open() = 0;
    /// Runs a command. A non-zero exit status is a normal result.
    virtual QFuture<CommandResult> run(const RemoteCommand& command, OutputCallback onOutput = {}) = 0;
    /// Takes the per-host change lock (see RemoteLock) on a dedicated channel; fails
    /// with LockHeld (detail() = holder line) when another console holds it.
    virtual QFuture<RemoteLockInfo> acquireLock(const LockRequest& request = {}) = 0;
    /// Releases the lock taken by acquireLock() (no-op if none).
    virtual QFuture<void> releaseLock() = 0;
    /// Cancels queued work and the running command, drops the connection. The object
    /// stays usable (the next request reconnects).
    virtual void close() = 0;

    // File operations, built on run(); sudo is used when target().become == Sudo.

    /// `cat` of the file (binary-safe). Missing/unreadable → CommandFailed.
    virtual QFuture<QByteArray> readFile(const QString& path);
    /// exists, mode, owner, group, size and sha256 of a path.
    virtual QFuture<RemoteFile> stat(const QString& path);
    /// Atomic replace: temp file beside the target (`.name.fleetdeck.XXXXXX`), owner and
    /// mode copied from the old file, fsync, rename, fsync of the directory; optional
    /// backup copy (cp -p) and optional hash check (RemoteFileChanged). A symlink is
    /// followed: the file it points to is replaced and the link stays.
    virtual QFuture<void> writeFile(const QString& path, const QByteArray& data,
                                    const WriteOptions& options = {});

    /// Maps a `sudo -n` refusal in a finished command to SshError::SudoNeedsPassword.
    static void throwIfSudoRefused(const RemoteCommand& command, const CommandResult& result);

protected:
    bool useSudo(bool forced) const { return forced || target().become == SshTarget::Become::Sudo; }
};

} // namespace fleetdeck
