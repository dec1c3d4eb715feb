#pragma once

#include "actions/ActionContext.h"
#include "actions/ActionDialog.h"
#include "alerts/Alert.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace fleetdeck {
class AlertEngine;
class ChangeThrottle;
class FleetState;
class FleetTreeModel;
class HistoryRecorder;
class HistoryStore;
class Settings;
} // namespace fleetdeck

namespace fleetdeck::ui {

class AlertsDock;
class AuditDock;
class DriftChecker;
class OverviewPage;
class ServerPage;

/// What a window shares with other views of the same fleet (the wall display):
/// the alerts and the history. Any part left null is created by the window.
struct MonitorParts
{
    AlertEngine* alerts = nullptr;
    HistoryStore* history = nullptr;
    HistoryRecorder* recorder = nullptr;
};

/// The console: zones → servers on the left (with a filter), and on the right either the
/// Overview (the fleet or the selected zone) or the Server page (the selected server); the
/// alerts dock below the tree; alert counts and the poll state in the status bar.
///
/// It reads FleetState (handed in; polling happens elsewhere) and keeps, beside it, the history
/// of every server (HistoryRecorder → HistoryStore, drawn by the charts) and the alerts
/// (AlertEngine). Views refresh at most four times a second (ChangeThrottle) and once a second
/// anyway. With `settings` the window layout, chart range and theme are remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(FleetState* state, Settings* settings = nullptr, QWidget* parent = nullptr,
                        MonitorParts shared = {});
    ~MainWindow() override;

    QTreeView* fleetTree() const { return m_tree; }
    OverviewPage* overviewPage() const { return m_overview; }
    ServerPage* serverPage() const { return m_serverPage; }
    AlertsDock* alertsDock() const { return m_alertsDock; }
    AuditDock* auditDock() const { return m_auditDock; }

    /// SSH access and the audit log: enables the change actions (server page buttons, the
    /// tree's context menu) and shows the audit dock.
    void setActionContext(const ActionContext& context);
    /// Opens an action dialog (open(), window-modal) on a server (FleetState index) or, for a
    /// rolling restart, a zone; nullptr when changes are not available.
    ActionDialog* openAction(ActionDialog::Action action, int server, const QString& zone = {});
    AlertEngine* alertEngine() const { return m_alerts; }
    HistoryStore* history() const { return m_history; }
    HistoryRecorder* recorder() const { return m_recorder; }

    /// Selects a server by name and shows its page; false when there is none.
    bool selectServer(const QString& name);
    /// Selects a zone (empty: the fleet) and shows the overview; false when there is none.
    bool selectZone(const QString& zoneId);
    void showOverview();
    /// The selected server's page; with none selected, the bridge's next pick (or the first server).
    void showServerPage();
    bool isServerPageShown() const;

    /// "5m", "1h" or "24h" on every chart (remembered like a click on a range button).
    void setChartRange(const QString& range);

    /// Everything the throttle would do, now: status bar, alerts, and the visible page.
    void refreshNow();
    /// File › Add a fleet…: the onboarding wizard on this inventory (non-modal).
    void openAddFleetWizard();

Q_SIGNALS:
    /// F5: poll every server now (Application connects this to the poller).
    void refreshRequested();
    /// The poll interval was changed in the settings (Application re-times the poller).
    void pollIntervalChanged(int ms);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildFleetDock();
    void buildMenus();
    void onCurrentChanged(const QModelIndex& current);
    void onFlush(const QSet<int>& servers, bool all);
    void refreshStatusBar();
    void setRangeEverywhere(int range);
    void setFitToDataEverywhere(bool fit);
    void setDarkTheme(bool dark);
    void openSettings();
    void restoreSettings();
    void saveSettings();
    QModelIndex proxyIndexForServer(int server) const;
    void showTreeMenu(const QPoint& pos);
    void applyRestartHighlight();

    FleetState* m_state;
    Settings* m_settings;
    std::unique_ptr<HistoryStore> m_ownedHistory; ///< when none was shared
    HistoryStore* m_history;
    HistoryRecorder* m_recorder;
    AlertEngine* m_alerts;
    FleetTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    ChangeThrottle* m_throttle;
    QTreeView* m_tree = nullptr;
    QLineEdit* m_filter = nullptr;
    QDockWidget* m_fleetDock = nullptr;
    QStackedWidget* m_stack;
    OverviewPage* m_overview;
    ServerPage* m_serverPage;
    AlertsDock* m_alertsDock;
    AuditDock* m_auditDock = nullptr;
    ActionContext m_actions;
    DriftChecker* m_drift = nullptr;
    QString m_restartingServer; ///< a rolling restart is working on this server's …
    int m_restartingWorker = 0; ///< … worker (0: none)
    QLabel* m_alertCounts;
    QLabel* m_pollStatus;
    QAction* m_darkTheme = nullptr;
    int m_lastServer = -1;
};

} // namespace fleetdeck::ui
