#pragma once

#include "plan/Plan.h"
#include "plan/PlanRunResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace fleetdeck::ui {

/// Applying plans: every step of every plan in a list with its state (pending, running, ok,
/// failed, rolled back) and time, the live command output, the elapsed time, and at the end
/// a banner with the result (done / rolled back and why, calls dropped). Fed by the
/// PlanRunner's signals (ActionDialog connects them).
class PlanProgressWidget : public QWidget
{
    Q_OBJECT

public:
    enum class StepState { Pending, Running, Ok, Failed, RolledBack, NotRun };

    explicit PlanProgressWidget(QWidget* parent = nullptr);

    void start(const QList<Plan>& plans);
    void onPlanStarted(int planIndex);
    void onStepStarted(int index, int total, const QString& title);
    void onStepFinished(int index, bool ok, const QString& detail);
    void onOutput(const QString& text);
    void onPlanFinished(int planIndex, const PlanRunResult& result);
    void onFinished(const PlanRunResult& result, bool cancelRequested);
    /// "Cancelling…" in the banner while the runner reaches a safe point.
    void showCancelling();

    StepState stepState(int planIndex, int step) const;
    QString bannerText() const;
    static QString stateText(StepState state);

private:
    QTreeWidgetItem* stepItem(int planIndex, int step) const;
    void setStepState(QTreeWidgetItem* item, StepState state);
    void setBanner(const QString& text, const QColor& background, const QColor& foreground);
    void tick();

    QTreeWidget* m_steps;
    QPlainTextEdit* m_output;
    QLabel* m_elapsed;
    QLabel* m_banner;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
    int m_plan = 0;
    int m_step = -1;
};

} // namespace fleetdeck::ui
