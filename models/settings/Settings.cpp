#include "settings/Settings.h"

#include "fleet/Inventory.h"

#include <algorithm>

namespace fleetdeck {

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("fleetdeck"), QStringLiteral("fleetdeck")))
{}

Settings::Settings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

FleetThresholds Settings::thresholds() const
{
    FleetThresholds t;
    t.utilizationWarning = std::clamp(get(SettingKeys::utilizationWarning), 0.05, 1.0);
    t.utilizationCritical = std::clamp(get(SettingKeys::utilizationCritical), t.utilizationWarning, 1.0);
    t.staleAfterIntervals = std::clamp(get(SettingKeys::staleAfterIntervals), 1, 1000);
    t.unreachableAfterIntervals =
        std::clamp(get(SettingKeys::unreachableAfterIntervals), t.staleAfterIntervals, 10000);
    return t;
}

int Settings::memoryHeadroomPercent() const
{
    return std::clamp(get(SettingKeys::memoryHeadroomPercent), 10, 90);
}

void Settings::applyTo(Inventory& inventory) const
{
    if (const QString knownHosts = get(SettingKeys::knownHostsFile); !knownHosts.isEmpty()) {
        for (ServerSpec& server : inventory.servers) {
            if (server.ssh.knownHostsFile.isEmpty())
                server.ssh.knownHostsFile = knownHosts;
        }
        for (IngressSpec& ingress : inventory.ingresses) {
            if (ingress.ssh.knownHostsFile.isEmpty())
                ingress.ssh.knownHostsFile = knownHosts;
        }
    }
    const int headroom = memoryHeadroomPercent();
    for (ServerSpec& server : inventory.servers)
        server.memoryHeadroomPercent = headroom;
}

void Settings::setThresholds(const FleetThresholds& t)
{
    set(SettingKeys::utilizationWarning, t.utilizationWarning);
    set(SettingKeys::utilizationCritical, t.utilizationCritical);
    set(SettingKeys::staleAfterIntervals, t.staleAfterIntervals);
    set(SettingKeys::unreachableAfterIntervals, t.unreachableAfterIntervals);
}

int Settings::pollIntervalMs() const
{
    return std::clamp(get(SettingKeys::pollIntervalMs), 200, 60000);
}

QString Settings::theme() const
{
    if (!isSet(SettingKeys::theme) && isSet(SettingKeys::darkTheme))
        return get(SettingKeys::darkTheme) ? QStringLiteral("dark") : QStringLiteral("light");
    const QString t = get(SettingKeys::theme);
    return t == QLatin1String("light") || t == QLatin1String("dark") ? t : QStringLiteral("system");
}

QString Settings::language() const
{
    const QString l = get(SettingKeys::language);
    return l == QLatin1String("en") || l == QLatin1String("de") ? l : QStringLiteral("system");
}

QString Settings::restartMode() const
{
    return get(SettingKeys::restartMode) == QLatin1String("immediate") ? QStringLiteral("immediate")
                                                                       : QStringLiteral("drain");
}

int Settings::restartPauseSeconds() const
{
    return std::clamp(get(SettingKeys::restartPauseSeconds), 0, 3600);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace fleetdeck
