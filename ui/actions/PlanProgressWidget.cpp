#include "actions/PlanProgressWidget.h"

#include "style/Theme.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fleetdeck::ui {

namespace {
constexpr int kStateRole = Qt::UserRole + 1;

QString seconds(qint64 ms)
{
    return QCoreApplication::translate("fleetdeck::ui::PlanProgressWidget", "%1 s")
        .arg(QLocale().toString(ms / 1000.0, 'f', 1));
}
} // namespace

PlanProgressWidget::PlanProgressWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("planProgressWidget"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("resultBannerLabel"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("progressSplitter"));
    m_steps = new QTreeWidget(split);
    m_steps->setObjectName(QStringLiteral("stepTreeWidget"));
    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({tr("Step"), tr("State"), tr("Time")});
    m_steps->setRootIsDecorated(true);
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_output = new QPlainTextEdit(split);
    m_output->setObjectName(QStringLiteral("outputTextEdit"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("Command output appears here as it arrives."));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    layout->addWidget(m_elapsed);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &PlanProgressWidget::tick);
}

QString PlanProgressWidget::stateText(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("○ pending");
    case StepState::Running:
        return tr("◔ running");
    case StepState::Ok:
        return tr("✓ ok");
    case StepState::Failed:
        return tr("✗ failed");
    case StepState::RolledBack:
        return tr("↶ rolled back");
    case StepState::NotRun:
        return tr("– not run");
    }
    return {};
}

void PlanProgressWidget::start(const QList<Plan>& plans)
{
    m_steps->clear();
    m_output->clear();
    m_banner->hide();
    for (const Plan& p : plans) {
        auto* top = new QTreeWidgetItem(m_steps, {tr("%1 — %2").arg(p.server, p.summary)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (int i = 0; i < p.steps.size(); ++i) {
            auto* item =
                new QTreeWidgetItem(top, {QStringLiteral("%1. %2").arg(i + 1).arg(p.steps.at(i).title)});
            item->setToolTip(0, p.steps.at(i).title);
            setStepState(item, StepState::Pending);
        }
    }
    m_steps->expandAll();
    m_plan = 0;
    m_step = -1;
    m_clock.start();
    m_timer.start();
    tick();
}

QTreeWidgetItem* PlanProgressWidget::stepItem(int planIndex, int step) const
{
    QTreeWidgetItem* top = m_steps->topLevelItem(planIndex);
    return top && step >= 0 && step < top->childCount() ? top->child(step) : nullptr;
}

PlanProgressWidget::StepState PlanProgressWidget::stepState(int planIndex, int step) const
{
    QTreeWidgetItem* item = stepItem(planIndex, step);
    return item ? static_cast<StepState>(item->data(1, kStateRole).toInt()) : StepState::NotRun;
}

void PlanProgressWidget::setStepState(QTreeWidgetItem* item, StepState state)
{
    item->setData(1, kStateRole, int(state));
    item->setText(1, stateText(state));
    QColor color;
    switch (state) {
    case StepState::Running:
        color = QColor(0x1f, 0x6f, 0xd0);
        break;
    case StepState::Ok:
        color = QColor(0x2e, 0x8b, 0x3e);
        break;
    case StepState::Failed:
        color = QColor(0xc6, 0x28, 0x28);
        break;
    case StepState::RolledBack:
        color = QColor(0xd0, 0x7a, 0x00);
        break;
    case StepState::Pending:
    case StepState::NotRun:
        item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        return;
    }
    item->setForeground(1, Theme::readable(color, palette()));
}

void PlanProgressWidget::onPlanStarted(int planIndex)
{
    m_plan = planIndex;
    m_step = -1;
    if (QTreeWidgetItem* top = m_steps->topLevelItem(planIndex))
        m_steps->scrollToItem(top);
    m_output->appendPlainText(tr("=== %1").arg(
        m_steps->topLevelItem(planIndex) ? m_steps->topLevelItem(planIndex)->text(0) : QString()));
}

void PlanProgressWidget::onStepStarted(int index, int total, const QString& title)
{
    m_step = index;
    m_stepClock.start();
    if (QTreeWidgetItem* item = stepItem(m_plan, index)) {
        setStepState(item, StepState::Running);
        m_steps->scrollToItem(item);
        m_steps->setCurrentItem(item);
    }
    m_output->appendPlainText(QStringLiteral("[%1/%2] %3").arg(index + 1).arg(total).arg(title));
}

void PlanProgressWidget::onStepFinished(int index, bool ok, const QString& detail)
{
    if (QTreeWidgetItem* item = stepItem(m_plan, index)) {
        setStepState(item, ok ? StepState::Ok : StepState::Failed);
        item->setText(2, seconds(m_stepClock.elapsed()));
        if (!detail.isEmpty())
            item->setToolTip(1, detail);
    }
    if (!detail.isEmpty())
        m_output->appendPlainText(ok ? QStringLiteral("    %1").arg(detail)
                                     : tr("    FAILED: %1").arg(detail));
}

void PlanProgressWidget::onOutput(const QString& text)
{
    QString indented = text;
    if (indented.endsWith(QLatin1Char('\n')))
        indented.chop(1);
    m_output->appendPlainText(QStringLiteral("    | ") +
                              indented.replace(QLatin1Char('\n'), QStringLiteral("\n    | ")));
}

void PlanProgressWidget::onPlanFinished(int planIndex, const PlanRunResult& result)
{
    QTreeWidgetItem* top = m_steps->topLevelItem(planIndex);
    if (!top)
        return;
    const bool undone = result.outcome == PlanRunResult::Outcome::Failed ||
                        result.outcome == PlanRunResult::Outcome::Cancelled;
    for (int i = 0; i < top->childCount(); ++i) {
        const StepState s = stepState(planIndex, i);
        if (s == StepState::Pending)
            setStepState(top->child(i), StepState::NotRun);
        else if (s == StepState::Running)
            setStepState(top->child(i), undone ? StepState::RolledBack : StepState::Failed);
        else if (s == StepState::Ok && undone)
            setStepState(top->child(i), StepState::RolledBack);
    }
    m_output->appendPlainText(result.message);
}

void PlanProgressWidget::onFinished(const PlanRunResult& result, bool cancelRequested)
{
    m_timer.stop();
    tick();
    for (int p = 0; p < m_steps->topLevelItemCount(); ++p)
        for (int i = 0; i < m_steps->topLevelItem(p)->childCount(); ++i)
            if (stepState(p, i) == StepState::Pending)
                setStepState(m_steps->topLevelItem(p)->child(i), StepState::NotRun);
    const QString dropped = tr("Calls dropped: %1.").arg(result.callsDropped);
    using O = PlanRunResult::Outcome;
    switch (result.outcome) {
    case O::Done:
        setBanner(tr("✓ Done. %1 %2").arg(result.message, dropped), QColor(0xe3, 0xf6, 0xe6),
                  QColor(0x1b, 0x5e, 0x20));
        break;
    case O::Failed:
    case O::Cancelled:
        setBanner((cancelRequested || result.outcome == O::Cancelled
                       ? tr("↶ Cancelled and rolled back. %1 %2")
                       : tr("↶ Rolled back. %1 %2"))
                      .arg(result.message, dropped),
                  QColor(0xff, 0xf1, 0xd6), QColor(0x6d, 0x41, 0x00));
        break;
    case O::RollbackIncomplete:
    case O::Stale:
    case O::Refused:
        setBanner(tr("✗ %1 %2").arg(result.message, dropped), QColor(0xfd, 0xe4, 0xe4),
                  QColor(0x8e, 0x10, 0x10));
        break;
    }
}

void PlanProgressWidget::showCancelling()
{
    setBanner(tr("Cancelling: stopping at the next safe point, then rolling back what was changed…"),
              QColor(0xff, 0xf1, 0xd6), QColor(0x6d, 0x41, 0x00));
}

void PlanProgressWidget::setBanner(const QString& text, const QColor& background, const QColor& foreground)
{
    const bool dark = Theme::isDark(palette());
    const QColor bg = dark ? foreground.darker(180) : background;
    const QColor fg = dark ? background : foreground;
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                                           "border-radius: 4px; padding: 8px; font-weight: bold; }")
                                .arg(bg.name(), fg.name(), fg.name()));
    m_banner->setText(text);
    m_banner->show();
}

QString PlanProgressWidget::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void PlanProgressWidget::tick()
{
    const qint64 s = m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
    m_elapsed->setText(tr("Elapsed %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
}

} // namespace fleetdeck::ui
