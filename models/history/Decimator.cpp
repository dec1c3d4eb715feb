#include "Decimator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fleetdeck {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Uniform access to a span of points or a ring view: index → time, low, high, mid value.
struct SpanSource
{
    std::span<const SeriesPoint> points;
    qint64 time(int i) const { return points[size_t(i)].tMs; }
    double low(int i) const { return points[size_t(i)].value; }
    double high(int i) const { return points[size_t(i)].value; }
    double mid(int i) const { return points[size_t(i)].value; }
};

struct RingSource
{
    const RingView& ring;
    qint64 time(int i) const { return ring.timeAt(i); }
    double low(int i) const { return ring.minAt(i); }
    double high(int i) const { return ring.maxAt(i); }
    double mid(int i) const { return ring.avgAt(i); }
};

struct IndexRange
{
    int first = 0;
    int last = -1; // inclusive
};

IndexRange rangeOf(std::span<const SeriesPoint> in, qint64 fromMs, qint64 toMs)
{
    const auto lo = std::lower_bound(in.begin(), in.end(), fromMs,
                                     [](const SeriesPoint& p, qint64 t) { return p.tMs < t; });
    const auto hi = std::upper_bound(in.begin(), in.end(), toMs,
                                     [](qint64 t, const SeriesPoint& p) { return t < p.tMs; });
    return {int(lo - in.begin()), int(hi - in.begin()) - 1};
}

IndexRange rangeOf(const RingView& in, qint64 fromMs, qint64 toMs)
{
    if (in.isEmpty() || toMs < fromMs || toMs < in.startMs())
        return {};
    const qint64 step = in.stepMs();
    const qint64 first = fromMs <= in.startMs() ? 0 : (fromMs - in.startMs() + step - 1) / step;
    const qint64 last = std::min<qint64>((toMs - in.startMs()) / step, in.size() - 1);
    return {int(std::min<qint64>(first, in.size())), int(last)};
}

void pushGap(std::vector<SeriesPoint>& out, qint64 t)
{
    if (out.empty() || !out.back().isGap())
        out.push_back({t, kNaN});
}

class ColumnAccumulator
{
public:
    template <class Src> void add(const Src& src, int i)
    {
        m_any = true;
        const double lo = src.low(i);
        const double hi = src.high(i);
        if (std::isnan(lo) || std::isnan(hi)) {
            if (m_gapTime < 0)
                m_gapTime = src.time(i);
            return;
        }
        if (m_minIndex < 0 || lo < m_min) {
            m_min = lo;
            m_minIndex = i;
        }
        if (m_maxIndex < 0 || hi > m_max) {
            m_max = hi;
            m_maxIndex = i;
        }
    }

    template <class Src> void flush(const Src& src, std::vector<SeriesPoint>& out)
    {
        if (m_minIndex >= 0) {
            const SeriesPoint minP{src.time(m_minIndex), m_min};
            const SeriesPoint maxP{src.time(m_maxIndex), m_max};
            if (m_minIndex == m_maxIndex && m_min == m_max) {
                out.push_back(minP);
            } else if (m_minIndex <= m_maxIndex) {
                out.push_back(minP);
                out.push_back(maxP);
            } else {
                out.push_back(maxP);
                out.push_back(minP);
            }
        } else if (m_any) {
            pushGap(out, m_gapTime);
        }
        *this = ColumnAccumulator();
    }

private:
    bool m_any = false;
    qint64 m_gapTime = -1;
    double m_min = 0;
    double m_max = 0;
    int m_minIndex = -1;
    int m_maxIndex = -1;
};

template <class Src>
void minMaxImpl(const Src& src, IndexRange r, qint64 fromMs, qint64 toMs, int columns,
                std::vector<SeriesPoint>& out)
{
    out.clear();
    if (r.last < r.first || columns <= 0)
        return;
    const qint64 span = std::max<qint64>(toMs - fromMs, 1);
    ColumnAccumulator acc;
    qint64 column = -1;
    for (int i = r.first; i <= r.last; ++i) {
        const qint64 c = std::min<qint64>((src.time(i) - fromMs) * columns / span, columns - 1);
        if (c != column) {
            acc.flush(src, out);
            column = c;
        }
        acc.add(src, i);
    }
    acc.flush(src, out);
}

double triangleArea(double ax, double ay, double bx, double by, double cx, double cy)
{
    return std::abs((ax - cx) * (by - ay) - (ax - bx) * (cy - ay));
}

/// Classic LTTB over the valid run [a, b] (inclusive, no NaN inside), `k` output points.
template <class Src>
void lttbRun(const Src& src, int a, int b, int k, qint64 t0, std::vector<SeriesPoint>& out)
{
    const int n = b - a + 1;
    if (k >= n || k < 3) {
        if (k < 3 && n > 2) {
            out.push_back({src.time(a), src.mid(a)});
            out.push_back({src.time(b), src.mid(b)});
            return;
        }
        for (int i = a; i <= b; ++i)
            out.push_back({src.time(i), src.mid(i)});
        return;
    }
    const double every = double(n - 2) / double(k - 2);
    int selected = a;
    out.push_back({src.time(a), src.mid(a)});
    for (int bucket = 0; bucket < k - 2; ++bucket) {
        const int start = a + 1 + int(std::floor(bucket * every));
        const int end = std::min(a + 1 + int(std::floor((bucket + 1) * every)), b);
        const int nextEnd = std::min(a + 1 + int(std::floor((bucket + 2) * every)), b + 1);
        double avgX = 0, avgY = 0;
        const int nextCount = std::max(nextEnd - end, 1);
        for (int j = end; j < end + nextCount && j <= b; ++j) {
            avgX += double(src.time(j) - t0);
            avgY += src.mid(j);
        }
        avgX /= nextCount;
        avgY /= nextCount;
        const double ax = double(src.time(selected) - t0), ay = src.mid(selected);
        double best = -1;
        int bestIndex = start;
        for (int j = start; j < end; ++j) {
            const double area = triangleArea(ax, ay, double(src.time(j) - t0), src.mid(j), avgX, avgY);
            if (area > best) {
                best = area;
                bestIndex = j;
            }
        }
        out.push_back({src.time(bestIndex), src.mid(bestIndex)});
        selected = bestIndex;
    }
    out.push_back({src.time(b), src.mid(b)});
}

template <class Src> void lttbImpl(const Src& src, IndexRange r, int threshold, std::vector<SeriesPoint>& out)
{
    out.clear();
    if (r.last < r.first || threshold <= 0)
        return;
    int valid = 0;
    for (int i = r.first; i <= r.last; ++i)
        valid += std::isnan(src.mid(i)) ? 0 : 1;
    if (valid == 0) {
        pushGap(out, src.time(r.first));
        return;
    }
    const qint64 t0 = src.time(r.first);
    int i = r.first;
    while (i <= r.last) {
        if (std::isnan(src.mid(i))) {
            pushGap(out, src.time(i));
            ++i;
            continue;
        }
        int end = i;
        while (end + 1 <= r.last && !std::isnan(src.mid(end + 1)))
            ++end;
        const int n = end - i + 1;
        const int k = std::max(2, int(std::llround(double(threshold) * n / valid)));
        lttbRun(src, i, end, k, t0, out);
        i = end + 1;
    }
}

} // namespace

void Decimator::minMaxPerColumn(std::span<const SeriesPoint> in, qint64 fromMs, qint64 toMs, int columns,
                                std::vector<SeriesPoint>& out)
{
    minMaxImpl(SpanSource{in}, rangeOf(in, fromMs, toMs), fromMs, toMs, columns, out);
}

void Decimator::minMaxPerColumn(const RingView& in, qint64 fromMs, qint64 toMs, int columns,
                                std::vector<SeriesPoint>& out)
{
    minMaxImpl(RingSource{in}, rangeOf(in, fromMs, toMs), fromMs, toMs, columns, out);
}

std::vector<SeriesPoint> Decimator::minMaxPerColumn(std::span<const SeriesPoint> in, qint64 fromMs,
                                                    qint64 toMs, int columns)
{
    std::vector<SeriesPoint> out;
    minMaxPerColumn(in, fromMs, toMs, columns, out);
    return out;
}

std::vector<SeriesPoint> Decimator::minMaxPerColumn(const RingView& in, qint64 fromMs, qint64 toMs,
                                                    int columns)
{
    std::vector<SeriesPoint> out;
    minMaxPerColumn(in, fromMs, toMs, columns, out);
    return out;
}

void Decimator::lttb(std::span<const SeriesPoint> in, qint64 fromMs, qint64 toMs, int threshold,
                     std::vector<SeriesPoint>& out)
{
    lttbImpl(SpanSource{in}, rangeOf(in, fromMs, toMs), threshold, out);
}

void Decimator::lttb(const RingView& in, qint64 fromMs, qint64 toMs, int threshold,
                     std::vector<SeriesPoint>& out)
{
    lttbImpl(RingSource{in}, rangeOf(in, fromMs, toMs), threshold, out);
}

} // namespace fleetdeck
