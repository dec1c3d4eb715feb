#include "actions/RestartForm.h"

#include "fleet/FleetState.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTreeWidget>

namespace fleetdeck::ui {

namespace {
constexpr int kServerRole = Qt::UserRole + 1;
}

RestartForm::RestartForm(FleetState* state, int server, const QString& zone, QWidget* parent)
    : ActionForm(parent), m_state(state)
{
    setObjectName(QStringLiteral("restartForm"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);

    m_servers = new QTreeWidget(this);
    m_servers->setObjectName(QStringLiteral("serverTreeWidget"));
    m_servers->setHeaderHidden(true);
    m_servers->setRootIsDecorated(true);
    m_servers->setUniformRowHeights(true);
    const Inventory& inv = state->inventory();
    for (const ZoneSpec& z : inv.zones) {
        auto* zoneItem = new QTreeWidgetItem(m_servers, {tr("%1 (%2)").arg(z.name, z.id)});
        zoneItem->setFlags(zoneItem->flags() | Qt::ItemIsAutoTristate | Qt::ItemIsUserCheckable);
        for (int i = 0; i < inv.servers.size(); ++i) {
            const ServerSpec& s = inv.servers.at(i);
            if (s.zone != z.id)
                continue;
            auto* item = new QTreeWidgetItem(zoneItem, {tr("%1 · %2").arg(s.name, s.host)});
            item->setData(0, kServerRole, s.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, i == server || (!zone.isEmpty() && s.zone == zone) ? Qt::Checked
                                                                                      : Qt::Unchecked);
        }
        if (zoneItem->childCount() == 0)
            delete zoneItem;
    }
    m_servers->expandAll();
    m_servers->setMinimumHeight(m_servers->sizeHintForRow(0) * 6);
    form->addRow(tr("&Servers"), m_servers);

    auto* modes = new QHBoxLayout;
    m_drain = new QRadioButton(tr("&Drain (no call dropped)"), this);
    m_drain->setObjectName(QStringLiteral("drainRadioButton"));
    m_immediate = new QRadioButton(tr("&Immediate (drops calls)"), this);
    m_immediate->setObjectName(QStringLiteral("immediateRadioButton"));
    m_drain->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_drain);
    group->addButton(m_immediate);
    modes->addWidget(m_drain);
    modes->addWidget(m_immediate);
    modes->addStretch(1);
    form->addRow(tr("Mode"), modes);
    m_modeNote = new QLabel(this);
    m_modeNote->setObjectName(QStringLiteral("modeNoteLabel"));
    m_modeNote->setWordWrap(true);
    m_modeNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_modeNote);

    m_pause = new QDoubleSpinBox(this);
    m_pause->setObjectName(QStringLiteral("pauseSpinBox"));
    m_pause->setRange(0, 600);
    m_pause->setDecimals(1);
    m_pause->setValue(5);
    m_pause->setSuffix(tr(" s"));
    m_pause->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("&Pause between workers"), m_pause);

    connect(m_servers, &QTreeWidget::itemChanged, this, &ActionForm::changed);
    connect(m_drain, &QRadioButton::toggled, this, [this] {
        updateModeNote();
        Q_EMIT changed();
    });
    connect(m_pause, &QDoubleSpinBox::valueChanged, this, &ActionForm::changed);
    updateModeNote();
}

void RestartForm::updateModeNote()
{
    m_modeNote->setText(
        m_drain->isChecked()
            ? tr("Each worker is taken out of nginx, its call is waited for, then it restarts "
                 "and goes back in. One worker down at a time.")
            : tr("The seed's loop: each worker restarts at once and its call, if any, is "
                 "dropped. The drops are counted and reported."));
}

QStringList RestartForm::checkedServers() const
{
    QStringList out;
    for (int z = 0; z < m_servers->topLevelItemCount(); ++z) {
        QTreeWidgetItem* zone = m_servers->topLevelItem(z);
        for (int i = 0; i < zone->childCount(); ++i)
            if (zone->child(i)->checkState(0) == Qt::Checked)
                out << zone->child(i)->data(0, kServerRole).toString();
    }
    return out;
}

void RestartForm::setCheckedServers(const QStringList& names)
{
    for (int z = 0; z < m_servers->topLevelItemCount(); ++z) {
        QTreeWidgetItem* zone = m_servers->topLevelItem(z);
        for (int i = 0; i < zone->childCount(); ++i)
            zone->child(i)->setCheckState(0, names.contains(zone->child(i)->data(0, kServerRole).toString())
                                                 ? Qt::Checked
                                                 : Qt::Unchecked);
    }
}

void RestartForm::setDefaults(bool drain, double pauseSeconds)
{
    (drain ? m_drain : m_immediate)->setChecked(true);
    m_pause->setValue(pauseSeconds);
}

QString RestartForm::title() const
{
    const QStringList servers = checkedServers();
    return servers.size() == 1 ? tr("Rolling restart — %1").arg(servers.first())
                               : tr("Rolling restart — %n server(s)", nullptr, int(servers.size()));
}

ServerRequests RestartForm::requests() const
{
    ServerRequests out;
    for (const QString& name : checkedServers()) {
        ServerRequest r;
        r.server = name;
        r.request.action = QStringLiteral("restart");
        r.request.options.mode =
            m_drain->isChecked() ? PlanOptions::RestartMode::Drain : PlanOptions::RestartMode::Immediate;
        r.request.options.pauseMs = int(m_pause->value() * 1000);
        out << r;
    }
    return out;
}

QString RestartForm::problem() const
{
    return checkedServers().isEmpty() ? tr("Check at least one server.") : QString();
}

} // namespace fleetdeck::ui
