#pragma once

#include "fleet/ServerStatus.h"

#include <QColor>
#include <QString>

namespace fleetdeck::ui {

/// How a status looks: colour AND glyph AND word, so colour is never the only signal.
struct StatusStyle
{
    QColor color;
    QString glyph;
    QString label;

    static StatusStyle of(ServerStatus status);
};

} // namespace fleetdeck::ui
