#pragma once

#include "onboarding/AddFleetEngine.h"
#include "onboarding/AddFleetStep.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fleetdeck::ui {

class AddFleetWizard;

/// One step after Host (objectName `<step>WizardPage`: trustWizardPage,
/// preflightWizardPage, deployWizardPage, nginxWizardPage, inboundWizardPage,
/// outboundWizardPage, verifyWizardPage): what the step will do / found (diffs,
/// checks, fingerprint), its ✓/✗ status with the detail, the commands' output, and
/// Retry / Roll back on failure. Trust adds "I compared the fingerprint" (trustCheckBox).
class AddFleetStepPage : public QWizardPage
{
    Q_OBJECT

public:
    AddFleetStepPage(AddFleetWizard* wizard, AddFleetStep step);

    AddFleetStep step() const { return m_step; }
    void initializePage() override;
    bool isComplete() const override;
    bool succeeded() const { return m_ok; }
    /// Starts the step (the Apply / Retry buttons).
    void start();

private:
    void onStarted(AddFleetStep step);
    void onFinished(AddFleetStep step, const AddFleetStepResult& result);
    void onRolledBack(bool complete);
    void showDetails();
    bool changesSomething() const;

    AddFleetWizard* m_wizard;
    AddFleetStep m_step;
    QLabel* m_status;
    QPlainTextEdit* m_details;
    QPlainTextEdit* m_output;
    QPushButton* m_run;
    QPushButton* m_retry;
    QPushButton* m_rollback;
    QCheckBox* m_trust = nullptr;
    bool m_ok = false;
    bool m_running = false;
    bool m_rolledBack = false;
};

} // namespace fleetdeck::ui
