#include "alerts/AlertsDock.h"

#include "alerts/AlertDelegate.h"
#include "alerts/AlertEngine.h"
#include "alerts/AlertListModel.h"

#include <QLabel>
#include <QListView>
#include <QStackedLayout>

namespace fleetdeck::ui {

AlertsDock::AlertsDock(AlertEngine* engine, QWidget* parent)
    : QDockWidget(parent), m_engine(engine), m_model(new AlertListModel(engine, this))
{
    setObjectName(QStringLiteral("alertsDock"));
    auto* content = new QWidget(this);
    m_stack = new QStackedLayout(content);
    m_list = new QListView(content);
    m_list->setObjectName(QStringLiteral("alertsListView"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new AlertDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Alerts"));
    m_empty = new QLabel(tr("✓ No alerts"), content);
    m_empty->setObjectName(QStringLiteral("noAlertsLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);
    setWidget(content);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);

    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT subjectActivated(
            static_cast<Alert::Subject>(index.data(AlertListModel::SubjectKindRole).toInt()),
            index.data(AlertListModel::SubjectRole).toString());
    });
    // Once per evaluation (after the model has synced: it connected first), not once per row.
    connect(m_engine, &AlertEngine::alertsChanged, this, &AlertsDock::updateTitle);
    updateTitle();
}

void AlertsDock::updateTitle()
{
    const int critical = m_engine->count(Alert::Severity::Critical);
    const int warning = m_engine->count(Alert::Severity::Warning);
    if (critical + warning == 0)
        setWindowTitle(tr("Alerts"));
    else
        setWindowTitle(tr("Alerts — %1 critical, %2 warning").arg(critical).arg(warning));
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_list);
}

} // namespace fleetdeck::ui
