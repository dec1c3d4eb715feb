#pragma once

#include "config/ConfigResult.h"
#include "config/NginxUpstream.h"

#include <QByteArray>
#include <QList>

namespace fleetdeck {

/// Edits of a parsed upstream. Each returns the whole new file text, identical to
/// the input outside the lines it adds, removes or changes (line endings and
/// indentation copied from the existing server lines), or a ConfigError.
class NginxUpstreamEditor
{
public:
    /// Adds servers for workers first..last (inclusive) after the last server line,
    /// each a clone of that line with the number substituted (its `down` flag and
    /// trailing comment are not cloned). Refuses if any of them is already listed.
    static ConfigResult<QByteArray> addWorkers(const NginxUpstream& upstream, int first, int last);

    /// Removes every server line of the given workers. Refuses unknown workers and
    /// removing the last server (nginx rejects an upstream without servers).
    static ConfigResult<QByteArray> removeWorkers(const NginxUpstream& upstream, const QList<int>& workers);

    /// Grows (adds max+1..count) or shrinks (removes workers above count) the upstream.
    static ConfigResult<QByteArray> setWorkerCount(const NginxUpstream& upstream, int count);

    /// Adds or removes the `down` parameter (before the `;`, other parameters kept).
    static ConfigResult<QByteArray> setDown(const NginxUpstream& upstream, int worker, bool down);

private:
    static QByteArray cloneLine(const NginxUpstream& upstream, const NginxServerEntry& model, int worker);
};

} // namespace fleetdeck
