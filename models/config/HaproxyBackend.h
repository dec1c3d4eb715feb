#pragma once

#include "config/ConfigResult.h"
#include "config/HaproxyServerEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace fleetdeck {

/// A `backend NAME` section read from the text of a haproxy.cfg. Fleetdeck only
/// reads it (to count the fleets behind one ingress and to preview add-fleet.sh);
/// the script on the ingress is the only thing that edits it.
class HaproxyBackend
{
public:
    /// Refuses a missing or duplicated backend and server lines without an address.
    static ConfigResult<HaproxyBackend> parse(const QByteArray& text, const QString& backendName,
                                              const QString& sourcePath = {});

    const QByteArray& text() const { return m_text; }
    QString name() const { return m_name; }
    int line() const { return m_line; }
    const QList<HaproxyServerEntry>& servers() const { return m_servers; }

    /// Fleets served by this ingress = server lines in the backend.
    int fleetCount() const { return int(m_servers.size()); }
    /// One ingress serving ≥ 3 fleets is a single point of failure to plan around.
    static bool needsSecondIngress(int fleetCount) { return fleetCount >= 3; }
    /// The advisory text when needsSecondIngress(fleetCount()), else nullopt.
    std::optional<QString> singlePointOfFailureAdvisory() const;

    /// Words of a config line (quotes and `#` comments honoured), for tests and tools.
    static QList<QByteArray> words(const QByteArray& line);
    /// True for keywords that start a section (global, defaults, frontend, backend, listen, …).
    static bool isSectionKeyword(const QByteArray& word);

private:
    QByteArray m_text;
    QString m_name;
    int m_line = 0;
    QList<HaproxyServerEntry> m_servers;
};

} // namespace fleetdeck
