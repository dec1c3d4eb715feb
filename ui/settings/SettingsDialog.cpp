#include "settings/SettingsDialog.h"

#include "settings/Settings.h"
#include "style/Theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fleetdeck::ui {

namespace {

QLabel* noteLabel(const QString& objectName, const QString& text, QWidget* parent)
{
    auto* note = new QLabel(text, parent);
    note->setObjectName(objectName);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

void setComboData(QComboBox* box, const QString& value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

SettingsDialog::SettingsDialog(Settings* settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Fleetdeck settings"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    tabs->addTab(monitoringPage(), tr("&Monitoring"));
    tabs->addTab(changesPage(), tr("&Changes and SSH"));
    tabs->addTab(appearancePage(), tr("&Appearance"));
    layout->addWidget(tabs);
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

QWidget* SettingsDialog::monitoringPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("monitoringPage"));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_interval = spinBox(QStringLiteral("pollIntervalSpinBox"), 200, 60000, tr(" ms"));
    m_interval->setSingleStep(100);
    m_warning = spinBox(QStringLiteral("utilizationWarningSpinBox"), 5, 100, tr(" %"));
    m_critical = spinBox(QStringLiteral("utilizationCriticalSpinBox"), 5, 100, tr(" %"));
    m_stale = spinBox(QStringLiteral("staleAfterSpinBox"), 1, 1000, tr(" polls"));
    m_unreachable = spinBox(QStringLiteral("unreachableAfterSpinBox"), 1, 10000, tr(" polls"));
    m_headroom = spinBox(QStringLiteral("memoryHeadroomSpinBox"), 10, 90, tr(" % of RAM"));
    m_headroom->setToolTip(tr("RAM kept free for calls; idle workers may use the rest. At 50 %, 16 workers "
                              "of 260 MB fit a server with 8 GB."));
    form->addRow(tr("&Poll every"), m_interval);
    form->addRow(tr("Utilization &warning at"), m_warning);
    form->addRow(tr("Utilization c&ritical at"), m_critical);
    form->addRow(tr("&Stale after"), m_stale);
    form->addRow(tr("&Unreachable after"), m_unreachable);
    form->addRow(tr("&Memory headroom for calls"), m_headroom);
    layout->addLayout(form);
    layout->addWidget(
        noteLabel(QStringLiteral("policyNoteLabel"),
                  tr("The carrier guide's policy is to run servers at 50 % of capacity at most. The memory "
                     "headroom sets each server's budget for idle workers (the memory bar, the safe count, "
                     "add-workers refusals, in the console and fleetdeckctl); it applies at the next start."),
                  page));
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::changesPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("changesPage"));
    auto* layout = new QVBoxLayout(page);
    auto* restart = new QGroupBox(tr("Rolling restart defaults"), page);
    auto* restartForm = new QFormLayout(restart);
    m_restartMode = comboBox(QStringLiteral("restartModeComboBox"),
                             {{QStringLiteral("drain"), tr("Drain (no call dropped)")},
                              {QStringLiteral("immediate"), tr("Immediate (drops calls)")}});
    m_restartPause = spinBox(QStringLiteral("restartPauseSpinBox"), 0, 3600, tr(" s"));
    restartForm->addRow(tr("Restart &mode"), m_restartMode);
    restartForm->addRow(tr("Pause &between workers"), m_restartPause);
    layout->addWidget(restart);

    auto* ssh = new QGroupBox(tr("SSH"), page);
    auto* sshForm = new QFormLayout(ssh);
    m_knownHosts = new QLineEdit(ssh);
    m_knownHosts->setObjectName(QStringLiteral("knownHostsLineEdit"));
    m_knownHosts->setPlaceholderText(tr("~/.ssh/known_hosts"));
    m_knownHosts->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("B&rowse…"), ssh);
    browse->setObjectName(QStringLiteral("knownHostsBrowseButton"));
    browse->setAccessibleName(tr("Choose the known_hosts file"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseKnownHosts);
    auto* row = new QHBoxLayout;
    row->addWidget(m_knownHosts, 1);
    row->addWidget(browse);
    sshForm->addRow(tr("&known_hosts file"), row);
    auto* knownLabel = qobject_cast<QLabel*>(sshForm->labelForField(row));
    if (knownLabel)
        knownLabel->setBuddy(m_knownHosts);
    m_keychain = new QCheckBox(tr("Remember SSH key &passphrases in the desktop keychain"), ssh);
    m_keychain->setObjectName(QStringLiteral("keychainCheckBox"));
    sshForm->addRow(m_keychain);
    sshForm->addRow(noteLabel(QStringLiteral("sshNoteLabel"),
                              tr("A server's own known_hosts entry in the inventory wins. Passphrases are "
                                 "never written to a file: without the keychain, a passphrase you type is "
                                 "kept in memory until Fleetdeck quits. Applies to the next connection."),
                              ssh));
    layout->addWidget(ssh);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::appearancePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("appearancePage"));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_theme = comboBox(QStringLiteral("themeComboBox"), {{QStringLiteral("system"), tr("System")},
                                                         {QStringLiteral("light"), tr("Light")},
                                                         {QStringLiteral("dark"), tr("Dark")}});
    // Language names in their own language, as language choosers show them.
    m_language =
        comboBox(QStringLiteral("languageComboBox"), {{QStringLiteral("system"), tr("System")},
                                                      {QStringLiteral("en"), QStringLiteral("English")},
                                                      {QStringLiteral("de"), QStringLiteral("Deutsch")}});
    form->addRow(tr("&Theme"), m_theme);
    form->addRow(tr("&Language"), m_language);
    layout->addLayout(form);
    layout->addWidget(
        noteLabel(QStringLiteral("languageNoteLabel"),
                  tr("A new language applies the next time Fleetdeck starts. System follows the "
                     "desktop's language (LANG)."),
                  page));
    layout->addStretch(1);
    return page;
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

QComboBox* SettingsDialog::comboBox(const QString& objectName, const QList<QPair<QString, QString>>& items)
{
    auto* box = new QComboBox(this);
    box->setObjectName(objectName);
    for (const auto& [value, text] : items)
        box->addItem(text, value);
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
    m_headroom->setValue(m_settings->memoryHeadroomPercent());
    setComboData(m_restartMode, m_settings->restartMode());
    m_restartPause->setValue(m_settings->restartPauseSeconds());
    m_knownHosts->setText(m_settings->get(SettingKeys::knownHostsFile));
    m_keychain->setChecked(m_settings->get(SettingKeys::useKeychain));
    setComboData(m_theme, m_settings->theme());
    setComboData(m_language, m_settings->language());
}

void SettingsDialog::restoreDefaults()
{
    m_interval->setValue(SettingKeys::pollIntervalMs.defaultValue);
    m_warning->setValue(qRound(SettingKeys::utilizationWarning.defaultValue * 100));
    m_critical->setValue(qRound(SettingKeys::utilizationCritical.defaultValue * 100));
    m_stale->setValue(SettingKeys::staleAfterIntervals.defaultValue);
    m_unreachable->setValue(SettingKeys::unreachableAfterIntervals.defaultValue);
    m_headroom->setValue(SettingKeys::memoryHeadroomPercent.defaultValue);
    setComboData(m_restartMode, SettingKeys::restartMode.defaultValue);
    m_restartPause->setValue(SettingKeys::restartPauseSeconds.defaultValue);
    m_knownHosts->setText(SettingKeys::knownHostsFile.defaultValue);
    m_keychain->setChecked(SettingKeys::useKeychain.defaultValue);
    setComboData(m_theme, SettingKeys::theme.defaultValue);
    setComboData(m_language, SettingKeys::language.defaultValue);
}

void SettingsDialog::browseKnownHosts()
{
    const QString start =
        m_knownHosts->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_knownHosts->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("known_hosts file"), start);
    if (!file.isEmpty())
        m_knownHosts->setText(file);
}

bool SettingsDialog::isDarkTheme(const QString& theme)
{
    if (theme == QLatin1String("dark"))
        return true;
    if (theme == QLatin1String("light"))
        return false;
    return qApp && qApp->property("fleetdeckSystemDark").toBool();
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
    m_settings->set(SettingKeys::memoryHeadroomPercent, m_headroom->value());
    m_settings->set(SettingKeys::restartMode, m_restartMode->currentData().toString());
    m_settings->set(SettingKeys::restartPauseSeconds, m_restartPause->value());
    m_settings->set(SettingKeys::knownHostsFile, m_knownHosts->text().trimmed());
    m_settings->set(SettingKeys::useKeychain, m_keychain->isChecked());
    const QString theme = m_theme->currentData().toString();
    const bool dark = isDarkTheme(theme);
    m_settings->set(SettingKeys::theme, theme);
    m_settings->set(SettingKeys::darkTheme, dark);
    m_settings->set(SettingKeys::language, m_language->currentData().toString());
    m_settings->sync();
    if (dark != Theme::isDark(QApplication::palette())) {
        Theme::apply(dark);
        // Keep View › Dark theme in step without it writing "light"/"dark" over "system".
        if (auto* action = parentWidget()
                               ? parentWidget()->findChild<QAction*>(QStringLiteral("darkThemeAction"))
                               : nullptr) {
            const QSignalBlocker block(action);
            action->setChecked(dark);
        }
    }
}

} // namespace fleetdeck::ui
