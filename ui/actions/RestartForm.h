#pragma once

#include "actions/ActionForm.h"

class QDoubleSpinBox;
class QRadioButton;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace fleetdeck {
class FleetState;
} // namespace fleetdeck

namespace fleetdeck::ui {

/// Rolling restart…: which servers (one, several or a whole zone: a checkable tree of
/// zones → servers), drain (default: no call dropped) or immediate (the seed's loop, drops
/// the busy workers' calls), and the pause between workers.
class RestartForm : public ActionForm
{
    Q_OBJECT

public:
    /// `server` (FleetState index) or every server of `zone` starts checked.
    RestartForm(FleetState* state, int server, const QString& zone, QWidget* parent = nullptr);

    QString title() const override;
    ServerRequests requests() const override;
    QString problem() const override;

    QStringList checkedServers() const;
    /// Checks exactly these servers.
    void setCheckedServers(const QStringList& names);
    /// The operator's defaults (Settings › Changes): drain or immediate, pause between workers.
    void setDefaults(bool drain, double pauseSeconds);

private:
    void updateModeNote();

    FleetState* m_state;
    QTreeWidget* m_servers;
    QRadioButton* m_drain;
    QRadioButton* m_immediate;
    QDoubleSpinBox* m_pause;
    QLabel* m_modeNote;
};

} // namespace fleetdeck::ui
