#pragma once

#include <QByteArray>
#include <QString>

namespace fleetdeck {

/// Appends host-key lines to a known_hosts file. libssh's own
/// ssh_session_update_known_hosts() appends without any locking; every write here
/// is serialised by a process-wide mutex and an exclusive flock() on the file, so
/// concurrent sessions (and concurrent consoles) never interleave lines.
class KnownHostsStore
{
public:
    /// ~/.ssh/known_hosts
    static QString defaultPath();
    /// Appends `line` (one known_hosts entry, newline added if missing) unless the
    /// file already holds exactly that line; creates the
    /// file (0600) and its directory (0700) when needed. Returns false with `error`.
    static bool append(const QString& path, const QByteArray& line, QString* error = nullptr);
};

} // namespace fleetdeck
