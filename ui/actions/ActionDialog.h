#pragma once

#include "actions/ActionContext.h"
#include "actions/PlanPreview.h"
#include "plan/PlanRunResult.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace fleetdeck {
class AuditLog;
class FleetState;
class PlanRunner;
} // namespace fleetdeck

namespace fleetdeck::ui {

class ActionForm;
class PlanPreviewWidget;
class PlanProgressWidget;

/// One change action (add workers, remove workers, rolling restart): the form asks for the
/// parameters; Preview builds the plans on a worker thread (PlanPreview) and shows every
/// diff, the numbered commands and the warnings; only then Apply runs them (PlanRunner,
/// steps on its worker thread) with a live step list, output, elapsed time, Cancel (at the
/// next safe point, then rollback) and a result banner. Each plan is recorded in the audit
/// log (begin when it starts, outcome when it ends). Open it with open(), never exec().
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { AddWorkers, RemoveWorkers, RollingRestart };

    /// `server`: FleetState index (-1 with a `zone` for a rolling restart of that zone).
    ActionDialog(Action action, FleetState* state, ActionContext context, int server,
                 const QString& zone = {}, QWidget* parent = nullptr);
    ~ActionDialog() override;

    ActionForm* form() const { return m_form; }
    PlanPreviewWidget* previewWidget() const { return m_preview; }
    PlanProgressWidget* progressWidget() const { return m_progress; }
    const QList<Plan>& plans() const { return m_plans; }
    bool isApplying() const;
    bool isPreviewing() const { return m_previewing; }

Q_SIGNALS:
    /// A rolling restart is working on `worker` of `server` now (0: on none of it).
    void workerRestarting(const QString& server, int worker);
    /// Applying ended (whatever the outcome): the audit log has a new record.
    void applied(const fleetdeck::PlanRunResult& result);

protected:
    void reject() override;
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildButtons();
    void onFormChanged();
    void preview();
    void onPreview(const PlanPreview& result);
    void apply();
    void cancelApply();
    void onPlanStarted(int index, int count, const QString& server);
    void onStepStarted(int index, int total, const QString& title);
    void onPlanFinished(int index, const PlanRunResult& result);
    void onFinished(const PlanRunResult& result);
    void setStatus(const QString& text, bool error = false);

    FleetState* m_state;
    ActionContext m_context;
    ActionForm* m_form = nullptr;
    QLabel* m_title = nullptr;
    QWidget* m_what = nullptr; ///< the form's group box
    QLabel* m_status = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_placeholder = nullptr;
    PlanPreviewWidget* m_preview = nullptr;
    PlanProgressWidget* m_progress = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QList<Plan> m_plans;
    bool m_previewing = false;
    int m_previewGeneration = 0;
    bool m_cancelRequested = false;
    PlanRunner* m_runner = nullptr;
    std::unique_ptr<AuditLog> m_audit;
    QHash<int, qint64> m_auditIds;
    QList<QList<int>> m_restartWorkers; ///< per plan, per step: the worker restarted
    int m_currentPlan = 0;
};

} // namespace fleetdeck::ui
