#include "actions/ActionDialog.h"

#include "actions/AddWorkersForm.h"
#include "actions/PlanPreviewWidget.h"
#include "actions/PlanProgressWidget.h"
#include "actions/RemoveWorkersForm.h"
#include "actions/RestartForm.h"
#include "actions/RestartTracker.h"
#include "audit/AuditLog.h"
#include "fleet/FleetState.h"
#include "plan/PlanRunner.h"
#include "style/Theme.h"

#include <QCloseEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fleetdeck::ui {

namespace {
ActionForm* makeForm(ActionDialog::Action action, FleetState* state, int server, const QString& zone,
                     QWidget* parent)
{
    switch (action) {
    case ActionDialog::Action::AddWorkers:
        return new AddWorkersForm(state, server, parent);
    case ActionDialog::Action::RemoveWorkers:
        return new RemoveWorkersForm(state, server, parent);
    case ActionDialog::Action::RollingRestart:
        break;
    }
    return new RestartForm(state, server, zone, parent);
}
} // namespace

ActionDialog::ActionDialog(Action action, FleetState* state, ActionContext context, int server,
                           const QString& zone, QWidget* parent)
    : QDialog(parent), m_state(state), m_context(std::move(context))
{
    setObjectName(QStringLiteral("actionDialog"));
    setSizeGripEnabled(true);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("actionTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    auto* what = new QGroupBox(tr("Change"), this);
    what->setObjectName(QStringLiteral("changeGroupBox"));
    auto* whatLayout = new QVBoxLayout(what);
    m_form = makeForm(action, state, server, zone, what);
    whatLayout->addWidget(m_form);
    layout->addWidget(what);
    m_what = what;

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("actionPagesStackedWidget"));
    m_placeholder = new QLabel(tr("Preview reads the server now and shows exactly what would change: every "
                                  "file's diff, the commands in order and the warnings. Nothing is changed "
                                  "until you press Apply."),
                               m_pages);
    m_placeholder->setObjectName(QStringLiteral("previewPlaceholderLabel"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_preview = new PlanPreviewWidget(m_pages);
    m_progress = new PlanProgressWidget(m_pages);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_preview);
    m_pages->addWidget(m_progress);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buildButtons());

    connect(m_form, &ActionForm::changed, this, &ActionDialog::onFormChanged);
    setWindowTitle(m_form->title());
    m_title->setText(m_form->title());
    resize(900, 720);
    if (!m_context.isValid()) {
        m_previewButton->setEnabled(false);
        setStatus(tr("Changes need SSH access, which this console was started without."), true);
    }
}

ActionDialog::~ActionDialog() = default;

QWidget* ActionDialog::buildButtons()
{
    auto* row = new QWidget(this);
    auto* buttons = new QHBoxLayout(row);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(row);
    m_status->setObjectName(QStringLiteral("planStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buttons->addWidget(m_status, 1);
    m_previewButton = new QPushButton(tr("&Preview"), row);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setDefault(true);
    m_applyButton = new QPushButton(tr("&Apply"), row);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setEnabled(false);
    m_applyButton->setToolTip(tr("Available once a preview exists"));
    m_cancelButton = new QPushButton(tr("Ca&ncel"), row);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    m_cancelButton->setToolTip(tr("Stop at the next safe point and roll back what was changed"));
    m_closeButton = new QPushButton(tr("&Close"), row);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton* b : {m_previewButton, m_applyButton, m_cancelButton, m_closeButton})
        buttons->addWidget(b);
    connect(m_previewButton, &QPushButton::clicked, this, &ActionDialog::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &ActionDialog::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &ActionDialog::cancelApply);
    connect(m_closeButton, &QPushButton::clicked, this, &ActionDialog::reject);
    return row;
}

bool ActionDialog::isApplying() const
{
    return m_runner && m_runner->isRunning();
}

void ActionDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? Theme::readable(QColor(0xc6, 0x28, 0x28), palette())
                                           : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
    QFont f = m_status->font();
    f.setBold(error);
    m_status->setFont(f);
}

void ActionDialog::onFormChanged()
{
    setWindowTitle(m_form->title());
    m_title->setText(m_form->title());
    m_applyButton->setVisible(true);
    if (m_plans.isEmpty() && m_pages->currentWidget() != m_preview)
        return;
    // The preview no longer matches the form: it has to be made again before Apply.
    m_plans.clear();
    m_preview->clear();
    m_pages->setCurrentWidget(m_placeholder);
    m_applyButton->setEnabled(false);
    m_applyButton->setVisible(true);
    setStatus(tr("Changed: preview again."));
}

void ActionDialog::preview()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    m_previewing = true;
    const int generation = ++m_previewGeneration;
    m_plans.clear();
    m_applyButton->setEnabled(false);
    m_applyButton->setVisible(true);
    m_previewButton->setEnabled(false);
    m_form->setEnabled(false);
    const ServerRequests requests = m_form->requests();
    QStringList names;
    for (const ServerRequest& r : requests)
        names << r.server;
    setStatus(tr("Reading %1 over SSH…").arg(names.join(QStringLiteral(", "))));
    const QList<ServerSpec> servers = m_state->inventory().servers;
    const PlanRunner::SessionFactory sessions = m_context.sessions;
    QtConcurrent::run([servers, sessions, requests] {
        return PlanPreview::build(servers, sessions, requests);
    }).then(this, [this, generation](const PlanPreview& result) {
        if (generation == m_previewGeneration)
            onPreview(result);
    });
}

void ActionDialog::onPreview(const PlanPreview& result)
{
    m_previewing = false;
    m_previewButton->setEnabled(true);
    m_form->setEnabled(true);
    if (!result.ok()) {
        m_preview->clear();
        m_pages->setCurrentWidget(m_placeholder);
        m_applyButton->setEnabled(false);
        m_applyButton->setVisible(false);
        setStatus(result.refused ? tr("Refused: %1").arg(result.error) : result.error, true);
        return;
    }
    m_plans = result.plans;
    m_preview->setPlans(m_plans);
    m_pages->setCurrentWidget(m_preview);
    m_applyButton->setEnabled(true);
    m_applyButton->setDefault(true);
    setStatus(tr("Review the changes, then Apply. Nothing has been changed yet."));
}

void ActionDialog::apply()
{
    if (m_plans.isEmpty() || isApplying())
        return;
    m_audit = std::make_unique<AuditLog>(m_context.auditPath);
    QString error;
    if (!m_audit->open(&error)) {
        setStatus(tr("Cannot open the audit log %1: %2. Nothing was changed.").arg(m_audit->path(), error),
                  true);
        return;
    }
    m_runner = new PlanRunner(m_state->inventory().servers, m_context.sessions, this);
    connect(m_runner, &PlanRunner::planStarted, this, &ActionDialog::onPlanStarted);
    connect(m_runner, &PlanRunner::stepStarted, this, &ActionDialog::onStepStarted);
    connect(m_runner, &PlanRunner::stepFinished, m_progress, &PlanProgressWidget::onStepFinished);
    connect(m_runner, &PlanRunner::output, m_progress, &PlanProgressWidget::onOutput);
    connect(m_runner, &PlanRunner::planFinished, this, &ActionDialog::onPlanFinished);
    connect(m_runner, &PlanRunner::finished, this, &ActionDialog::onFinished);
    m_restartWorkers.clear();
    for (const Plan& p : m_plans)
        m_restartWorkers << RestartTracker::workerPerStep(p);
    m_auditIds.clear();
    m_cancelRequested = false;
    m_progress->start(m_plans);
    m_pages->setCurrentWidget(m_progress);
    m_what->hide(); // the parameters are in the plan now: the room goes to the steps and output
    m_form->setEnabled(false);
    m_previewButton->setEnabled(false);
    m_applyButton->setEnabled(false);
    m_closeButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setDefault(true);
    setStatus(tr("Applying…"));
    m_runner->start(m_plans);
}

void ActionDialog::cancelApply()
{
    if (!isApplying() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_runner->cancel();
    m_cancelButton->setEnabled(false);
    m_progress->showCancelling();
    setStatus(tr("Cancelling…"));
}

void ActionDialog::onPlanStarted(int index, int count, const QString& server)
{
    m_currentPlan = index;
    m_progress->onPlanStarted(index);
    setStatus(count > 1 ? tr("Applying %1 of %2: %3…").arg(index + 1).arg(count).arg(server)
                        : tr("Applying on %1…").arg(server));
    const Plan& plan = m_plans.at(index);
    QString error;
    const qint64 id = m_audit->begin(plan.auditRecord(server), &error);
    if (id == 0)
        m_progress->onOutput(tr("warning: audit log: %1").arg(error));
    m_auditIds.insert(index, id);
}

void ActionDialog::onStepStarted(int index, int total, const QString& title)
{
    m_progress->onStepStarted(index, total, title);
    const QList<int> workers = m_restartWorkers.value(m_currentPlan);
    if (m_plans.value(m_currentPlan).action == QLatin1String("restart"))
        Q_EMIT workerRestarting(m_plans.at(m_currentPlan).server, workers.value(index));
}

void ActionDialog::onPlanFinished(int index, const PlanRunResult& result)
{
    if (const qint64 id = m_auditIds.value(index); id > 0)
        m_audit->finish(id, result.resultName(), result.message, result.output, result.callsDropped);
    m_progress->onPlanFinished(index, result);
    if (m_plans.value(index).action == QLatin1String("restart"))
        Q_EMIT workerRestarting(m_plans.at(index).server, 0);
}

void ActionDialog::onFinished(const PlanRunResult& result)
{
    m_progress->onFinished(result, m_cancelRequested);
    m_cancelButton->setEnabled(false);
    m_closeButton->setEnabled(true);
    m_closeButton->setDefault(true);
    m_plans.clear(); // applied or rolled back: a further change is a new dialog, with a new preview
    const bool done = result.outcome == PlanRunResult::Outcome::Done;
    setStatus(done ? tr("Done.") : tr("Not applied: %1").arg(result.resultName()), !done);
    m_runner->deleteLater();
    m_runner = nullptr;
    m_audit.reset();
    Q_EMIT applied(result);
}

void ActionDialog::reject()
{
    if (isApplying()) // never abandon a change half-way: Cancel rolls it back first
        return;
    QDialog::reject();
}

void ActionDialog::closeEvent(QCloseEvent* event)
{
    if (isApplying()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace fleetdeck::ui
