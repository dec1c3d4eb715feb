#pragma once

#include "alerts/Alert.h"

#include <QDockWidget>

class QLabel;
class QListView;
class QStackedLayout;

namespace fleetdeck {
class AlertEngine;
class AlertListModel;
} // namespace fleetdeck

namespace fleetdeck::ui {

/// The current alerts, newest first, each with what to do (objectName alertsDock; the list is
/// alertsListView). Activating an alert (double-click, Enter) names its subject.
class AlertsDock : public QDockWidget
{
    Q_OBJECT

public:
    AlertsDock(AlertEngine* engine, QWidget* parent = nullptr);

    QListView* listView() const { return m_list; }
    AlertListModel* model() const { return m_model; }

Q_SIGNALS:
    void subjectActivated(fleetdeck::Alert::Subject kind, const QString& subject);

private:
    void updateTitle();

    AlertEngine* m_engine;
    AlertListModel* m_model;
    QListView* m_list;
    QLabel* m_empty;
    QStackedLayout* m_stack;
};

} // namespace fleetdeck::ui
