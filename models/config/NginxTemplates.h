#pragma once

#include "config/ConfigResult.h"
#include "config/SocketTemplate.h"

#include <QByteArray>
#include <QString>

namespace fleetdeck {

/// Text written when onboarding a fleet server: the upstream block and the
/// 429-retry routes (a busy worker answers 429 and nginx retries the next socket).
class NginxTemplates
{
public:
    /// `upstream NAME {` zone, least_conn, one `server … max_conns=1 fail_timeout=10;` per
    /// worker 1..count `}` followed by a newline. Refuses a bad name or count.
    static ConfigResult<QByteArray> upstreamBlock(const QString& upstreamName, const SocketTemplate& sockets,
                                                  int count);

    /// The routes file (included in the TLS server block): a location for each of
    /// routePaths() proxying to the upstream with WebSocket upgrade, retry on 429
    /// and a long read timeout.
    static ConfigResult<QByteArray> routes(const QString& upstreamName);

    /// /attach, /livekit/dialout, /livekit/widget
    static QList<QByteArray> routePaths();

    /// nginx identifier rule used for upstream names: [A-Za-z0-9_-]+
    static bool isValidUpstreamName(const QString& name);
};

} // namespace fleetdeck
