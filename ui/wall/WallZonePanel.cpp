#include "wall/WallZonePanel.h"

#include "fleet/FleetState.h"
#include "style/StatusStyle.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace fleetdeck::ui {

WallZonePanel::WallZonePanel(FleetState* state, QWidget* parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("wallZonePanel"));
    auto* grid = new QGridLayout(this);
    grid->setSpacing(24);
    const auto& zones = state->inventory().zones;
    const int columns = zones.size() <= 2 ? static_cast<int>(zones.size()) : static_cast<int>(std::ceil(std::sqrt(double(zones.size()))));
    for (int i = 0; i < zones.size(); ++i) {
        auto* frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("wallZoneTile_") + zones[i].id);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setAutoFillBackground(true);
        auto* box = new QVBoxLayout(frame);
        Tile t{zones[i].id, new QLabel(frame), new QLabel(frame), new QLabel(frame)};
        t.title->setText(state->inventory().zoneName(zones[i].id));
        frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: #1d2127; border-radius: 12px; } QLabel { color: #eeeeee; }")
                                 .arg(frame->objectName()));
        box->addStretch(1);
        for (auto [label, scale, bold] : {std::tuple{t.title, 3.0, true}, std::tuple{t.channels, 7.0, true}, std::tuple{t.detail, 2.3, false}}) {
            QFont f = label->font();
            f.setPointSizeF(f.pointSizeF() * scale);
            f.setBold(bold);
            label->setFont(f);
            label->setAlignment(Qt::AlignCenter);
            label->setWordWrap(true);
            box->addWidget(label);
        }
        box->addStretch(1);
        grid->addWidget(frame, i / std::max(1, columns), i % std::max(1, columns));
        m_tiles.append(t);
    }
    refresh();
}

void WallZonePanel::refresh()
{
    for (const Tile& t : m_tiles) {
        const AggregateMetrics a = m_state->zoneMetrics(t.zoneId);
        const StatusStyle style = StatusStyle::of(a.worst);
        t.title->setText(QStringLiteral("%1  %2").arg(style.glyph, m_state->inventory().zoneName(t.zoneId)));
        t.title->setStyleSheet(QStringLiteral("color: %1").arg(style.color.name()));
        t.channels->setText(tr("%1 / %2").arg(a.busy).arg(a.configured));
        t.channels->setToolTip(tr("channels in use / workers"));
        QString lose = a.canLoseLargest ? tr("✓ can lose its largest server") : tr("✕ cannot lose its largest server");
        t.detail->setText(tr("%1 % of capacity (target ≤ 50 %)\n%2 CPS · %3 of %4 servers reporting\n%5")
                              .arg(qRound(a.utilization * 100))
                              .arg(a.cps, 0, 'f', 1)
                              .arg(a.reporting)
                              .arg(a.servers)
                              .arg(lose));
    }
}

} // namespace fleetdeck::ui
