#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace fleetdeck::ui {

/// Light and dark palettes on the Fusion style, and the few colours the custom widgets share.
namespace Theme {

/// Sets Fusion and the light or dark palette on the application.
void apply(bool dark);
bool isDark(const QPalette& palette);
QPalette darkPalette();
QPalette lightPalette();

/// The 50 % target marker, visible on both palettes.
QColor targetColor(const QPalette& palette);
/// Background of a bar (utilization, memory) against the window colour.
QColor trackColor(const QPalette& palette);
/// A status colour made readable as text on the palette's base colour.
QColor readable(const QColor& color, const QPalette& palette);

} // namespace Theme
} // namespace fleetdeck::ui
