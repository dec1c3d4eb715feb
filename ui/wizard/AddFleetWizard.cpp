#include "wizard/AddFleetWizard.h"

#include "wizard/AddFleetHostPage.h"
#include "wizard/AddFleetStepPage.h"

#include <QAbstractButton>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent>

namespace fleetdeck::ui {

AddFleetWizard::AddFleetWizard(Inventory inventory, QWidget* parent, EngineFactory factory)
    : QWizard(parent), m_inventory(std::move(inventory)), m_factory(std::move(factory))
{
    setObjectName(QStringLiteral("addFleetWizard"));
    setWindowTitle(tr("Add a fleet server"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(860, 620);
    if (!m_factory)
        m_factory = [](const Inventory& inv, const AddFleetRequest& r, AddFleetEngine::Callbacks c) {
            return std::make_shared<AddFleetEngine>(inv, r, std::move(c));
        };
    m_hostPage = new AddFleetHostPage(this);
    addPage(m_hostPage);
    for (AddFleetStep step : AddFleetSteps::all()) {
        if (step == AddFleetStep::Host)
            continue;
        auto* page = new AddFleetStepPage(this, step);
        m_stepPages << page;
        addPage(page);
    }
}

AddFleetWizard::~AddFleetWizard()
{
    if (m_engine)
        m_engine->cancel(); // a running step stops at its next poll; the engine outlives us
}

void AddFleetWizard::setRequest(const AddFleetRequest& request)
{
    m_hostPage->setRequest(request);
}

AddFleetStepPage* AddFleetWizard::stepPage(AddFleetStep step) const
{
    for (AddFleetStepPage* p : m_stepPages)
        if (p->step() == step)
            return p;
    return nullptr;
}

void AddFleetWizard::startEngine(const AddFleetRequest& request)
{
    if (m_engine && m_engine->undoCount() > 0)
        return; // changes were made: keep the engine that can undo them
    AddFleetEngine::Callbacks callbacks;
    QPointer<AddFleetWizard> self(this);
    callbacks.output = [self](const QString& text) {
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, text] {
                    if (self)
                        Q_EMIT self->output(text);
                },
                Qt::QueuedConnection);
    };
    m_engine = m_factory(m_inventory, request, std::move(callbacks));
}

void AddFleetWizard::setBusy(bool busy)
{
    m_busy = busy;
    button(QWizard::BackButton)->setEnabled(!busy);
    button(QWizard::CancelButton)->setEnabled(!busy);
}

void AddFleetWizard::runStep(AddFleetStep step)
{
    if (!m_engine || m_busy)
        return;
    setBusy(true);
    Q_EMIT stepStarted(step);
    std::shared_ptr<AddFleetEngine> engine = m_engine;
    QtConcurrent::run([engine, step] {
        const AddFleetStepResult result = engine->runStep(step);
        if (step == AddFleetStep::Verify && result.ok())
            engine->recordAudit(QStringLiteral("done"), engine->summary());
        return result;
    }).then(this, [this, step](const AddFleetStepResult& result) {
        setBusy(false);
        Q_EMIT stepFinished(step, result);
    });
}

void AddFleetWizard::rollback()
{
    if (!m_engine || m_busy)
        return;
    setBusy(true);
    std::shared_ptr<AddFleetEngine> engine = m_engine;
    QtConcurrent::run([engine] {
        const bool complete = engine->rollback();
        engine->recordAudit(complete ? QStringLiteral("rolled-back") : QStringLiteral("failed"),
                            complete ? QStringLiteral("rolled back from the wizard")
                                     : QStringLiteral("rollback incomplete"));
        return complete;
    }).then(this, [this](bool complete) {
        setBusy(false);
        Q_EMIT rollbackFinished(complete);
    });
}

} // namespace fleetdeck::ui
