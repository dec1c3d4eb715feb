#include "main/MainWindow.h"

#include "about/AboutDialog.h"
#include "actions/RestartForm.h"
#include "alerts/AlertEngine.h"
#include "alerts/AlertsDock.h"
#include "audit/AuditDock.h"
#include "fleet/FleetState.h"
#include "fleet/ServerSpec.h"
#include "history/HistoryRecorder.h"
#include "history/HistoryStore.h"
#include "hostkey/HostKeyPrompter.h"
#include "items/ChangeThrottle.h"
#include "items/FleetTreeModel.h"
#include "items/ServerColumns.h"
#include "main/RangeSelector.h"
#include "main/StatusDelegate.h"
#include "overview/OverviewPage.h"
#include "server/DriftChecker.h"
#include "server/OccupancyGrid.h"
#include "server/ServerPage.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "style/StatusStyle.h"
#include "style/Theme.h"
#include "wizard/AddFleetWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace fleetdeck::ui {

namespace {
QScrollArea* scrolled(QWidget* page, const QString& name)
{
    auto* area = new QScrollArea;
    area->setObjectName(name);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return area;
}
} // namespace

MainWindow::MainWindow(FleetState* state, Settings* settings, QWidget* parent, MonitorParts shared)
    : QMainWindow(parent), m_state(state), m_settings(settings),
      m_ownedHistory(shared.history ? nullptr : std::make_unique<HistoryStore>()),
      m_history(shared.history ? shared.history : m_ownedHistory.get()),
      m_recorder(shared.recorder ? shared.recorder : new HistoryRecorder(state, m_history, this)),
      m_alerts(shared.alerts ? shared.alerts : new AlertEngine(state, this)),
      m_model(new FleetTreeModel(state, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_throttle(new ChangeThrottle(250, 1000, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString source = state->inventory().sourcePath;
    setWindowTitle(source.isEmpty() ? tr("Fleetdeck") : tr("Fleetdeck — %1").arg(source));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ServerColumns::Name);
    buildFleetDock();

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("mainStackedWidget"));
    m_overview = new OverviewPage(state, m_history);
    m_serverPage = new ServerPage(state, m_history);
    m_stack->addWidget(scrolled(m_overview, QStringLiteral("overviewScrollArea")));
    m_stack->addWidget(scrolled(m_serverPage, QStringLiteral("serverScrollArea")));
    setCentralWidget(m_stack);

    m_alertsDock = new AlertsDock(m_alerts, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_alertsDock);
    splitDockWidget(m_fleetDock, m_alertsDock, Qt::Vertical);
    resizeDocks({m_fleetDock, m_alertsDock}, {3, 2}, Qt::Vertical);
    connect(m_alertsDock, &AlertsDock::subjectActivated, this,
            [this](Alert::Subject kind, const QString& subject) {
                if (kind == Alert::Subject::Server)
                    selectServer(subject);
                else if (kind == Alert::Subject::Zone)
                    selectZone(subject);
                else
                    selectZone(QString());
            });

    m_auditDock = new AuditDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_auditDock);
    m_auditDock->hide(); // shown once changes are possible (setActionContext)
    connect(m_serverPage, &ServerPage::addWorkersRequested, this,
            [this](int server) { openAction(ActionDialog::Action::AddWorkers, server); });
    connect(m_serverPage, &ServerPage::removeWorkersRequested, this,
            [this](int server) { openAction(ActionDialog::Action::RemoveWorkers, server); });
    connect(m_serverPage, &ServerPage::rollingRestartRequested, this,
            [this](int server) { openAction(ActionDialog::Action::RollingRestart, server); });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);

    m_alertCounts = new QLabel(this);
    m_alertCounts->setObjectName(QStringLiteral("alertCountsLabel"));
    m_pollStatus = new QLabel(this);
    m_pollStatus->setObjectName(QStringLiteral("pollStatusLabel"));
    statusBar()->addWidget(m_alertCounts);
    statusBar()->addPermanentWidget(m_pollStatus);

    buildMenus();

    connect(m_overview, &OverviewPage::zoneActivated, this,
            [this](const QString& zone) { selectZone(zone); });
    connect(m_overview, &OverviewPage::rangeChanged, this,
            [this](TimeSeriesChart::Range r) { setRangeEverywhere(int(r)); });
    connect(m_serverPage, &ServerPage::rangeChanged, this,
            [this](TimeSeriesChart::Range r) { setRangeEverywhere(int(r)); });
    connect(m_overview, &OverviewPage::fitToDataChanged, this, &MainWindow::setFitToDataEverywhere);
    connect(m_serverPage, &ServerPage::fitToDataChanged, this, &MainWindow::setFitToDataEverywhere);
    connect(m_alerts, &AlertEngine::alertsChanged, this, &MainWindow::refreshStatusBar);
    m_drift = new DriftChecker(m_state, this);
    connect(m_serverPage, &ServerPage::driftCheckRequested, m_drift, &DriftChecker::check);
    connect(m_drift, &DriftChecker::started, m_serverPage,
            [this](int s) { m_serverPage->setDriftReading(s, true); });
    connect(m_drift, &DriftChecker::finished, this, [this](int s, const DriftReport& report) {
        m_serverPage->setDriftReading(s, false);
        m_serverPage->setDriftReport(s, report);
        m_alerts->setDriftReport(s, report); // drift findings become an alert until a clean check
    });
    connect(m_drift, &DriftChecker::failed, this, [this](int s, const QString& error) {
        m_serverPage->setDriftReading(s, false);
        m_serverPage->setDriftError(s, error);
    });
    connect(m_state, &FleetState::serverChanged, m_throttle, &ChangeThrottle::markDirty);
    connect(m_throttle, &ChangeThrottle::flush, this, &MainWindow::onFlush);

    resize(1400, 850);
    restoreSettings();
    if (!m_recorder->isRunning())
        m_recorder->start();
    refreshNow();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildFleetDock()
{
    m_fleetDock = new QDockWidget(tr("Fleet"), this);
    m_fleetDock->setObjectName(QStringLiteral("fleetDock"));
    m_fleetDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    auto* content = new QWidget(m_fleetDock);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("serverFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter servers (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tree = new QTreeView(content);
    m_tree->setObjectName(QStringLiteral("fleetTreeView"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new StatusDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->expandAll();
    m_tree->setColumnHidden(ServerColumns::Cps, true);
    m_tree->setColumnHidden(ServerColumns::Error, true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ServerColumns::Name, QHeaderView::Stretch);
    const QFontMetrics fm = m_tree->fontMetrics();
    for (int column : {ServerColumns::Status, ServerColumns::Busy, ServerColumns::Utilization})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::Fixed);
    m_tree->setColumnWidth(ServerColumns::Status, fm.horizontalAdvance(QStringLiteral("✕ Unreachable")) + 24);
    m_tree->setColumnWidth(ServerColumns::Busy, fm.horizontalAdvance(QStringLiteral("Busy / total")) + 12);
    m_tree->setColumnWidth(ServerColumns::Utilization, fm.horizontalAdvance(QStringLiteral("100 %")) * 3);
    m_tree->header()->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("100 %")));
    // Wide enough for a typical server name beside the fixed columns; the dock can be widened.
    int fixed = 0;
    for (int column : {ServerColumns::Status, ServerColumns::Busy, ServerColumns::Utilization})
        fixed += m_tree->columnWidth(column);
    m_tree->setMinimumWidth(fixed + fm.horizontalAdvance(QStringLiteral("fleet-us-east-12")) +
                            2 * m_tree->indentation() + 24);
    layout->addWidget(m_tree, 1);
    m_fleetDock->setWidget(content);
    addDockWidget(Qt::LeftDockWidgetArea, m_fleetDock);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* refresh = file->addAction(tr("&Refresh now"));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        Q_EMIT refreshRequested();
        refreshNow();
    });
    QAction* addFleet = file->addAction(tr("Add a &fleet…"));
    addFleet->setObjectName(QStringLiteral("addFleetAction"));
    addFleet->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addFleet->setStatusTip(
        tr("Onboard a new fleet server: trust, preflight, workers, nginx, ingress, bridge, verify"));
    connect(addFleet, &QAction::triggered, this, &MainWindow::openAddFleetWizard);
    file->addSeparator();
    QAction* preferences = file->addAction(tr("&Settings…"));
    preferences->setObjectName(QStringLiteral("settingsAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setEnabled(m_settings != nullptr);
    connect(preferences, &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* overview = view->addAction(tr("&Overview"));
    overview->setObjectName(QStringLiteral("showOverviewAction"));
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(overview, &QAction::triggered, this, &MainWindow::showOverview);
    QAction* server = view->addAction(tr("&Server page"));
    server->setObjectName(QStringLiteral("showServerPageAction"));
    server->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(server, &QAction::triggered, this, &MainWindow::showServerPage);
    QAction* filter = view->addAction(tr("&Filter servers"));
    filter->setObjectName(QStringLiteral("filterServersAction"));
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(filter, &QAction::triggered, this, [this] {
        m_fleetDock->show();
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    view->addSeparator();
    QAction* alerts = m_alertsDock->toggleViewAction();
    alerts->setText(tr("&Alerts"));
    alerts->setObjectName(QStringLiteral("toggleAlertsDockAction"));
    alerts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(alerts);
    QAction* audit = m_auditDock->toggleViewAction();
    audit->setText(tr("A&udit log"));
    audit->setObjectName(QStringLiteral("toggleAuditDockAction"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(audit);
    QAction* fleet = m_fleetDock->toggleViewAction();
    fleet->setText(tr("Fleet &tree"));
    view->addAction(fleet);
    view->addSeparator();
    m_darkTheme = view->addAction(tr("&Dark theme"));
    m_darkTheme->setObjectName(QStringLiteral("darkThemeAction"));
    m_darkTheme->setCheckable(true);
    m_darkTheme->setChecked(Theme::isDark(QApplication::palette()));
    connect(m_darkTheme, &QAction::toggled, this, &MainWindow::setDarkTheme);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Fleetdeck"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::openSettings()
{
    if (!m_settings)
        return;
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_state->setThresholds(m_settings->thresholds());
        const int interval = m_settings->pollIntervalMs();
        if (interval != m_state->intervalMs()) {
            m_state->setIntervalMs(interval);
            Q_EMIT pollIntervalChanged(interval);
            m_recorder->start(); // re-reads the interval
        }
        refreshNow();
    });
    dialog->open();
}

void MainWindow::setDarkTheme(bool dark)
{
    Theme::apply(dark);
    if (m_settings)
        m_settings->set(SettingKeys::darkTheme, dark);
    if (m_settings) // an explicit choice: it overrides "system" (Settings › Appearance)
        m_settings->set(SettingKeys::theme, dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

void MainWindow::setRangeEverywhere(int range)
{
    const auto r = static_cast<TimeSeriesChart::Range>(range);
    m_overview->setRange(r);
    m_serverPage->setRange(r);
    if (m_settings)
        m_settings->set(SettingKeys::chartRange, RangeSelector::toSettingText(r));
}

void MainWindow::setFitToDataEverywhere(bool fit)
{
    m_overview->setFitToData(fit);
    m_serverPage->setFitToData(fit);
    if (m_settings)
        m_settings->set(SettingKeys::chartsFitToData, fit);
}

void MainWindow::setChartRange(const QString& range)
{
    setRangeEverywhere(int(RangeSelector::fromSettingText(range)));
}

QModelIndex MainWindow::proxyIndexForServer(int server) const
{
    return m_proxy->mapFromSource(m_model->indexForServer(server));
}

bool MainWindow::selectServer(const QString& name)
{
    const int server = m_state->indexOf(name);
    if (server < 0)
        return false;
    QModelIndex index = proxyIndexForServer(server);
    if (!index.isValid()) { // filtered out: clear the filter so the selection is visible
        m_filter->clear();
        index = proxyIndexForServer(server);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

bool MainWindow::selectZone(const QString& zoneId)
{
    if (zoneId.isEmpty()) {
        m_tree->setCurrentIndex({});
        m_tree->clearSelection();
        m_overview->setZone(QString());
        showOverview();
        return true;
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ServerColumns::ZoneIdRole).toString() == zoneId) {
            m_tree->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void MainWindow::onCurrentChanged(const QModelIndex& current)
{
    if (!current.isValid()) {
        m_overview->setZone(QString());
        showOverview();
        return;
    }
    const int server = current.data(ServerColumns::ServerIndexRole).toInt();
    if (server >= 0) {
        m_lastServer = server;
        m_serverPage->setServer(server);
        applyRestartHighlight();
        m_stack->setCurrentIndex(1);
        return;
    }
    m_overview->setZone(current.data(ServerColumns::ZoneIdRole).toString());
    showOverview();
}

void MainWindow::showOverview()
{
    m_overview->refresh();
    m_stack->setCurrentIndex(0);
}

void MainWindow::showServerPage()
{
    int server = m_lastServer;
    if (server < 0) {
        const AggregateMetrics f = m_state->fleetMetrics();
        server = f.pickServer >= 0 ? f.pickServer : (m_state->serverCount() > 0 ? 0 : -1);
    }
    if (server < 0)
        return;
    selectServer(m_state->spec(server).name);
    m_serverPage->setServer(server);
    m_stack->setCurrentIndex(1);
}

bool MainWindow::isServerPageShown() const
{
    return m_stack->currentIndex() == 1;
}

void MainWindow::onFlush(const QSet<int>& servers, bool all)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_stack->currentIndex() == 0)
        m_overview->refresh(now);
    else if (all || servers.contains(m_serverPage->server()))
        m_serverPage->refresh(now);
    refreshStatusBar();
}

void MainWindow::refreshNow()
{
    m_alerts->evaluate();
    onFlush({}, true);
}

void MainWindow::refreshStatusBar()
{
    const int critical = m_alerts->count(Alert::Severity::Critical);
    const int warning = m_alerts->count(Alert::Severity::Warning);
    if (critical + warning == 0) {
        const StatusStyle ok = StatusStyle::of(ServerStatus::Ok);
        m_alertCounts->setText(tr("<span style='color:%1'>%2</span> No alerts")
                                   .arg(Theme::readable(ok.color, palette()).name(), ok.glyph));
    } else {
        const StatusStyle c = StatusStyle::of(ServerStatus::Critical);
        const StatusStyle w = StatusStyle::of(ServerStatus::Warning);
        m_alertCounts->setText(tr("<span style='color:%1'>%2</span> <b>%3</b> critical &nbsp; <span "
                                  "style='color:%4'>%5</span> <b>%6</b> warning")
                                   .arg(Theme::readable(c.color, palette()).name(), c.glyph)
                                   .arg(critical)
                                   .arg(Theme::readable(w.color, palette()).name(), w.glyph)
                                   .arg(warning));
    }
    m_alertCounts->setToolTip(tr("Ctrl+L shows the alerts"));
    const AggregateMetrics f = m_state->fleetMetrics();
    const double seconds = m_state->intervalMs() / 1000.0;
    m_pollStatus->setText(tr("%1 of %2 servers reporting · polling every %3 s")
                              .arg(f.reporting)
                              .arg(f.servers)
                              .arg(QLocale().toString(seconds, 'g', 3)));
}

void MainWindow::restoreSettings()
{
    if (!m_settings)
        return;
    const auto range = RangeSelector::fromSettingText(m_settings->get(SettingKeys::chartRange));
    m_overview->setRange(range);
    m_serverPage->setRange(range);
    const bool fit = m_settings->get(SettingKeys::chartsFitToData);
    m_overview->setFitToData(fit);
    m_serverPage->setFitToData(fit);
    restoreGeometry(m_settings->get(SettingKeys::windowGeometry));
    restoreState(m_settings->get(SettingKeys::windowState));
    m_alertsDock->setVisible(m_settings->get(SettingKeys::alertsDockVisible));
}

void MainWindow::saveSettings()
{
    if (!m_settings)
        return;
    m_settings->set(SettingKeys::windowGeometry, saveGeometry());
    m_settings->set(SettingKeys::windowState, saveState());
    m_settings->set(SettingKeys::alertsDockVisible, m_alertsDock->isVisible());
    m_settings->set(SettingKeys::chartRange, RangeSelector::toSettingText(m_overview->range()));
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setActionContext(const ActionContext& context)
{
    m_actions = context;
    m_serverPage->setActionsAvailable(context.isValid());
    m_drift->setSessions(context.isValid() ? context.sessions : PlanRunner::SessionFactory{});
    m_serverPage->setDriftCheckAvailable(m_drift->isAvailable());
    if (context.hostKeys)
        context.hostKeys->setWindow(this);
    m_auditDock->setLogPath(context.auditPath);
    m_auditDock->setVisible(context.isValid());
    resizeDocks({m_auditDock}, {fontMetrics().height() * 9}, Qt::Vertical); // the pages keep the room
}

ActionDialog* MainWindow::openAction(ActionDialog::Action action, int server, const QString& zone)
{
    if (!m_actions.isValid() || (server < 0 && zone.isEmpty()) || server >= m_state->serverCount())
        return nullptr;
    auto* dialog = new ActionDialog(action, m_state, m_actions, server, zone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto* restart = qobject_cast<RestartForm*>(dialog->form()); restart && m_settings)
        restart->setDefaults(m_settings->restartMode() != QLatin1String("immediate"),
                             m_settings->restartPauseSeconds());
    connect(dialog, &ActionDialog::workerRestarting, this, [this](const QString& name, int worker) {
        m_restartingServer = worker > 0 ? name : QString();
        m_restartingWorker = worker;
        applyRestartHighlight();
    });
    connect(dialog, &ActionDialog::applied, this, [this] {
        m_restartingWorker = 0;
        applyRestartHighlight();
        m_auditDock->refresh();
        Q_EMIT refreshRequested(); // the server's new state, now
    });
    dialog->open();
    return dialog;
}

void MainWindow::applyRestartHighlight()
{
    const int shown = m_serverPage->server();
    const bool here = shown >= 0 && m_restartingWorker > 0 && m_state->spec(shown).name == m_restartingServer;
    m_serverPage->grid()->setHighlightedWorker(here ? m_restartingWorker : 0);
}

void MainWindow::showTreeMenu(const QPoint& pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid() || !m_actions.isValid())
        return;
    const int server = index.data(ServerColumns::ServerIndexRole).toInt();
    const QString zone = index.data(ServerColumns::ZoneIdRole).toString();
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("fleetTreeMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (server >= 0) {
        menu->addAction(tr("Add workers…"), this,
                        [this, server] { openAction(ActionDialog::Action::AddWorkers, server); })
            ->setObjectName(QStringLiteral("addWorkersAction"));
        menu->addAction(tr("Remove workers…"), this,
                        [this, server] { openAction(ActionDialog::Action::RemoveWorkers, server); })
            ->setObjectName(QStringLiteral("removeWorkersAction"));
        menu->addAction(tr("Rolling restart…"), this,
                        [this, server] { openAction(ActionDialog::Action::RollingRestart, server); })
            ->setObjectName(QStringLiteral("rollingRestartAction"));
    } else if (!zone.isEmpty()) {
        menu->addAction(tr("Rolling restart of zone %1…").arg(m_state->inventory().zoneName(zone)), this,
                        [this, zone] { openAction(ActionDialog::Action::RollingRestart, -1, zone); })
            ->setObjectName(QStringLiteral("rollingRestartZoneAction"));
    } else {
        delete menu;
        return;
    }
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::openAddFleetWizard()
{
    auto* wizard = new AddFleetWizard(m_state->inventory(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

} // namespace fleetdeck::ui
