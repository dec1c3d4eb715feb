#include "actions/PlanPreviewWidget.h"

#include "actions/DiffHighlighter.h"
#include "style/Theme.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fleetdeck::ui {

namespace {
QPlainTextEdit* codeView(const QString& name, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return edit;
}
} // namespace

PlanPreviewWidget::PlanPreviewWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("planPreviewWidget"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const bool dark = Theme::isDark(palette());
    m_warnings->setStyleSheet(
        dark ? QStringLiteral("QLabel { background: #3d3418; color: #f3d98b; border: 1px "
                              "solid #8a7330; border-radius: 4px; padding: 6px; }")
             : QStringLiteral("QLabel { background: #fff6dc; color: #5c4500; border: 1px "
                              "solid #e3bf5a; border-radius: 4px; padding: 6px; }"));
    layout->addWidget(m_warnings);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("previewTabWidget"));
    m_diff = codeView(QStringLiteral("diffTextEdit"), m_tabs);
    m_highlighter = new DiffHighlighter(m_diff->document(), dark);
    m_commands = codeView(QStringLiteral("commandsTextEdit"), m_tabs);
    m_tabs->addTab(m_diff, tr("Changes to files"));
    m_tabs->addTab(m_commands, tr("Steps and commands"));
    layout->addWidget(m_tabs, 1);
    clear();
}

void PlanPreviewWidget::clear()
{
    m_summary->clear();
    m_warnings->clear();
    m_warnings->hide();
    m_diff->clear();
    m_commands->clear();
}

void PlanPreviewWidget::setPlans(const QList<Plan>& plans)
{
    QStringList summary;
    QStringList warnings;
    QString diff;
    QStringList commands;
    int steps = 0;
    for (const Plan& p : plans) {
        summary << tr("%1: %2").arg(p.server, p.summary);
        steps += int(p.steps.size());
        const QString prefix = plans.size() > 1 ? p.server + QStringLiteral(": ") : QString();
        for (const QString& w : p.warnings)
            warnings << QStringLiteral("⚠ ") + prefix + w;
        if (p.callsDroppedIfForced > 0)
            warnings << QStringLiteral("⚠ ") + prefix +
                            tr("%n call(s) in progress would be dropped", nullptr, p.callsDroppedIfForced);
        diff += QString::fromUtf8(p.diffs());
        if (!diff.endsWith(QLatin1Char('\n')) && !diff.isEmpty())
            diff += QLatin1Char('\n');
        commands << tr("# %1 (%2): %3").arg(p.server, p.host, p.summary);
        const QStringList lines = p.commandLines();
        for (int i = 0; i < lines.size(); ++i)
            commands << QStringLiteral("%1. %2").arg(i + 1).arg(lines.at(i));
        commands << tr("# every step, in order:");
        for (int i = 0; i < p.steps.size(); ++i)
            commands
                << QStringLiteral("#  [%1/%2] %3").arg(i + 1).arg(p.steps.size()).arg(p.steps.at(i).title);
        commands << QString();
    }
    m_summary->setText(tr("%1 · %n step(s)", nullptr, steps).arg(summary.join(QStringLiteral(" · "))));
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_diff->setPlainText(diff.isEmpty() ? tr("No file changes.") : diff);
    m_commands->setPlainText(commands.join(QLatin1Char('\n')));
    m_tabs->setCurrentIndex(0);
}

QString PlanPreviewWidget::diffText() const
{
    return m_diff->toPlainText();
}

QString PlanPreviewWidget::commandsText() const
{
    return m_commands->toPlainText();
}

QString PlanPreviewWidget::warningsText() const
{
    return m_warnings->text();
}

} // namespace fleetdeck::ui
