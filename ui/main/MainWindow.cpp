#include "main/MainWindow.h"

#include "fleet/FleetState.h"
#include "items/FleetTreeModel.h"
#include "items/ServerColumns.h"
#include "main/StatusDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace fleetdeck::ui {

MainWindow::MainWindow(FleetState* state, QWidget* parent)
    : QMainWindow(parent), m_state(state), m_model(new FleetTreeModel(state, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Fleetdeck — %1").arg(state->inventory().sourcePath.isEmpty() ? tr("fleet") : state->inventory().sourcePath));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("fleetSummaryLabel"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_summary->setFont(big);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    m_tree = new QTreeView(central);
    m_tree->setObjectName(QStringLiteral("fleetTreeView"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new StatusDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->expandAll();
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(ServerColumns::Name, QHeaderView::ResizeToContents);
    m_tree->setColumnWidth(ServerColumns::Status, 150);
    m_tree->setColumnWidth(ServerColumns::Busy, 110);
    m_tree->setColumnWidth(ServerColumns::Cps, 80);
    m_tree->setColumnWidth(ServerColumns::Utilization, 150);
    layout->addWidget(m_tree, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("pollStatusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel);

    m_summaryTimer.setInterval(500);
    connect(&m_summaryTimer, &QTimer::timeout, this, &MainWindow::refreshSummary);
    m_summaryTimer.start();
    refreshSummary();
    resize(1100, 640);
}

bool MainWindow::selectServer(const QString& name)
{
    const int server = m_state->indexOf(name);
    if (server < 0)
        return false;
    m_tree->setCurrentIndex(m_model->indexForServer(server));
    return true;
}

void MainWindow::refreshSummary()
{
    const AggregateMetrics f = m_state->fleetMetrics();
    QString pick = tr("none");
    if (f.pickServer >= 0)
        pick = tr("%1 (%n free)", nullptr, f.pickFree).arg(m_state->spec(f.pickServer).name);
    m_summary->setText(tr("<b>%1 / %2</b> channels in use (%3 %) &nbsp;·&nbsp; <b>%4</b> CPS &nbsp;·&nbsp; "
                          "next outbound call → <b>%5</b>")
                           .arg(f.busy)
                           .arg(f.configured)
                           .arg(qRound(f.utilization * 100))
                           .arg(f.cps, 0, 'f', 1)
                           .arg(pick));
    m_statusLabel->setText(tr("%1 of %2 servers reporting").arg(f.reporting).arg(f.servers));
}

} // namespace fleetdeck::ui
