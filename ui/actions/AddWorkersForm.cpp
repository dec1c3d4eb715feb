#include "actions/AddWorkersForm.h"

#include "fleet/FleetState.h"
#include "main/LevelBar.h"
#include "style/StatusStyle.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace fleetdeck::ui {

AddWorkersForm::AddWorkersForm(FleetState* state, int server, QWidget* parent)
    : WorkerCountForm(state, server, parent)
{
    setObjectName(QStringLiteral("addWorkersForm"));
    m_count->setRange(std::max(1, m_current + 1), 256);
    m_count->setValue(std::max(1, m_current + 1));
    m_count->setAccelerated(true);
    auto* form = this->form();

    auto* budgetBox = new QVBoxLayout;
    m_bar = new LevelBar(this);
    m_bar->setObjectName(QStringLiteral("budgetBar"));
    m_budget = new QLabel(this);
    m_budget->setObjectName(QStringLiteral("budgetLabel"));
    m_budget->setTextFormat(Qt::PlainText);
    m_budget->setWordWrap(true);
    budgetBox->addWidget(m_bar);
    budgetBox->addWidget(m_budget);
    form->addRow(tr("Memory budget"), budgetBox);

    m_allowOver = new QCheckBox(tr("&Allow over budget (I have checked this server's memory)"), this);
    m_allowOver->setObjectName(QStringLiteral("allowOverBudgetCheckBox"));
    m_allowOver->setChecked(false);
    form->addRow(QString(), m_allowOver);

    connect(m_count, &QSpinBox::valueChanged, this, [this] {
        updateBudget();
        Q_EMIT changed();
    });
    connect(m_allowOver, &QCheckBox::toggled, this, &ActionForm::changed);
    updateBudget();
}

QString AddWorkersForm::title() const
{
    return tr("Add workers — %1").arg(m_state->spec(m_server).name);
}

QString AddWorkersForm::budgetText(const ServerSpec& spec, int workers)
{
    const QLocale locale;
    const int mb = workers * spec.workerIdleMb;
    const int safe = spec.safeWorkerCount();
    const QString numbers = tr("%1 × %2 MB = %3 MB of %4 MB")
                                .arg(workers)
                                .arg(spec.workerIdleMb)
                                .arg(locale.toString(mb), locale.toString(spec.memoryBudgetMb()));
    if (workers > safe)
        return tr("%1 — over budget; safe maximum %2").arg(numbers).arg(safe);
    if (workers == safe)
        return tr("%1 — the safe maximum (the budget rounded to the nearest worker)").arg(numbers);
    return tr("%1 — within budget; safe maximum %2").arg(numbers).arg(safe);
}

void AddWorkersForm::updateBudget()
{
    const ServerSpec& spec = m_state->spec(m_server);
    const int n = m_count->value();
    const int safe = spec.safeWorkerCount();
    const int budget = spec.memoryBudgetMb();
    m_bar->setMaximum(
        std::max({double(budget), double(n * spec.workerIdleMb), double(safe * spec.workerIdleMb)}) * 1.1);
    m_bar->setValue(n * spec.workerIdleMb);
    m_bar->setSolidMarker(budget);
    m_bar->setDashedMarker(double(safe) * spec.workerIdleMb);
    m_bar->setFillColor(StatusStyle::of(n > safe ? ServerStatus::Critical : ServerStatus::Ok).color);
    m_bar->setToolTip(tr("Solid line: the budget, %1 % of the RAM (%2 MB); dashed: the safe count")
                          .arg(spec.memoryBudgetPercent())
                          .arg(QLocale().toString(budget)));
    m_budget->setText(budgetText(spec, n));
    m_allowOver->setEnabled(n > safe);
}

ServerRequests AddWorkersForm::requests() const
{
    ServerRequest r;
    r.server = m_state->spec(m_server).name;
    r.request.action = QStringLiteral("add-workers");
    r.request.target = m_count->value();
    r.request.options.allowOverBudget = m_allowOver->isChecked() && m_allowOver->isEnabled();
    return {r};
}

QString AddWorkersForm::problem() const
{
    if (m_current >= 0 && m_count->value() <= m_current)
        return tr("The new count must be above the current %1.").arg(m_current);
    return {};
}

} // namespace fleetdeck::ui
