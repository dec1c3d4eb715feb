#pragma once

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QTreeView;

namespace fleetdeck {
class FleetState;
class FleetTreeModel;
} // namespace fleetdeck

namespace fleetdeck::ui {

/// The console's main window: zones → servers with their state, and a fleet
/// summary. It only reads FleetState (handed in); polling happens elsewhere.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(FleetState* state, QWidget* parent = nullptr);

    QTreeView* fleetTree() const { return m_tree; }
    /// Selects a server by name; false when there is none.
    bool selectServer(const QString& name);

private:
    void refreshSummary();

    FleetState* m_state;
    FleetTreeModel* m_model;
    QTreeView* m_tree;
    QLabel* m_summary;
    QLabel* m_statusLabel;
    QTimer m_summaryTimer;
};

} // namespace fleetdeck::ui
