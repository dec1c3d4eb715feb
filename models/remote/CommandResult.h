#pragma once

#include <QByteArray>
#include <QString>

namespace fleetdeck {

/// Outcome of a remote command. A non-zero exit status is a normal result (the
/// caller decides); transport failures, cancellation and sudo refusals fail the
/// future with SshError instead.
struct CommandResult
{
    int exitStatus = -1;
    QString exitSignal; ///< e.g. "TERM" when the command was killed by a signal
    QByteArray stdOut;
    QByteArray stdErr;
    qint64 elapsedMs = 0;

    bool ok() const { return exitStatus == 0; }
};

enum class OutputStream { StdOut, StdErr };

} // namespace fleetdeck
