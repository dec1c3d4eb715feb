#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace fleetdeck {
class Settings;
}

namespace fleetdeck::ui {

/// Fleetdeck's settings (objectName settingsDialog): poll interval and alert thresholds; the
/// default restart mode and pause; SSH known_hosts file and keychain use; theme and language.
/// Reads the values from Settings when built; writes them back on OK. Restore Defaults fills in
/// the table's defaults. The theme applies at once, the language at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings* settings, QWidget* parent = nullptr);

    /// Writes the fields to Settings (what OK does before closing) and applies the theme.
    void save();

    /// Whether `theme` ("system", "light", "dark") means the dark palette. "system" follows
    /// the platform palette recorded at start (application property fleetdeckSystemDark).
    static bool isDarkTheme(const QString& theme);

private:
    QWidget* monitoringPage();
    QWidget* changesPage();
    QWidget* appearancePage();
    void load();
    void restoreDefaults();
    void browseKnownHosts();
    QSpinBox* spinBox(const QString& objectName, int min, int max, const QString& suffix);
    QComboBox* comboBox(const QString& objectName, const QList<QPair<QString, QString>>& items);

    Settings* m_settings;
    QSpinBox* m_interval;
    QSpinBox* m_warning;
    QSpinBox* m_critical;
    QSpinBox* m_stale;
    QSpinBox* m_unreachable;
    QSpinBox* m_headroom;
    QComboBox* m_restartMode;
    QSpinBox* m_restartPause;
    QLineEdit* m_knownHosts;
    QCheckBox* m_keychain;
    QComboBox* m_theme;
    QComboBox* m_language;
};

} // namespace fleetdeck::ui
