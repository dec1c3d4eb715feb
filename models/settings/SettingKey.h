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
/// "5m", "1h" or "24h".
inline const SettingKey<QString> chartRange{"charts/range", QStringLiteral("1h")};
inline const SettingKey<QString> lastInventoryPath{"inventory/lastPath", QString()};
inline const SettingKey<QByteArray> windowGeometry{"window/geometry", QByteArray()};
inline const SettingKey<QByteArray> windowState{"window/state", QByteArray()};
inline const SettingKey<bool> darkTheme{"view/darkTheme", false};
inline const SettingKey<bool> alertsDockVisible{"view/alertsDockVisible", true};

/// Every key name above (tests check they are unique).
inline QStringList allNames()
{
    return {QLatin1String(pollIntervalMs.name),
            QLatin1String(utilizationWarning.name),
            QLatin1String(utilizationCritical.name),
            QLatin1String(staleAfterIntervals.name),
            QLatin1String(unreachableAfterIntervals.name),
            QLatin1String(chartRange.name),
            QLatin1String(lastInventoryPath.name),
            QLatin1String(windowGeometry.name),
            QLatin1String(windowState.name),
            QLatin1String(darkTheme.name),
            QLatin1String(alertsDockVisible.name)};
}
} // namespace SettingKeys

} // namespace fleetdeck
