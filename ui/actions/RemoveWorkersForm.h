#pragma once

#include "actions/WorkerCountForm.h"

class QCheckBox;
class QLabel;
class QSpinBox;

namespace fleetdeck {
class FleetState;
} // namespace fleetdeck

namespace fleetdeck::ui {

/// Remove workers…: the new count, how long to wait for calls to end, an unchecked "force
/// after the timeout", and — live from health — the calls in progress on the workers that
/// would go (those numbered above the new count).
class RemoveWorkersForm : public WorkerCountForm
{
    Q_OBJECT

public:
    RemoveWorkersForm(FleetState* state, int server, QWidget* parent = nullptr);

    QString title() const override;
    ServerRequests requests() const override;
    QString problem() const override;

    /// Calls in progress now on workers above `target`.
    int callsOnRemoved(int target) const;

private:
    void updateCalls();

    QSpinBox* m_timeout;
    QCheckBox* m_force;
    QLabel* m_calls;
};

} // namespace fleetdeck::ui
