#include "HistoryStore.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fleetdeck {

namespace {
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
// libstdc++ red-black tree node header (colour + 3 pointers) around key and value.
constexpr qint64 kMapNodeOverhead = 32;
} // namespace

HistoryStore::HistoryStore() = default;
HistoryStore::~HistoryStore() = default;

TieredSeries& HistoryStore::series(const SeriesKey& key)
{
    auto it = m_series.find(key);
    if (it == m_series.end())
        it = m_series.emplace(key, std::make_unique<TieredSeries>()).first;
    return *it->second;
}

const TieredSeries* HistoryStore::find(const SeriesKey& key) const
{
    const auto it = m_series.find(key);
    return it == m_series.end() ? nullptr : it->second.get();
}

bool HistoryStore::append(const SeriesKey& key, qint64 tMs, float value)
{
    return series(key).append(tMs, value);
}

void HistoryStore::add(ZoneSum& sum, const ServerSample& sample)
{
    if (!std::isnan(sample.channels)) {
        sum.channels += sample.channels;
        ++sum.channelCount;
    }
    if (!std::isnan(sample.cps)) {
        sum.cps += sample.cps;
        ++sum.cpsCount;
    }
}

void HistoryStore::appendSum(SeriesKey::Scope scope, const ZoneSum& sum, qint64 tMs)
{
    using Metric = SeriesKey::Metric;
    append({scope, sum.zone, Metric::Channels}, tMs, sum.channelCount ? float(sum.channels) : kNaN);
    append({scope, sum.zone, Metric::Cps}, tMs, sum.cpsCount ? float(sum.cps) : kNaN);
}

void HistoryStore::recordRound(qint64 tMs, std::span<const ServerSample> samples)
{
    using Metric = SeriesKey::Metric;
    for (ZoneSum& z : m_zoneSums)
        z = ZoneSum{std::move(z.zone)};
    ZoneSum fleet;
    for (const ServerSample& s : samples) {
        append(SeriesKey::server(s.server, Metric::Channels), tMs, s.channels);
        append(SeriesKey::server(s.server, Metric::Cps), tMs, s.cps);
        add(fleet, s);
        if (s.zone.isEmpty())
            continue;
        auto it = std::find_if(m_zoneSums.begin(), m_zoneSums.end(),
                               [&](const ZoneSum& z) { return z.zone == s.zone; });
        if (it == m_zoneSums.end())
            it = m_zoneSums.insert(m_zoneSums.end(), ZoneSum{s.zone});
        it->seen = true;
        add(*it, s);
    }
    for (const ZoneSum& z : m_zoneSums) {
        if (z.seen)
            appendSum(SeriesKey::Scope::Zone, z, tMs);
    }
    appendSum(SeriesKey::Scope::Fleet, fleet, tMs);
}

QList<SeriesKey> HistoryStore::keys() const
{
    QList<SeriesKey> out;
    out.reserve(qsizetype(m_series.size()));
    for (const auto& [key, series] : m_series)
        out.append(key);
    return out;
}

void HistoryStore::remove(const SeriesKey& key)
{
    m_series.erase(key);
}

void HistoryStore::removeServer(const QString& server)
{
    remove(SeriesKey::server(server, SeriesKey::Metric::Channels));
    remove(SeriesKey::server(server, SeriesKey::Metric::Cps));
}

void HistoryStore::clear()
{
    m_series.clear();
    m_zoneSums.clear();
}

qint64 HistoryStore::bytesUsed() const
{
    qint64 bytes = qint64(sizeof(*this));
    for (const auto& [key, series] : m_series) {
        bytes += kMapNodeOverhead + qint64(sizeof(key)) + qint64(sizeof(series));
        bytes += qint64(key.name.capacity()) * qint64(sizeof(QChar));
        bytes += series->bytesUsed();
    }
    bytes += qint64(m_zoneSums.capacity() * sizeof(ZoneSum));
    return bytes;
}

} // namespace fleetdeck
