#pragma once

#include <QByteArray>
#include <QString>

namespace fleetdeck::lab {

/// Small helpers shared by the subcommands.
struct NodeUtil
{
    /// UTC now as 2026-11-21T10:02:11Z
    static QString isoNowUtc();
    /// Writes a temporary file beside path and renames it over path.
    static bool writeAtomically(const QString& path, const QByteArray& data, QString* error = nullptr);
    /// Mode for a Unix socket file (0666: nginx workers run as nobody).
    static bool makeWorldAccessible(const QString& path);
    static void ignoreSigpipe();
    /// Raises RLIMIT_NOFILE's soft limit to the hard limit; returns the new soft limit.
    static long raiseFileLimit();
    /// Compares without an early exit on the first differing byte.
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
};

} // namespace fleetdeck::lab
