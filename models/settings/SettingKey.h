#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fleetdeck {

/// A typed setting: its QSettings key and the value used when nothing is stored.
template <typename T> struct SettingKey
{
    const char* name;
    T defaultValue;
};

/// THE table of Fleetdeck's settings: every key and its default, in one place.
namespace SettingKeys {
inline const SettingKey<int> pollIntervalMs{"poll/intervalMs", 1000};
inline const SettingKey<double> utilizationWarning{"thresholds/utilizationWarning", 0.5};
inline const SettingKey<double> utilizationCritical{"thresholds/utilizationCritical", 0.8};
inline const SettingKey<int> staleAfterIntervals{"thresholds/staleAfterIntervals", 3};
inline const SettingKey<int> unreachableAfterIntervals{"thresholds/unreachableAfterIntervals", 10};
/// Percent of each server's RAM kept free for calls; idle workers' budget is the rest (10…90).
inline const SettingKey<int> memoryHeadroomPercent{"thresholds/memoryHeadroomPercent", 50};
/// "5m", "1h" or "24h".
inline const SettingKey<QString> chartRange{"charts/range", QStringLiteral("1h")};
/// Value axes scaled to the data instead of the capacity (the charts' Fit button).
inline const SettingKey<bool> chartsFitToData{"charts/fitToData", false};
inline const SettingKey<QString> lastInventoryPath{"inventory/lastPath", QString()};
inline const SettingKey<QByteArray> windowGeometry{"window/geometry", QByteArray()};
inline const SettingKey<QByteArray> windowState{"window/state", QByteArray()};
inline const SettingKey<bool> darkTheme{"view/darkTheme", false};
inline const SettingKey<bool> alertsDockVisible{"view/alertsDockVisible", true};
/// "system", "light" or "dark". When not stored, darkTheme (View › Dark theme) decides.
inline const SettingKey<QString> theme{"view/theme", QStringLiteral("system")};
/// "system" (QLocale::system()), "en" or "de". Applied at the next start.
inline const SettingKey<QString> language{"view/language", QStringLiteral("system")};
/// Default for new restart plans: "drain" or "immediate", and the pause between workers.
inline const SettingKey<QString> restartMode{"changes/restartMode", QStringLiteral("drain")};
inline const SettingKey<int> restartPauseSeconds{"changes/restartPauseSeconds", 5};
/// known_hosts file for servers whose inventory entry names none; empty = ~/.ssh/known_hosts.
inline const SettingKey<QString> knownHostsFile{"ssh/knownHostsFile", QString()};
/// Remember SSH key passphrases in the desktop keychain (opt-in).
inline const SettingKey<bool> useKeychain{"ssh/useKeychain", false};

/// Every key name above (tests check they are unique).
inline QStringList allNames()
{
    return {QLatin1String(pollIntervalMs.name),
            QLatin1String(utilizationWarning.name),
            QLatin1String(utilizationCritical.name),
            QLatin1String(staleAfterIntervals.name),
            QLatin1String(unreachableAfterIntervals.name),
            QLatin1String(memoryHeadroomPercent.name),
            QLatin1String(chartRange.name),
            QLatin1String(chartsFitToData.name),
            QLatin1String(lastInventoryPath.name),
            QLatin1String(windowGeometry.name),
            QLatin1String(windowState.name),
            QLatin1String(darkTheme.name),
            QLatin1String(alertsDockVisible.name),
            QLatin1String(theme.name),
            QLatin1String(language.name),
            QLatin1String(restartMode.name),
            QLatin1String(restartPauseSeconds.name),
            QLatin1String(knownHostsFile.name),
            QLatin1String(useKeychain.name)};
}
} // namespace SettingKeys

} // namespace fleetdeck
