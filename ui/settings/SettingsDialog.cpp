#include "settings/SettingsDialog.h"

#include "settings/Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fleetdeck::ui {

SettingsDialog::SettingsDialog(Settings* settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Fleetdeck settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_interval = spinBox(QStringLiteral("pollIntervalSpinBox"), 200, 60000, tr(" ms"));
    m_interval->setSingleStep(100);
    m_warning = spinBox(QStringLiteral("utilizationWarningSpinBox"), 5, 100, tr(" %"));
    m_critical = spinBox(QStringLiteral("utilizationCriticalSpinBox"), 5, 100, tr(" %"));
    m_stale = spinBox(QStringLiteral("staleAfterSpinBox"), 1, 1000, tr(" polls"));
    m_unreachable = spinBox(QStringLiteral("unreachableAfterSpinBox"), 1, 10000, tr(" polls"));
    form->addRow(tr("Poll every"), m_interval);
    form->addRow(tr("Utilization warning at"), m_warning);
    form->addRow(tr("Utilization critical at"), m_critical);
    form->addRow(tr("Stale after"), m_stale);
    form->addRow(tr("Unreachable after"), m_unreachable);
    layout->addLayout(form);
    auto* note =
        new QLabel(tr("The carrier guide's policy is to run servers at 50 % of capacity at most."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    // Critical never below warning, unreachable never before stale.
    connect(m_warning, &QSpinBox::valueChanged, m_critical, [this](int v) { m_critical->setMinimum(v); });
    connect(m_stale, &QSpinBox::valueChanged, m_unreachable, [this](int v) { m_unreachable->setMinimum(v); });
    load();
}

QSpinBox* SettingsDialog::spinBox(const QString& objectName, int min, int max, const QString& suffix)
{
    auto* box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

void SettingsDialog::load()
{
    const FleetThresholds t = m_settings->thresholds();
    m_interval->setValue(m_settings->pollIntervalMs());
    m_warning->setValue(qRound(t.utilizationWarning * 100));
    m_critical->setValue(qRound(t.utilizationCritical * 100));
    m_stale->setValue(t.staleAfterIntervals);
    m_unreachable->setValue(t.unreachableAfterIntervals);
}

void SettingsDialog::restoreDefaults()
{
    m_interval->setValue(SettingKeys::pollIntervalMs.defaultValue);
    m_warning->setValue(qRound(SettingKeys::utilizationWarning.defaultValue * 100));
    m_critical->setValue(qRound(SettingKeys::utilizationCritical.defaultValue * 100));
    m_stale->setValue(SettingKeys::staleAfterIntervals.defaultValue);
    m_unreachable->setValue(SettingKeys::unreachableAfterIntervals.defaultValue);
}

void SettingsDialog::save()
{
    m_settings->set(SettingKeys::pollIntervalMs, m_interval->value());
    FleetThresholds t;
    t.utilizationWarning = m_warning->value() / 100.0;
    t.utilizationCritical = std::max(m_critical->value(), m_warning->value()) / 100.0;
    t.staleAfterIntervals = m_stale->value();
    t.unreachableAfterIntervals = std::max(m_unreachable->value(), m_stale->value());
    m_settings->setThresholds(t);
    m_settings->sync();
}

} // namespace fleetdeck::ui
