#pragma once

#include "plan/Plan.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace fleetdeck::ui {

class DiffHighlighter;

/// A preview of one or several plans: a summary line, the warnings (memory budget, lint,
/// calls that would be dropped) in a framed box, then tabs with every file's unified diff
/// (coloured by DiffHighlighter) and the numbered commands.
class PlanPreviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPreviewWidget(QWidget* parent = nullptr);

    void setPlans(const QList<Plan>& plans);
    void clear();

    QString diffText() const;
    QString commandsText() const;
    QString warningsText() const;

private:
    QLabel* m_summary;
    QLabel* m_warnings;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_diff;
    QPlainTextEdit* m_commands;
    DiffHighlighter* m_highlighter;
};

} // namespace fleetdeck::ui
