#include "overview/ZoneTile.h"

#include "fleet/FleetState.h"
#include "main/LevelBar.h"
#include "style/StatusStyle.h"
#include "style/Theme.h"

#include <QDateTime>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace fleetdeck::ui {

namespace {
QColor utilizationColor(double u, double warning, double critical)
{
    return StatusStyle::of(u >= critical  ? ServerStatus::Critical
                           : u >= warning ? ServerStatus::Warning
                                          : ServerStatus::Ok)
        .color;
}

/// "✓ Can lose …" → "Can lose …": screen readers get the words, not the glyph's name.
QString withoutGlyph(const QString& text)
{
    if (text.startsWith(QStringLiteral("✓ ")) || text.startsWith(QStringLiteral("✗ ")))
        return text.mid(2);
    return text;
}
} // namespace

ZoneTile::ZoneTile(const FleetState* state, const QString& zoneId, QWidget* parent)
    : QFrame(parent), m_state(state), m_zoneId(zoneId)
{
    setObjectName(QStringLiteral("zoneTile_") + zoneId);
    setAccessibleName(tr("Zone %1").arg(state->inventory().zoneName(zoneId)));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    auto* head = new QHBoxLayout;
    m_title = addLabel(QStringLiteral("zoneTitleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setText(state->inventory().zoneName(zoneId));
    m_status = addLabel(QStringLiteral("zoneStatusLabel"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    head->addWidget(m_title, 1);
    head->addWidget(m_status);
    layout->addLayout(head);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    auto caption = [this](const QString& text) {
        auto* l = new QLabel(text, this);
        l->setForegroundRole(QPalette::PlaceholderText);
        return l;
    };
    m_channels = addLabel(QStringLiteral("zoneChannelsLabel"));
    m_cps = addLabel(QStringLiteral("zoneCpsLabel"));
    m_bar = new LevelBar(this);
    m_bar->setObjectName(QStringLiteral("zoneUtilizationBar"));
    m_utilization = addLabel(QStringLiteral("zoneUtilizationLabel"));
    m_utilization->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_utilization->setMinimumWidth(m_utilization->fontMetrics().horizontalAdvance(QStringLiteral("100 %")) +
                                   4);
    grid->addWidget(caption(tr("Channels")), 0, 0);
    grid->addWidget(m_channels, 0, 1, 1, 2);
    grid->addWidget(caption(tr("CPS")), 1, 0);
    grid->addWidget(m_cps, 1, 1, 1, 2);
    grid->addWidget(caption(tr("Utilization")), 2, 0);
    grid->addWidget(m_bar, 2, 1);
    grid->addWidget(m_utilization, 2, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_limits = addLabel(QStringLiteral("zoneLimitsLabel"));
    m_failover = addLabel(QStringLiteral("zoneFailoverLabel"));
    m_pick = addLabel(QStringLiteral("zonePickLabel"));
    for (QLabel* l : {m_limits, m_failover, m_pick}) {
        l->setWordWrap(true);
        layout->addWidget(l);
    }
    layout->addStretch(1);
    applyFrameStyle();
    refresh();
}

QLabel* ZoneTile::addLabel(const QString& objectName)
{
    auto* l = new QLabel(this);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QSize ZoneTile::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int width = fm.averageCharWidth() * 56;
    return {width, std::max(layout()->heightForWidth(width), fm.height() * 10)};
}

void ZoneTile::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    applyFrameStyle();
}

void ZoneTile::applyFrameStyle()
{
    update();
}

void ZoneTile::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const qreal width = m_selected ? 2.0 : 1.0;
    const QColor border = m_selected ? pal.color(QPalette::Highlight)
                                     : Theme::trackColor(pal).darker(Theme::isDark(pal) ? 70 : 115);
    p.setPen(QPen(border, width));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2), 6, 6);
    if (hasFocus()) {
        // The focus ring: 2 px of the highlight colour inside the border, so a focused tile
        // differs from a merely selected one (whose border is highlighted).
        p.setPen(QPen(pal.color(QPalette::Highlight), 2.0));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect()).adjusted(3, 3, -3, -3), 4, 4);
    }
}

void ZoneTile::focusInEvent(QFocusEvent* event)
{
    QFrame::focusInEvent(event);
    update();
}

void ZoneTile::focusOutEvent(QFocusEvent* event)
{
    QFrame::focusOutEvent(event);
    update();
}

void ZoneTile::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (event->modifiers() & ~Qt::KeypadModifier)
            break;
        Q_EMIT activated(m_zoneId); // exactly what a click does
        event->accept();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (ZoneTile* next = neighbour(event->key()))
            next->setFocus(Qt::OtherFocusReason);
        event->accept();
        return;
    default:
        break;
    }
    QFrame::keyPressEvent(event);
}

ZoneTile* ZoneTile::neighbour(int key) const
{
    if (!parentWidget())
        return nullptr;
    QList<ZoneTile*> tiles;
    for (ZoneTile* t : parentWidget()->findChildren<ZoneTile*>(Qt::FindDirectChildrenOnly))
        if (t->isVisible())
            tiles.append(t);
    const qsizetype at = tiles.indexOf(const_cast<ZoneTile*>(this));
    if (at < 0 || tiles.isEmpty())
        return nullptr;
    switch (key) {
    case Qt::Key_Left:
        return at > 0 ? tiles[at - 1] : nullptr;
    case Qt::Key_Right:
        return at + 1 < tiles.size() ? tiles[at + 1] : nullptr;
    case Qt::Key_Home:
        return tiles.first();
    case Qt::Key_End:
        return tiles.last();
    default:
        break;
    }
    // Up/Down: the nearest tile in the row above/below (the flow layout wraps rows).
    const QPoint here = geometry().center();
    ZoneTile* best = nullptr;
    int bestDy = 0;
    int bestDx = 0;
    for (ZoneTile* t : std::as_const(tiles)) {
        const QPoint c = t->geometry().center();
        const int dy = key == Qt::Key_Up ? here.y() - c.y() : c.y() - here.y();
        if (dy <= height() / 2)
            continue;
        const int dx = std::abs(c.x() - here.x());
        if (!best || dy < bestDy || (dy == bestDy && dx < bestDx)) {
            best = t;
            bestDy = dy;
            bestDx = dx;
        }
    }
    return best;
}

void ZoneTile::setLabelColor(QLabel* label, const QColor& color)
{
    if (label->palette().color(QPalette::WindowText) == color &&
        label->palette().isBrushSet(QPalette::Active, QPalette::WindowText))
        return;
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, color);
    label->setPalette(pal);
}

void ZoneTile::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT activated(m_zoneId);
    QFrame::mousePressEvent(event);
}

void ZoneTile::refresh(qint64 nowMs)
{
    if (nowMs <= 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    const AggregateMetrics z = m_state->zoneMetrics(m_zoneId, nowMs);
    const FleetThresholds& t = m_state->thresholds();
    const QLocale locale;

    const StatusStyle style = StatusStyle::of(z.worst);
    m_status->setText(style.glyph + QLatin1Char(' ') + style.label);
    setLabelColor(m_status, Theme::readable(style.color, palette()));

    m_channels->setText(
        tr("%1 / %2 in use · limit %3")
            .arg(locale.toString(z.busy), locale.toString(z.configured), locale.toString(z.channelLimit)));
    m_cps->setText(tr("%1 of %2 allowed").arg(locale.toString(z.cps, 'f', 1), locale.toString(z.cpsLimit)));
    m_bar->setMaximum(1.0);
    m_bar->setValue(z.utilization);
    m_bar->setDashedMarker(t.utilizationWarning);
    m_bar->setFillColor(utilizationColor(z.utilization, t.utilizationWarning, t.utilizationCritical));
    m_bar->setToolTip(tr("%1 % of the zone's workers busy; the dashed line is the %2 % target")
                          .arg(qRound(z.utilization * 100))
                          .arg(qRound(t.utilizationWarning * 100)));
    m_utilization->setText(z.configured > 0 ? QStringLiteral("%1 %").arg(qRound(z.utilization * 100))
                                            : QStringLiteral("–"));

    m_limits->setText(limitsText(nowMs));
    bool ok = false;
    const QString failover = failoverText(nowMs, ok);
    m_failover->setText(failover);
    const QColor fColor = StatusStyle::of(ok ? ServerStatus::Ok : ServerStatus::Critical).color;
    setLabelColor(m_failover, Theme::readable(fColor, palette()));
    const QString description = accessibleSummary(z, style.label, failover);
    if (description != accessibleDescription())
        setAccessibleDescription(description);

    if (z.pickServer >= 0)
        m_pick->setText(tr("Next outbound call → %1 (%n free)", nullptr, z.pickFree)
                            .arg(m_state->spec(z.pickServer).name));
    else
        m_pick->setText(tr("Next outbound call → none: no server with a free worker"));
    setToolTip(tr("%1: %2 of %n server(s) reporting", nullptr, z.servers)
                   .arg(m_state->inventory().zoneName(m_zoneId))
                   .arg(z.reporting));
}

QString ZoneTile::accessibleSummary(const AggregateMetrics& z, const QString& status,
                                    const QString& failover) const
{
    const QLocale locale;
    QStringList parts;
    parts << tr("Status: %1.").arg(status);
    parts << tr("%1 of %2 channels in use (limit %3).")
                 .arg(locale.toString(z.busy), locale.toString(z.configured),
                      locale.toString(z.channelLimit));
    if (z.configured > 0)
        parts << tr("Utilization %1 % (target %2 %).")
                     .arg(qRound(z.utilization * 100))
                     .arg(qRound(m_state->thresholds().utilizationWarning * 100));
    parts << withoutGlyph(failover) + QLatin1Char('.');
    return parts.join(QLatin1Char(' '));
}

QString ZoneTile::limitsText(qint64 nowMs) const
{
    const QList<int> servers = m_state->serversInZone(m_zoneId);
    if (servers.isEmpty())
        return tr("No servers in this zone");
    const QLocale locale;
    const ServerSpec& first = m_state->spec(servers.first());
    QStringList over;
    for (int i : servers) {
        const ServerMetrics m = m_state->serverMetrics(i, nowMs);
        const ServerSpec& s = m_state->spec(i);
        if (m.hasData && (m.busy > s.channelLimit || m.cps > s.cpsLimit))
            over.append(s.name);
    }
    QString text = tr("Per-server limits %1 ch, %2 CPS")
                       .arg(locale.toString(first.channelLimit), locale.toString(first.cpsLimit));
    if (over.isEmpty())
        return text + tr(": all within");
    return text + tr(": over on %1").arg(over.join(QStringLiteral(", ")));
}

QString ZoneTile::failoverText(qint64 nowMs, bool& ok) const
{
    const AggregateMetrics z = m_state->zoneMetrics(m_zoneId, nowMs);
    ok = z.canLoseLargest;
    if (z.reporting == 0)
        return tr("✗ No server reporting: cannot judge failover");
    if (z.reporting == 1)
        return z.servers == 1 ? tr("✗ Single server: losing it drops every call in the zone")
                              : tr("✗ Only one server reporting: losing it drops every call in the zone");
    int largest = -1;
    for (int i : m_state->serversInZone(m_zoneId)) {
        const ServerMetrics m = m_state->serverMetrics(i, nowMs);
        if (m.hasData && !m.stale && m.status != ServerStatus::Unreachable &&
            m.configured == z.largestServerCapacity) {
            largest = i;
            break;
        }
    }
    const QString name = largest >= 0 ? m_state->spec(largest).name : QString();
    const int rest = z.configured - z.largestServerCapacity;
    if (ok)
        return tr("✓ Can lose %1 (its largest server): the other %2 workers hold the %n call(s) in progress",
                  nullptr, z.busy)
            .arg(name)
            .arg(rest);
    return tr("✗ Cannot lose %1: the other %2 workers cannot hold the %n call(s) in progress", nullptr,
              z.busy)
        .arg(name)
        .arg(rest);
}

} // namespace fleetdeck::ui
