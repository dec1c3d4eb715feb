#pragma once

#include "config/ConfigResult.h"
#include "config/NginxUpstream.h"
#include "plan/Plan.h"
#include "plan/RemoteState.h"

#include <QStringList>

namespace fleetdeck {

struct ServerSpec;

/// What every planner does first: parse the upstream and the .env count, collect
/// the warnings (lint, drift) and start a Plan with the Read steps.
class PlannerCommon
{
public:
    static ConfigResult<NginxUpstream> upstream(const ServerSpec& spec, const RemoteState& state);
    static ConfigResult<int> envCount(const ServerSpec& spec, const RemoteState& state);
    /// Lint of the upstream and drift between units, upstream, .env and health.
    static QStringList warnings(const ServerSpec& spec, const RemoteState& state,
                                const NginxUpstream& upstream);
    /// action/server/host/createdAt, the two files read and their Read steps.
    static Plan start(const QString& action, const ServerSpec& spec, const RemoteState& state);
    /// Sorted, duplicates removed.
    static QList<int> sortedWorkers(const NginxUpstream& upstream);
    /// Calls running on these workers now (health), 0 when unknown.
    static int busyAmong(const RemoteState& state, const QList<int>& workers);
    /// "1,234" whatever the locale (the numbers operators compare with the seed).
    static QString number(qint64 value);
};

} // namespace fleetdeck
