#pragma once

#include <QString>

namespace fleetdeck {

/// Names one history series: a metric of a server, of a zone aggregate or of the whole fleet.
struct SeriesKey
{
    enum class Scope { Server, Zone, Fleet };
    enum class Metric { Channels, Cps };

    Scope scope = Scope::Fleet;
    QString name; ///< server or zone name; empty for the fleet
    Metric metric = Metric::Channels;

    static SeriesKey server(const QString& server, Metric metric) { return {Scope::Server, server, metric}; }
    static SeriesKey zone(const QString& zone, Metric metric) { return {Scope::Zone, zone, metric}; }
    static SeriesKey fleet(Metric metric) { return {Scope::Fleet, QString(), metric}; }

    /// "server/fleet-uk-1/channels", "zone/uk/cps", "fleet//channels" (logs and debugging).
    QString toString() const;

    friend bool operator==(const SeriesKey& a, const SeriesKey& b)
    {
        return a.scope == b.scope && a.metric == b.metric && a.name == b.name;
    }
    friend bool operator<(const SeriesKey& a, const SeriesKey& b)
    {
        if (a.scope != b.scope)
            return a.scope < b.scope;
        if (a.metric != b.metric)
            return a.metric < b.metric;
        return a.name < b.name;
    }
};

} // namespace fleetdeck
