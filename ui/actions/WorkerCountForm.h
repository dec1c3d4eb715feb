#pragma once

#include "actions/ActionForm.h"

class QFormLayout;
class QSpinBox;

namespace fleetdeck {
class FleetState;
} // namespace fleetdeck

namespace fleetdeck::ui {

/// What the add- and remove-workers forms share: the worker count configured now (from the
/// last health report, -1 before the first), the "Server: fleet-uk-1 · now 4 workers" row
/// (currentWorkersLabel) and the "New worker count" spin box (workerCountSpinBox) under it.
/// The subclass sets the spin box's range and value and adds its own rows to form().
class WorkerCountForm : public ActionForm
{
    Q_OBJECT

protected:
    WorkerCountForm(FleetState* state, int server, QWidget* parent = nullptr);

    QFormLayout* form() const { return m_form; }

    FleetState* m_state;
    int m_server;
    int m_current = -1;
    QSpinBox* m_count;

private:
    QFormLayout* m_form;
};

} // namespace fleetdeck::ui
