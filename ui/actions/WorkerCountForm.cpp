#include "actions/WorkerCountForm.h"

#include "fleet/FleetState.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace fleetdeck::ui {

WorkerCountForm::WorkerCountForm(FleetState* state, int server, QWidget* parent)
    : ActionForm(parent), m_state(state), m_server(server)
{
    const ServerSpec& spec = state->spec(server);
    const auto& snapshot = state->runtime(server).snapshot;
    m_current = snapshot ? snapshot->workersConfigured : -1;

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    auto* now = new QLabel(m_current >= 0 ? tr("%1 · now %n worker(s)", nullptr, m_current).arg(spec.name)
                                          : tr("%1 · worker count not reported yet").arg(spec.name),
                           this);
    now->setObjectName(QStringLiteral("currentWorkersLabel"));
    m_form->addRow(tr("Server"), now);

    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("workerCountSpinBox"));
    m_count->setSuffix(tr(" workers"));
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 workers")) + 40);
    m_count->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_form->addRow(tr("New worker &count"), m_count);
}

} // namespace fleetdeck::ui
