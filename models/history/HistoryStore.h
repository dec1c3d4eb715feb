#pragma once

#include "SeriesKey.h"
#include "ServerSample.h"
#include "TieredSeries.h"

#include <QList>

#include <map>
#include <memory>
#include <span>
#include <vector>

namespace fleetdeck {

/// All history Fleetdeck keeps: one TieredSeries per SeriesKey (channels and CPS per server, per
/// zone aggregate and for the fleet). A series is allocated in full on first use (~118 KB) and
/// never grows. Lives on one thread (the GUI thread, fed from poll results); not thread-safe.
class HistoryStore
{
public:
    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    /// Appends to the series for `key`, creating it on first use. See TieredSeries::append().
    bool append(const SeriesKey& key, qint64 tMs, float value);
    /// One poll round: every server's channels and CPS, plus their sums per zone and for the fleet.
    /// Aggregates add the servers whose value is known; all unknown gives a gap.
    void recordRound(qint64 tMs, std::span<const ServerSample> samples);

    /// nullptr when nothing was ever recorded for `key`.
    const TieredSeries* find(const SeriesKey& key) const;
    TieredSeries& series(const SeriesKey& key);
    bool contains(const SeriesKey& key) const { return find(key) != nullptr; }
    QList<SeriesKey> keys() const;
    int seriesCount() const { return int(m_series.size()); }

    void remove(const SeriesKey& key);
    /// Drops both metrics of a server (removed from the inventory).
    void removeServer(const QString& server);
    void clear();

    /// Bytes held by all series, their keys and the map nodes (estimated for the nodes).
    qint64 bytesUsed() const;

private:
    struct ZoneSum
    {
        QString zone;
        double channels = 0;
        double cps = 0;
        int channelCount = 0;
        int cpsCount = 0;
        bool seen = false; ///< has a server in the current round
    };
    static void add(ZoneSum& sum, const ServerSample& sample);
    void appendSum(SeriesKey::Scope scope, const ZoneSum& sum, qint64 tMs);

    std::map<SeriesKey, std::unique_ptr<TieredSeries>> m_series;
    std::vector<ZoneSum> m_zoneSums; // reused between rounds
};

} // namespace fleetdeck
