#include "wall/WallHeatmap.h"

#include "fleet/FleetState.h"
#include "style/StatusStyle.h"

#include <QPainter>

namespace fleetdeck::ui {

namespace {

const QColor kBusy(0x00, 0x72, 0xB2);     // Okabe–Ito blue
const QColor kIdle(0x56, 0xB4, 0xE9);     // sky blue outline
const QColor kStarting(0xF0, 0xE4, 0x42); // yellow
const QColor kDraining(0xE6, 0x9F, 0x00); // orange
const QColor kDown(0xD5, 0x5E, 0x00);     // vermillion

void paintCell(QPainter& p, const QRectF& r, WorkerState state)
{
    const qreal w = std::max<qreal>(1.5, r.width() / 10);
    switch (state) {
    case WorkerState::Busy:
        p.fillRect(r, kBusy);
        break;
    case WorkerState::Idle:
        p.setPen(QPen(kIdle, w));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(w / 2, w / 2, -w / 2, -w / 2));
        break;
    case WorkerState::Starting:
        p.fillRect(r, QBrush(kStarting, Qt::Dense5Pattern));
        p.setPen(QPen(kStarting, w));
        p.drawRect(r.adjusted(w / 2, w / 2, -w / 2, -w / 2));
        break;
    case WorkerState::Draining:
        p.fillRect(r, QBrush(kDraining, Qt::BDiagPattern));
        p.setPen(QPen(kDraining, w));
        p.drawRect(r.adjusted(w / 2, w / 2, -w / 2, -w / 2));
        break;
    case WorkerState::Down:
        p.setPen(QPen(kDown, w * 1.5));
        p.drawLine(r.topLeft() + QPointF(w, w), r.bottomRight() - QPointF(w, w));
        p.drawLine(r.topRight() + QPointF(-w, w), r.bottomLeft() + QPointF(w, -w));
        break;
    }
}

} // namespace

WallHeatmap::WallHeatmap(FleetState* state, QWidget* parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("wallHeatmapWidget"));
    for (const ZoneSpec& z : state->inventory().zones) {
        const QList<int> servers = state->serversInZone(z.id);
        if (servers.isEmpty())
            continue;
        m_order.append(servers);
        m_zones.append({state->inventory().zoneName(z.id), servers});
    }
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void WallHeatmap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    p.setRenderHint(QPainter::Antialiasing);
    if (m_order.isEmpty())
        return;
    int maxWorkers = 1;
    for (int s : m_order) {
        const auto& r = m_state->runtime(s);
        if (r.snapshot)
            maxWorkers = std::max<int>(maxWorkers, std::max<int>(r.snapshot->workersConfigured, r.snapshot->workers.size()));
    }
    // Rows: one per server plus a header per zone (60 % height) and the legend.
    const int rows = static_cast<int>(m_order.size());
    const double units = rows + 0.6 * m_zones.size() + 1.0;
    const int rowHeight = std::clamp(int(height() / units), 6, 110);
    const int headerHeight = rowHeight * 6 / 10;
    QFont f = font();
    f.setPixelSize(std::clamp(rowHeight * 45 / 100, 8, 40));
    f.setBold(true);
    QFont headerFont = f;
    headerFont.setPixelSize(std::clamp(headerHeight * 60 / 100, 8, 30));
    const int nameWidth = std::min(width() / 3, QFontMetrics(f).horizontalAdvance(QStringLiteral("fleet-us-east-12 ")) + 20);
    const int cell = std::max(2, std::min(rowHeight - 4, (width() - nameWidth - 20) / maxWorkers));
    int y = 0;
    for (const auto& [zoneName, servers] : m_zones) {
        p.setFont(headerFont);
        p.setPen(QColor(0x9a, 0xa0, 0xa6));
        const QRect header(10, y, width() - 20, headerHeight);
        p.drawText(header, Qt::AlignLeft | Qt::AlignBottom, zoneName.toUpper());
        p.drawLine(header.bottomLeft() + QPoint(QFontMetrics(headerFont).horizontalAdvance(zoneName.toUpper()) + 12, -headerHeight / 4),
                   header.bottomRight() + QPoint(0, -headerHeight / 4));
        y += headerHeight;
        p.setFont(f);
        for (int server : servers) {
            paintRow(p, server, QRect(0, y, width(), rowHeight), nameWidth, cell);
            y += rowHeight;
        }
    }
    p.setFont(headerFont);
    paintLegend(p, QRect(nameWidth, height() - rowHeight, width() - nameWidth, rowHeight), std::min(cell, headerHeight));
}

void WallHeatmap::paintLegend(QPainter& p, const QRect& area, int cell)
{
    static const struct {
        WorkerState state;
        const char* label;
    } items[] = {{WorkerState::Busy, QT_TR_NOOP("busy")},
                 {WorkerState::Idle, QT_TR_NOOP("idle")},
                 {WorkerState::Starting, QT_TR_NOOP("starting")},
                 {WorkerState::Draining, QT_TR_NOOP("draining")},
                 {WorkerState::Down, QT_TR_NOOP("down")}};
    int x = area.left();
    const int y = area.top() + (area.height() - cell) / 2;
    for (const auto& item : items) {
        paintCell(p, QRectF(x, y, cell, cell), item.state);
        x += cell + 8;
        const QString text = tr(item.label);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x, area.top(), 400, area.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += p.fontMetrics().horizontalAdvance(text) + 32;
    }
}

void WallHeatmap::paintRow(QPainter& p, int server, const QRect& row, int nameWidth, int cell)
{
    const ServerMetrics m = m_state->serverMetrics(server);
    const StatusStyle style = StatusStyle::of(m.status);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(row.adjusted(10, 0, 0, 0).intersected(QRect(row.left(), row.top(), nameWidth, row.height())),
               Qt::AlignVCenter | Qt::AlignLeft, m_state->spec(server).name);
    const auto& runtime = m_state->runtime(server);
    const bool fresh = m.hasData && !m.stale && m.status != ServerStatus::Unreachable;
    if (!fresh || !runtime.snapshot) {
        p.setPen(style.color);
        p.drawText(row.adjusted(nameWidth, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   style.glyph + QLatin1Char(' ') + style.label.toUpper());
        return;
    }
    const int gap = std::max(1, cell / 8);
    int x = row.left() + nameWidth;
    const int y = row.top() + (row.height() - cell) / 2;
    for (const WorkerStatus& w : runtime.snapshot->workers) {
        paintCell(p, QRectF(x + gap / 2.0, y + gap / 2.0, cell - gap, cell - gap), w.state);
        x += cell;
    }
}

} // namespace fleetdeck::ui
