#pragma once

#include "health/WorkerState.h"

#include <QColor>
#include <QString>

class QPainter;
class QRectF;

namespace fleetdeck::ui {

/// How a worker state looks in the occupancy grid: colour AND shape AND word, so neither colour
/// nor shape alone carries the meaning (Okabe–Ito colours). Shapes are painted, not font glyphs,
/// so they are crisp at any device pixel ratio and need no particular font.
///   idle ○ hollow circle · busy ● filled · starting ◔ quarter · draining ◑ half · down ✕ cross
struct WorkerStyle
{
    QColor color;
    QString glyph; ///< the Unicode equivalent of the shape (tooltips, accessible text, legend)
    QString label;

    static WorkerStyle of(WorkerState state);
    /// Paints the state's shape centred in `box` (a square), in `color`.
    static void paintShape(QPainter* painter, const QRectF& box, WorkerState state, const QColor& color);
};

} // namespace fleetdeck::ui
