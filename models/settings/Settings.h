#pragma once

#include "fleet/FleetThresholds.h"
#include "settings/SettingKey.h"

#include <QSettings>
#include <QVariant>

#include <memory>

namespace fleetdeck {

class Inventory;

/// Typed access to Fleetdeck's settings (keys and defaults: SettingKeys). A stored value that
/// does not convert to the key's type reads as the default. Lives on the GUI thread.
class Settings
{
public:
    /// The operator's settings, shared by both executables: the console's QSettings
    /// (~/.config/fleetdeck/fleetdeck.conf), also when fleetdeckctl reads them.
    Settings();
    /// An INI file at `path` (tests, portable installs).
    explicit Settings(const QString& iniPath);
    ~Settings();

    template <typename T> T get(const SettingKey<T>& key) const
    {
        const QVariant v = m_settings->value(QLatin1String(key.name));
        if (!v.isValid())
            return key.defaultValue;
        QVariant converted = v;
        if (!converted.convert(QMetaType::fromType<T>()))
            return key.defaultValue;
        return converted.value<T>();
    }

    template <typename T> void set(const SettingKey<T>& key, const T& value)
    {
        m_settings->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }

    template <typename T> void reset(const SettingKey<T>& key)
    {
        m_settings->remove(QLatin1String(key.name));
    }

    template <typename T> bool isSet(const SettingKey<T>& key) const
    {
        return m_settings->contains(QLatin1String(key.name));
    }

    /// The alert thresholds, each clamped to a sane range.
    FleetThresholds thresholds() const;
    void setThresholds(const FleetThresholds& thresholds);
    /// Memory headroom clamped to 10 … 90 % of the RAM.
    int memoryHeadroomPercent() const;
    /// What the settings say about servers the inventory leaves open, applied the same way by
    /// both executables: the known_hosts file for servers and ingresses that name none, and the
    /// memory headroom of every server.
    void applyTo(Inventory& inventory) const;
    /// Poll interval clamped to 200 ms … 60 s.
    int pollIntervalMs() const;
    /// "system", "light" or "dark": the theme key when stored, else the older darkTheme flag.
    QString theme() const;
    /// "system", "en" or "de" (anything else reads as "system").
    QString language() const;
    /// "drain" or "immediate" (anything else reads as "drain").
    QString restartMode() const;
    /// Pause between workers of a restart, 0 … 3600 s.
    int restartPauseSeconds() const;

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace fleetdeck
