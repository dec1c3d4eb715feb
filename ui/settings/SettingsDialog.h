#pragma once

#include <QDialog>

class QSpinBox;

namespace fleetdeck {
class Settings;
}

namespace fleetdeck::ui {

/// Poll interval and alert thresholds (objectName settingsDialog). Reads the values from
/// Settings when shown; writes them back on OK. Restore Defaults fills in the table's defaults.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings* settings, QWidget* parent = nullptr);

    /// Writes the fields to Settings (what OK does before closing).
    void save();

private:
    void load();
    void restoreDefaults();
    QSpinBox* spinBox(const QString& objectName, int min, int max, const QString& suffix);

    Settings* m_settings;
    QSpinBox* m_interval;
    QSpinBox* m_warning;
    QSpinBox* m_critical;
    QSpinBox* m_stale;
    QSpinBox* m_unreachable;
};

} // namespace fleetdeck::ui
