#pragma once

#include "actions/WorkerCountForm.h"

class QCheckBox;
class QLabel;

namespace fleetdeck {
class FleetState;
struct ServerSpec;
} // namespace fleetdeck

namespace fleetdeck::ui {

class LevelBar;

/// Add workers…: the new worker count, the memory budget for that count (bar and text,
/// live), and an explicit, unchecked "allow over budget".
class AddWorkersForm : public WorkerCountForm
{
    Q_OBJECT

public:
    AddWorkersForm(FleetState* state, int server, QWidget* parent = nullptr);

    QString title() const override;
    ServerRequests requests() const override;
    QString problem() const override;

    /// "20 × 260 MB = 5,200 MB of 4,096 MB — over budget; safe maximum 16"
    static QString budgetText(const ServerSpec& spec, int workers);

private:
    void updateBudget();

    LevelBar* m_bar;
    QLabel* m_budget;
    QCheckBox* m_allowOver;
};

} // namespace fleetdeck::ui
