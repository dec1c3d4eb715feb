#include "style/StatusStyle.h"

#include <QCoreApplication>

namespace fleetdeck::ui {

StatusStyle StatusStyle::of(ServerStatus status)
{
    auto tr = [](const char* s) {
        return QCoreApplication::translate("fleetdeck::ui::StatusStyle", s);
    };
    // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
    switch (status) {
    case ServerStatus::Ok:
        return {QColor(0x00, 0x9E, 0x73), QStringLiteral("✓"), tr("OK")};
    case ServerStatus::Warning:
        return {QColor(0xE6, 0x9F, 0x00), QStringLiteral("▲"), tr("Warning")};
    case ServerStatus::Critical:
        return {QColor(0xD5, 0x5E, 0x00), QStringLiteral("◆"), tr("Critical")};
    case ServerStatus::Stale:
        return {QColor(0x99, 0x99, 0x99), QStringLiteral("⏸"), tr("Stale")};
    case ServerStatus::Unreachable:
        return {QColor(0xCC, 0x33, 0x33), QStringLiteral("✕"), tr("Unreachable")};
    case ServerStatus::Unknown:
        break;
    }
    return {QColor(0x88, 0x88, 0x88), QStringLiteral("?"), tr("Unknown")};
}

} // namespace fleetdeck::ui
