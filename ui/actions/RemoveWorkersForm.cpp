#include "actions/RemoveWorkersForm.h"

#include "fleet/FleetState.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace fleetdeck::ui {

RemoveWorkersForm::RemoveWorkersForm(FleetState* state, int server, QWidget* parent)
    : WorkerCountForm(state, server, parent)
{
    setObjectName(QStringLiteral("removeWorkersForm"));
    m_count->setRange(1, std::max(1, m_current > 0 ? m_current - 1 : 256));
    m_count->setValue(std::max(1, m_current - 1));
    auto* form = this->form();

    m_calls = new QLabel(this);
    m_calls->setObjectName(QStringLiteral("callsInProgressLabel"));
    m_calls->setWordWrap(true);
    form->addRow(tr("Calls in progress"), m_calls);

    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("drainTimeoutSpinBox"));
    m_timeout->setRange(5, 3600);
    m_timeout->setValue(120);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_timeout->setToolTip(tr("How long to wait for the calls on the removed workers to end"));
    form->addRow(tr("&Drain timeout"), m_timeout);

    m_force = new QCheckBox(tr("&Force: stop them anyway after the timeout (drops their calls)"), this);
    m_force->setObjectName(QStringLiteral("forceCheckBox"));
    m_force->setChecked(false);
    form->addRow(QString(), m_force);

    connect(m_count, &QSpinBox::valueChanged, this, [this] {
        updateCalls();
        Q_EMIT changed();
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, &ActionForm::changed);
    connect(m_force, &QCheckBox::toggled, this, &ActionForm::changed);
    connect(m_state, &FleetState::serverChanged, this, [this](int index) {
        if (index == m_server)
            updateCalls();
    });
    updateCalls();
}

QString RemoveWorkersForm::title() const
{
    return tr("Remove workers — %1").arg(m_state->spec(m_server).name);
}

int RemoveWorkersForm::callsOnRemoved(int target) const
{
    const auto& snapshot = m_state->runtime(m_server).snapshot;
    if (!snapshot)
        return 0;
    int calls = 0;
    for (const WorkerStatus& w : snapshot->workers)
        if (w.id > target &&
            (w.state == WorkerState::Busy || (w.state == WorkerState::Draining && !w.callId.isEmpty())))
            ++calls;
    return calls;
}

void RemoveWorkersForm::updateCalls()
{
    const int target = m_count->value();
    if (m_current < 0) {
        m_calls->setText(tr("not known (no health report yet)"));
        return;
    }
    const int removed = m_current - target;
    const int calls = callsOnRemoved(target);
    const QString workers =
        removed == 1 ? tr("worker %1").arg(m_current) : tr("workers %1–%2").arg(target + 1).arg(m_current);
    m_calls->setText(
        calls == 0
            ? tr("none on %1 (the ones removed)").arg(workers)
            : tr("%n call(s) on %1 (the ones removed): they are waited for", nullptr, calls).arg(workers));
}

ServerRequests RemoveWorkersForm::requests() const
{
    ServerRequest r;
    r.server = m_state->spec(m_server).name;
    r.request.action = QStringLiteral("remove-workers");
    r.request.target = m_count->value();
    r.request.options.force = m_force->isChecked();
    r.request.options.drainTimeoutMs = m_timeout->value() * 1000;
    return {r};
}

QString RemoveWorkersForm::problem() const
{
    if (m_current >= 0 && m_count->value() >= m_current)
        return tr("The new count must be below the current %1.").arg(m_current);
    return {};
}

} // namespace fleetdeck::ui
