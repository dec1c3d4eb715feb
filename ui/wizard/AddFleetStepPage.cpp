#include "wizard/AddFleetStepPage.h"

#include "wizard/AddFleetWizard.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleetdeck::ui {

namespace {

QString intro(AddFleetStep step)
{
    switch (step) {
    case AddFleetStep::Trust:
        return AddFleetStepPage::tr(
            "Connect over SSH and check the host key by its SHA256 fingerprint. Compare it "
            "with the one the host shows (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) "
            "before trusting it; only then is it saved to known_hosts.");
    case AddFleetStep::Preflight:
        return AddFleetStepPage::tr(
            "Memory budget, nginx, the unit template, .env, free disk, and what the ingress "
            "and the bridge have now. Nothing is changed.");
    case AddFleetStep::Deploy:
        return AddFleetStepPage::tr(
            "Enable and start the workers, wait for their sockets, set the worker count in "
            ".env and wait until the health endpoint reports it.");
    case AddFleetStep::Nginx:
        return AddFleetStepPage::tr(
            "Write the upstream (max_conns=1 fail_timeout=10, zone) and the 429-retry "
            "routes, nginx -t, reload and check that the reload took.");
    case AddFleetStep::Inbound:
        return AddFleetStepPage::tr(
            "Run add-fleet.sh on the ingress (it validates with haproxy -c, reloads and "
            "rolls back by itself if the new backend does not come UP), then confirm UP on "
            "the admin socket.");
    case AddFleetStep::Outbound:
        return AddFleetStepPage::tr("Add the server to the bridge's fleet list (the token comes from the "
                                    "environment and is never shown) and confirm the bridge's pick sees it.");
    case AddFleetStep::Verify:
        return AddFleetStepPage::tr(
            "A test call to the new fleet's nginx, then calls through the ingress until one "
            "reaches the new fleet; the summary and the audit record.");
    case AddFleetStep::Host:
        break;
    }
    return {};
}

QPlainTextEdit* textView(QWidget* parent, const QString& objectName)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

AddFleetStepPage::AddFleetStepPage(AddFleetWizard* wizard, AddFleetStep step)
    : QWizardPage(wizard), m_wizard(wizard), m_step(step)
{
    const QString id = AddFleetSteps::id(step);
    setObjectName(id + QStringLiteral("WizardPage"));
    setTitle(QStringLiteral("%1. %2").arg(int(step) + 1).arg(AddFleetSteps::title(step)));
    setSubTitle(intro(step));
    m_status = new QLabel(this);
    m_status->setObjectName(id + QStringLiteral("StatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = textView(this, id + QStringLiteral("DetailsEdit"));
    m_output = textView(this, id + QStringLiteral("OutputEdit"));
    m_output->setMaximumBlockCount(5000);
    m_output->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    if (step == AddFleetStep::Trust || step == AddFleetStep::Preflight || step == AddFleetStep::Verify)
        m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_run = new QPushButton(tr("&Apply this step"), this);
    m_run->setObjectName(id + QStringLiteral("RunButton"));
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(id + QStringLiteral("RetryButton"));
    m_rollback = new QPushButton(tr("Roll &back everything"), this);
    m_rollback->setObjectName(id + QStringLiteral("RollbackButton"));
    m_run->setVisible(changesSomething());
    m_retry->hide();
    m_rollback->hide();

    auto* buttons = new QHBoxLayout;
    if (step == AddFleetStep::Trust) {
        m_trust = new QCheckBox(tr("I compared this fingerprint with the host's: &trust it"), this);
        m_trust->setObjectName(QStringLiteral("trustCheckBox"));
        m_trust->setEnabled(false);
        buttons->addWidget(m_trust);
        connect(m_trust, &QCheckBox::toggled, this, [this](bool on) {
            if (!on || !m_wizard->engine())
                return;
            m_wizard->engine()->setTrustedFingerprint(m_wizard->engine()->seenFingerprint());
            start();
        });
    }
    buttons->addStretch(1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_rollback);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_details, 3);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Output:"), this));
    layout->addWidget(m_output, 2);

    connect(m_run, &QPushButton::clicked, this, &AddFleetStepPage::start);
    connect(m_retry, &QPushButton::clicked, this, &AddFleetStepPage::start);
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        m_rollback->setEnabled(false);
        m_retry->setEnabled(false);
        m_status->setText(tr("Rolling back…"));
        m_wizard->rollback();
    });
    connect(wizard, &AddFleetWizard::stepStarted, this, &AddFleetStepPage::onStarted);
    connect(wizard, &AddFleetWizard::stepFinished, this, &AddFleetStepPage::onFinished);
    connect(wizard, &AddFleetWizard::rollbackFinished, this, &AddFleetStepPage::onRolledBack);
    connect(wizard, &AddFleetWizard::output, this, [this](const QString& text) {
        if (m_wizard->currentPage() == this)
            m_output->appendPlainText(text.trimmed());
    });
}

bool AddFleetStepPage::changesSomething() const
{
    return m_step == AddFleetStep::Deploy || m_step == AddFleetStep::Nginx ||
           m_step == AddFleetStep::Inbound || m_step == AddFleetStep::Outbound;
}

void AddFleetStepPage::initializePage()
{
    showDetails();
    if (m_ok || m_rolledBack)
        return;
    if (changesSomething()) {
        m_status->setText(tr("Review what this step will do, then apply it."));
        return;
    }
    start();
}

bool AddFleetStepPage::isComplete() const
{
    return m_ok && !m_running;
}

void AddFleetStepPage::start()
{
    if (m_wizard->busy() || m_rolledBack)
        return;
    m_wizard->runStep(m_step);
}

void AddFleetStepPage::onStarted(AddFleetStep step)
{
    if (step != m_step)
        return;
    m_running = true;
    m_run->setEnabled(false);
    m_retry->hide();
    m_rollback->hide();
    m_status->setText(tr("⏳ %1 …").arg(AddFleetSteps::title(m_step)));
    Q_EMIT completeChanged();
}

void AddFleetStepPage::onFinished(AddFleetStep step, const AddFleetStepResult& result)
{
    if (step != m_step)
        return;
    m_running = false;
    m_ok = result.ok();
    showDetails();
    if (m_ok) {
        m_status->setText(QStringLiteral("✓ %1").arg(result.detail));
        m_status->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        m_run->hide();
    } else {
        m_status->setText(QStringLiteral("✗ %1").arg(result.detail));
        m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
        const bool trustPending =
            m_step == AddFleetStep::Trust && result.status == AddFleetStepResult::Status::Refused;
        if (m_trust) {
            m_trust->setEnabled(trustPending);
            m_trust->setText(
                tr("I compared %1 with the host's: &trust it")
                    .arg(m_wizard->engine() ? m_wizard->engine()->seenFingerprint() : QString()));
        }
        m_run->setEnabled(true);
        m_run->hide();
        m_retry->show();
        m_retry->setEnabled(true);
        const bool changes = m_wizard->engine() && m_wizard->engine()->undoCount() > 0;
        m_rollback->setVisible(changes);
        m_rollback->setEnabled(changes);
    }
    Q_EMIT completeChanged();
}

void AddFleetStepPage::onRolledBack(bool complete)
{
    if (m_wizard->currentPage() != this) {
        // Earlier change steps were undone too: they no longer count as done.
        if (changesSomething() || m_step == AddFleetStep::Verify) {
            m_rolledBack = true;
            if (m_ok)
                m_status->setText(tr("Undone by the rollback."));
            m_ok = false;
            m_status->setStyleSheet(QString());
            Q_EMIT completeChanged();
        }
        return;
    }
    m_rolledBack = true;
    m_ok = false;
    m_retry->hide();
    m_rollback->hide();
    m_status->setText(complete ? tr("Rolled back: every completed change was undone. Close the wizard.")
                               : tr("The rollback did NOT complete: check the output and the host by hand."));
    m_status->setStyleSheet(complete ? QString() : QStringLiteral("color: #c62828;"));
    Q_EMIT completeChanged();
}

void AddFleetStepPage::showDetails()
{
    AddFleetEngine* engine = m_wizard->engine();
    if (!engine)
        return;
    const AddFleetProposal& p = engine->proposal();
    QString text;
    switch (m_step) {
    case AddFleetStep::Trust:
        text = p.fingerprint.isEmpty()
                   ? tr("Host %1: not connected yet.").arg(p.host)
                   : tr("Host %1\nHost key: %2\n%3")
                         .arg(p.host, p.fingerprint,
                              p.fingerprintTrusted ? tr("trusted and saved to known_hosts")
                                                   : tr("not trusted yet"));
        break;
    case AddFleetStep::Preflight:
        for (const PreflightCheck& c : p.checks) {
            text += QStringLiteral("%1 %2: %3\n")
                        .arg(c.ok ? QStringLiteral("✓") : QStringLiteral("✗"), c.title, c.detail);
            if (!c.ok && !c.fix.isEmpty())
                text += tr("    fix: %1\n").arg(c.fix);
        }
        break;
    case AddFleetStep::Deploy:
        for (int i = 0; i < p.commands.size(); ++i)
            text += QStringLiteral("%1. %2\n").arg(i + 1).arg(p.commands.at(i));
        for (const AddFleetProposal::File& f : p.files)
            if (f.path.endsWith(QLatin1String(".env")))
                text += QLatin1Char('\n') + QString::fromUtf8(f.diff);
        break;
    case AddFleetStep::Nginx:
        for (const AddFleetProposal::File& f : p.files)
            if (!f.path.endsWith(QLatin1String(".env")))
                text += QString::fromUtf8(f.diff) + QLatin1Char('\n');
        break;
    case AddFleetStep::Inbound:
        text = tr("On %1: %2\n\nIt will add:\n%3\n\n%4")
                   .arg(p.ingress, p.addFleetCommand, QString::fromUtf8(p.addFleetLine),
                        QString::fromUtf8(p.haproxyDiff));
        break;
    case AddFleetStep::Outbound:
        text = tr("Add %1 to the bridge's fleet list:\n\n%2")
                   .arg(p.baseUrl, p.bridgeDiff.isEmpty() ? tr("(already in the list)")
                                                          : QString::fromUtf8(p.bridgeDiff));
        break;
    case AddFleetStep::Verify:
        text = engine->summary();
        for (const QString& w : p.warnings)
            if (!text.contains(w))
                text += tr("\nAdvisory: %1").arg(w);
        text += tr("\n\nAdd this entry to the inventory's servers[]:\n%1")
                    .arg(QString::fromUtf8(p.inventorySnippet));
        break;
    case AddFleetStep::Host:
        break;
    }
    m_details->setPlainText(text);
}

} // namespace fleetdeck::ui
