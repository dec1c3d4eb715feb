#pragma once

#include "fleet/Inventory.h"
#include "onboarding/AddFleetEngine.h"
#include "onboarding/AddFleetRequest.h"

#include <QWizard>

#include <functional>
#include <memory>

namespace fleetdeck::ui {

class AddFleetHostPage;
class AddFleetStepPage;

/// The onboarding wizard (objectName addFleetWizard): one page per step of
/// AddFleetEngine — host, trust the host key, preflight, deploy, nginx, inbound,
/// outbound, verify. Read-only steps run when their page opens; steps that change
/// something show what they will do and run on "Apply this step". Every step runs on
/// a worker thread (QtConcurrent::run(…).then(this, …)); a failed step offers Retry
/// and Roll back (undo every completed change in reverse order).
class AddFleetWizard : public QWizard
{
    Q_OBJECT

public:
    using EngineFactory = std::function<std::shared_ptr<AddFleetEngine>(
        const Inventory&, const AddFleetRequest&, AddFleetEngine::Callbacks)>;

    explicit AddFleetWizard(Inventory inventory, QWidget* parent = nullptr, EngineFactory factory = {});
    ~AddFleetWizard() override;

    const Inventory& inventory() const { return m_inventory; }
    /// Pre-fills the Host page (tests, "add a fleet like this one").
    void setRequest(const AddFleetRequest& request);
    AddFleetHostPage* hostPage() const { return m_hostPage; }
    AddFleetStepPage* stepPage(AddFleetStep step) const;

    /// Creates the engine for `request` (leaving the Host page).
    void startEngine(const AddFleetRequest& request);
    AddFleetEngine* engine() const { return m_engine.get(); }
    std::shared_ptr<AddFleetEngine> sharedEngine() const { return m_engine; }
    bool busy() const { return m_busy; }

    /// Runs a step off the GUI thread; stepFinished is emitted on this thread.
    void runStep(AddFleetStep step);
    /// Rolls back off the GUI thread; rollbackFinished is emitted on this thread.
    void rollback();

Q_SIGNALS:
    void stepStarted(fleetdeck::AddFleetStep step);
    void stepFinished(fleetdeck::AddFleetStep step, const fleetdeck::AddFleetStepResult& result);
    void rollbackFinished(bool complete);
    void output(const QString& text);

private:
    void setBusy(bool busy);

    Inventory m_inventory;
    EngineFactory m_factory;
    std::shared_ptr<AddFleetEngine> m_engine;
    AddFleetHostPage* m_hostPage = nullptr;
    QList<AddFleetStepPage*> m_stepPages;
    bool m_busy = false;
};

} // namespace fleetdeck::ui
