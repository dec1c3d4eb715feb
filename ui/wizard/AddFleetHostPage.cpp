#include "wizard/AddFleetHostPage.h"

#include "wizard/AddFleetWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fleetdeck::ui {

AddFleetHostPage::AddFleetHostPage(AddFleetWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("hostWizardPage"));
    setTitle(tr("1. Host"));
    setSubTitle(tr("The new fleet server: how to reach it, where it belongs and how many workers it runs."));
    const Inventory& inv = wizard->inventory();
    const ServerSpec first = inv.servers.isEmpty() ? ServerSpec{} : inv.servers.first();

    m_name = lineEdit(QStringLiteral("nameLineEdit"), tr("fleet-uk-3"));
    m_host = lineEdit(QStringLiteral("hostLineEdit"), tr("fleet-uk-3.voice.example.net or 10.40.1.13"));
    m_sshUser = lineEdit(QStringLiteral("sshUserLineEdit"));
    m_sshUser->setText(first.ssh.user);
    m_sshPort = new QSpinBox(this);
    m_sshPort->setObjectName(QStringLiteral("sshPortSpinBox"));
    m_sshPort->setRange(1, 65535);
    m_sshPort->setValue(first.ssh.port);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("zoneComboBox"));
    for (const ZoneSpec& z : inv.zones)
        m_zone->addItem(QStringLiteral("%1 (%2)").arg(z.name, z.id), z.id);
    m_workers = new QSpinBox(this);
    m_workers->setObjectName(QStringLiteral("workersSpinBox"));
    m_workers->setRange(1, 4096);
    m_workers->setValue(16);
    m_ram = new QSpinBox(this);
    m_ram->setObjectName(QStringLiteral("ramSpinBox"));
    m_ram->setRange(256, 16 * 1024 * 1024);
    m_ram->setSingleStep(1024);
    m_ram->setSuffix(tr(" MB"));
    m_ram->setValue(8192);
    m_budget = new QLabel(this);
    m_budget->setObjectName(QStringLiteral("budgetLabel"));
    m_budget->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_host);
    form->addRow(tr("SSH &user:"), m_sshUser);
    form->addRow(tr("SSH &port:"), m_sshPort);
    form->addRow(tr("&Zone:"), m_zone);
    form->addRow(tr("&Workers:"), m_workers);
    form->addRow(tr("&RAM:"), m_ram);
    form->addRow(QString(), m_budget);

    auto* advanced = new QGroupBox(tr("Paths on the host (empty: the service's defaults)"), this);
    advanced->setObjectName(QStringLiteral("pathsGroupBox"));
    auto* adv = new QFormLayout(advanced);
    m_socketPath = lineEdit(QStringLiteral("socketPathLineEdit"), QStringLiteral("/tmp/voxcore_{n}.sock"));
    m_envFile = lineEdit(QStringLiteral("envFileLineEdit"), QStringLiteral("/opt/voxcore/.env"));
    m_nginxConfig =
        lineEdit(QStringLiteral("nginxConfigLineEdit"), QStringLiteral("/etc/nginx/conf.d/voxcore.conf"));
    m_nginxRoutes = lineEdit(QStringLiteral("nginxRoutesLineEdit"),
                             QStringLiteral("/etc/nginx/default.d/voxcore-routes.conf"));
    m_healthUrl = lineEdit(QStringLiteral("healthUrlLineEdit"), tr("https://<address>/health/fleet"));
    m_ingressAddress = lineEdit(QStringLiteral("ingressAddressLineEdit"), tr("the address above"));
    m_verifyUrl = lineEdit(QStringLiteral("verifyUrlLineEdit"), tr("https://<ingress>/attach"));
    m_lockFile = lineEdit(QStringLiteral("lockFileLineEdit"), QStringLiteral("/run/lock/fleetdeck.lock"));
    m_lockFile->setToolTip(tr("The host's change lock file (the inventory's lock_file), an absolute path; "
                              "empty: /run/lock/fleetdeck.lock"));
    adv->addRow(tr("Worker sockets:"), m_socketPath);
    adv->addRow(tr(".env file:"), m_envFile);
    adv->addRow(tr("nginx upstream file:"), m_nginxConfig);
    adv->addRow(tr("nginx routes file:"), m_nginxRoutes);
    adv->addRow(tr("Health URL:"), m_healthUrl);
    adv->addRow(tr("Address the ingress uses:"), m_ingressAddress);
    adv->addRow(tr("Ingress URL for the test call:"), m_verifyUrl);
    adv->addRow(tr("Lock file:"), m_lockFile);

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("errorsLabel"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(advanced);
    layout->addWidget(m_errors);
    layout->addStretch(1);
    connect(m_workers, &QSpinBox::valueChanged, this, &AddFleetHostPage::updateBudget);
    connect(m_ram, &QSpinBox::valueChanged, this, &AddFleetHostPage::updateBudget);
    updateBudget();
}

QLineEdit* AddFleetHostPage::lineEdit(const QString& objectName, const QString& placeholder)
{
    auto* e = new QLineEdit(this);
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    return e;
}

void AddFleetHostPage::updateBudget()
{
    ServerSpec s =
        m_wizard->inventory().servers.isEmpty() ? ServerSpec{} : m_wizard->inventory().servers.first();
    s.ramMb = m_ram->value();
    const int safe = s.safeWorkerCount();
    const bool fits = s.fitsMemoryBudget(m_workers->value());
    m_budget->setText(fits ? tr("✓ %1 workers × %2 MB fit %3 % of %4 MB; the safe count is %5")
                                 .arg(m_workers->value())
                                 .arg(s.workerIdleMb)
                                 .arg(s.memoryBudgetPercent())
                                 .arg(s.ramMb)
                                 .arg(safe)
                           : tr("✗ %1 workers × %2 MB exceed %3 % of %4 MB: the safe count is %5")
                                 .arg(m_workers->value())
                                 .arg(s.workerIdleMb)
                                 .arg(s.memoryBudgetPercent())
                                 .arg(s.ramMb)
                                 .arg(safe));
}

void AddFleetHostPage::setRequest(const AddFleetRequest& r)
{
    m_base = r;
    m_name->setText(r.name);
    m_host->setText(r.host);
    if (!r.sshUser.isEmpty())
        m_sshUser->setText(r.sshUser);
    if (r.sshPort > 0)
        m_sshPort->setValue(r.sshPort);
    const int zone = m_zone->findData(r.zone);
    if (zone >= 0)
        m_zone->setCurrentIndex(zone);
    m_workers->setValue(r.workers);
    m_ram->setValue(r.ramMb);
    m_socketPath->setText(r.socketPath);
    m_envFile->setText(r.envFile);
    m_nginxConfig->setText(r.nginxConfig);
    m_nginxRoutes->setText(r.nginxRoutes);
    m_healthUrl->setText(r.healthUrl);
    m_ingressAddress->setText(r.ingressAddress);
    m_verifyUrl->setText(r.verifyUrl);
    m_lockFile->setText(r.lockFile);
}

AddFleetRequest AddFleetHostPage::request() const
{
    AddFleetRequest r = m_base;
    r.name = m_name->text().trimmed();
    r.host = m_host->text().trimmed();
    r.sshUser = m_sshUser->text().trimmed();
    r.sshPort = m_sshPort->value();
    r.zone = m_zone->currentData().toString();
    r.workers = m_workers->value();
    r.ramMb = m_ram->value();
    r.socketPath = m_socketPath->text().trimmed();
    r.envFile = m_envFile->text().trimmed();
    r.nginxConfig = m_nginxConfig->text().trimmed();
    r.nginxRoutes = m_nginxRoutes->text().trimmed();
    r.healthUrl = m_healthUrl->text().trimmed();
    r.ingressAddress = m_ingressAddress->text().trimmed();
    r.verifyUrl = m_verifyUrl->text().trimmed();
    r.lockFile = m_lockFile->text().trimmed();
    return r;
}

bool AddFleetHostPage::validatePage()
{
    const AddFleetRequest r = request();
    const QStringList errors = r.validate(m_wizard->inventory());
    if (!errors.isEmpty()) {
        m_errors->setText(errors.join(QLatin1Char('\n')));
        return false;
    }
    m_wizard->startEngine(r);
    // Host is pure validation (no I/O): it runs here, on the GUI thread.
    const AddFleetStepResult host = m_wizard->engine()->runStep(AddFleetStep::Host);
    m_errors->setText(host.ok() ? QString() : host.detail);
    return host.ok();
}

} // namespace fleetdeck::ui
