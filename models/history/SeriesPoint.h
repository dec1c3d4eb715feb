#pragma once

#include <QtGlobal>

#include <cmath>

namespace fleetdeck {

/// One (time, value) sample as handed to decimation and drawing.
/// A NaN value is a gap marker: no data there (server unreachable), draw a break.
struct SeriesPoint
{
    qint64 tMs = 0;
    double value = 0.0;

    bool isGap() const { return std::isnan(value); }
};

} // namespace fleetdeck
