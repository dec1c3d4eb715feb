#include "server/OccupancyGrid.h"

#include "style/Theme.h"
#include "style/WorkerStyle.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace fleetdeck::ui {

OccupancyGrid::OccupancyGrid(QWidget* parent)
    : QWidget(parent), m_placeholder(tr("No data yet")),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("occupancyGridWidget"));
    setAccessibleName(tr("Workers"));
    m_service.deriveDefaults();
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

void OccupancyGrid::setWorkers(const QList<WorkerStatus>& workers)
{
    QList<WorkerStatus> sorted = workers;
    std::sort(sorted.begin(), sorted.end(),
              [](const WorkerStatus& a, const WorkerStatus& b) { return a.id < b.id; });
    const bool geometryChanged = sorted.size() != m_workers.size();
    m_workers = std::move(sorted);
    if (geometryChanged)
        updateGeometry();
    updateTicking();
    updateAccessibleText();
    update();
}

void OccupancyGrid::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    update();
}

void OccupancyGrid::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    update();
}

QSize OccupancyGrid::cellSize() const
{
    const QFontMetrics fm = fontMetrics();
    const int w =
        std::max(fm.horizontalAdvance(QStringLiteral("00:00:00")), fm.height() * 3) + fm.height() / 2;
    const int h = fm.height() * 2 + fm.height() / 2;
    return {w, h};
}

int OccupancyGrid::gap() const
{
    return std::max(3, fontMetrics().height() / 4);
}

int OccupancyGrid::columnsFor(int width) const
{
    const int step = cellSize().width() + gap();
    return std::max(1, (width + gap()) / step);
}

int OccupancyGrid::heightForWidth(int width) const
{
    if (m_workers.isEmpty())
        return fontMetrics().height() * 3;
    const int columns = columnsFor(width);
    const int rows = int((m_workers.size() + columns - 1) / columns);
    return rows * cellSize().height() + (rows - 1) * gap();
}

QSize OccupancyGrid::sizeHint() const
{
    const int columns = 8;
    const int width = columns * cellSize().width() + (columns - 1) * gap();
    return {width, heightForWidth(width)};
}

QSize OccupancyGrid::minimumSizeHint() const
{
    return {cellSize().width(), heightForWidth(cellSize().width() * 4)};
}

int OccupancyGrid::indexOf(int workerId) const
{
    for (int i = 0; i < m_workers.size(); ++i) {
        if (m_workers.at(i).id == workerId)
            return i;
    }
    return -1;
}

QRect OccupancyGrid::cellRectAt(int index, int columns) const
{
    const QSize cell = cellSize();
    const int row = index / columns;
    const int column = index % columns;
    return {column * (cell.width() + gap()), row * (cell.height() + gap()), cell.width(), cell.height()};
}

QRect OccupancyGrid::cellRect(int workerId) const
{
    const int i = indexOf(workerId);
    return i < 0 ? QRect() : cellRectAt(i, columnsFor(width()));
}

int OccupancyGrid::workerAt(const QPoint& pos) const
{
    const int columns = columnsFor(width());
    for (int i = 0; i < m_workers.size(); ++i) {
        if (cellRectAt(i, columns).contains(pos))
            return m_workers.at(i).id;
    }
    return 0;
}

QString OccupancyGrid::formatDuration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString OccupancyGrid::tooltipText(int workerId) const
{
    const int i = indexOf(workerId);
    if (i < 0)
        return {};
    const WorkerStatus& w = m_workers.at(i);
    const WorkerStyle style = WorkerStyle::of(w.state);
    QStringList lines;
    const QString unit = m_service.unitFor(w.id);
    lines << (unit.isEmpty() ? tr("Worker %1").arg(w.id) : tr("Worker %1 · %2").arg(w.id).arg(unit));
    lines << tr("State: %1 %2").arg(style.glyph, style.label);
    if (!w.callId.isEmpty())
        lines << tr("Call: %1").arg(w.callId);
    if (w.since.isValid()) {
        const qint64 age = m_clock() - w.since.toMSecsSinceEpoch();
        lines << tr("Since: %1 UTC (%2 ago)")
                     .arg(w.since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          formatDuration(age));
    }
    return lines.join(QLatin1Char('\n'));
}

QString OccupancyGrid::cellDescription(int workerId) const
{
    const int i = indexOf(workerId);
    if (i < 0)
        return {};
    const WorkerStatus& w = m_workers.at(i);
    QString text = tr("Worker %1: %2").arg(w.id).arg(WorkerStyle::of(w.state).label);
    if (!w.callId.isEmpty())
        text += tr(", call %1").arg(w.callId);
    if ((w.state == WorkerState::Busy || w.state == WorkerState::Draining) && w.since.isValid())
        text += tr(", %1").arg(formatDuration(m_clock() - w.since.toMSecsSinceEpoch()));
    return text;
}

void OccupancyGrid::updateAccessibleText()
{
    int counts[5] = {};
    for (const WorkerStatus& w : m_workers)
        ++counts[int(w.state)];
    setAccessibleDescription(tr("%n worker(s): ", nullptr, int(m_workers.size())) +
                             tr("%1 busy, %2 idle, %3 starting, %4 draining, %5 down")
                                 .arg(counts[int(WorkerState::Busy)])
                                 .arg(counts[int(WorkerState::Idle)])
                                 .arg(counts[int(WorkerState::Starting)])
                                 .arg(counts[int(WorkerState::Draining)])
                                 .arg(counts[int(WorkerState::Down)]));
}

void OccupancyGrid::updateTicking()
{
    const bool calls = std::any_of(m_workers.cbegin(), m_workers.cend(), [](const WorkerStatus& w) {
        return (w.state == WorkerState::Busy || w.state == WorkerState::Draining) && w.since.isValid();
    });
    if (calls && !m_tick.isActive())
        m_tick.start();
    else if (!calls)
        m_tick.stop();
}

bool OccupancyGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int worker = workerAt(help->pos());
        if (worker > 0)
            QToolTip::showText(help->globalPos(), tooltipText(worker), this, cellRect(worker));
        else
            QToolTip::hideText();
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void OccupancyGrid::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

QString OccupancyGrid::secondLine(const WorkerStatus& w, qint64 now) const
{
    if ((w.state == WorkerState::Busy || w.state == WorkerState::Draining) && w.since.isValid())
        return formatDuration(now - w.since.toMSecsSinceEpoch());
    return WorkerStyle::of(w.state).label;
}

void OccupancyGrid::paintCell(QPainter& p, const WorkerStatus& w, const QRect& r, qint64 now) const
{
    const WorkerStyle style = WorkerStyle::of(w.state);
    const QPalette& pal = palette();
    const bool dark = Theme::isDark(pal);
    QColor fill = style.color;
    const bool active = w.state == WorkerState::Busy || w.state == WorkerState::Draining;
    fill.setAlphaF(active ? (dark ? 0.38 : 0.22) : (dark ? 0.14 : 0.08));
    const QRectF box = QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(style.color, active ? 1.5 : 1.0));
    p.setBrush(fill);
    p.drawRoundedRect(box, 4, 4);

    const QFontMetrics fm = fontMetrics();
    const int pad = fm.height() / 4;
    const int line = fm.height();
    const int top = r.top() + pad;
    const qreal shape = line * 0.8;
    const QRectF shapeBox(r.left() + pad + 1, top + (line - shape) / 2, shape, shape);
    WorkerStyle::paintShape(&p, shapeBox, w.state, Theme::readable(style.color, pal));

    p.setPen(pal.color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QRect idRect(int(shapeBox.right()) + pad, top, r.right() - int(shapeBox.right()) - 2 * pad, line);
    p.drawText(idRect, Qt::AlignRight | Qt::AlignVCenter, QString::number(w.id));
    p.setFont(font());
    const QRect second(r.left() + pad, top + line, r.width() - 2 * pad, line);
    p.setPen(active ? pal.color(QPalette::Text) : Theme::readable(style.color, pal));
    p.drawText(second, Qt::AlignCenter, secondLine(w, now));
}

void OccupancyGrid::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_workers.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_placeholder);
        return;
    }
    const qint64 now = m_clock();
    const int columns = columnsFor(width());
    for (int i = 0; i < m_workers.size(); ++i) {
        const QRect r = cellRectAt(i, columns);
        if (r.intersects(event->rect()))
            paintCell(p, m_workers.at(i), r, now);
    }
}

} // namespace fleetdeck::ui
