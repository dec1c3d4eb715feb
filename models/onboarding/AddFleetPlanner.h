#pragma once

#include "config/ConfigResult.h"
#include "fleet/ServerSpec.h"
#include "onboarding/PreflightCheck.h"
#include "onboarding/PreflightFacts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fleetdeck {

/// The pure parts of adding a fleet: preflight verdicts, the files written on the
/// new host, the bridge list change, URL derivation and the inventory snippet.
class AddFleetPlanner
{
    // tr() under the context lupdate files this class's messages in.
    Q_DECLARE_TR_FUNCTIONS(fleetdeck::AddFleetPlanner)

public:
    /// Free space the deploy wants under the service directory.
    static constexpr qint64 kMinFreeKb = 512 * 1024;

    static QList<PreflightCheck> preflight(const PreflightFacts& facts, const ServerSpec& spec, int workers);
    /// True when every check passed; `refused` says whether a failure is a safety refusal.
    static bool passed(const QList<PreflightCheck>& checks, bool* refused = nullptr);

    /// MemTotal of /proc/meminfo in MB, -1 when unreadable.
    static int memTotalMb(const QByteArray& meminfo);
    /// "1.22.1" from `nginx -v` output; empty when absent.
    static QString nginxVersion(const QByteArray& output);
    /// Available KB of the last line of `df -Pk`, -1 when unreadable.
    static qint64 dfAvailableKb(const QByteArray& output);
    /// The units running, from `systemctl list-units … --plain --no-legend`.
    static QStringList runningUnits(const QByteArray& output);
    /// The service's directory (where .env lives): what df checks.
    static QString serviceDir(const ServerSpec& spec);

    /// conf.d file: the upstream block (zone, least_conn, max_conns=1 fail_timeout=10).
    static ConfigResult<QByteArray> upstreamFile(const ServerSpec& spec, int workers);
    /// default.d file: the 429-retry routes.
    static ConfigResult<QByteArray> routesFile(const ServerSpec& spec);

    /// The base URL the bridge health-checks: scheme://host[:port] of the health URL.
    static QString baseUrl(const QUrl& healthUrl);
    /// The list with `url` appended (unchanged when already there, ignoring a trailing '/').
    static QStringList bridgeListAfter(const QStringList& before, const QString& url);
    /// Unified diff of the two lists, one URL a line, labelled `label`.
    static QByteArray bridgeListDiff(const QStringList& before, const QStringList& after,
                                     const QString& label);
    static bool listContains(const QStringList& list, const QString& url);

    /// The inventory `servers[]` entry for the new server (JSON, indented).
    static QByteArray inventorySnippet(const ServerSpec& spec);

    /// Parses `show servers state` (HAProxy admin socket): the srv_op_state of
    /// `server` in `backend` (2 = UP), -1 when not found.
    static int haproxyOpState(const QByteArray& output, const QString& backend, const QString& server);
};

} // namespace fleetdeck
