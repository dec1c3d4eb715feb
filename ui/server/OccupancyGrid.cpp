#include "server/OccupancyGrid.h"

#include "style/Theme.h"
#include "style/WorkerStyle.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QStaticText>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <climits>
#include <vector>

namespace fleetdeck::ui {

OccupancyGrid::OccupancyGrid(QWidget* parent)
    : QWidget(parent), m_placeholder(tr("No data yet")),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("occupancyGridWidget"));
    setAccessibleName(tr("Workers"));
    m_service.deriveDefaults();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
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
        updateMinimumHeight();
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
    if (m_cellSize.isValid())
        return m_cellSize;
    const QFontMetrics fm = fontMetrics();
    const int w =
        std::max(fm.horizontalAdvance(QStringLiteral("00:00:00")), fm.height() * 3) + fm.height() / 2;
    const int h = fm.height() * 2 + fm.height() / 2;
    m_cellSize = QSize(w, h);
    return m_cellSize;
}

int OccupancyGrid::gap() const
{
    return std::max(3, cellSize().height() / 10);
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
    return {cellSize().width() * 4, heightForWidth(width() > 0 ? width() : cellSize().width() * 4)};
}

void OccupancyGrid::updateMinimumHeight()
{
    const int h = heightForWidth(std::max(width(), cellSize().width()));
    if (minimumHeight() != h)
        setMinimumHeight(h);
    updateGeometry();
}

void OccupancyGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateMinimumHeight();
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
    if (w.id == m_highlighted)
        lines << QStringLiteral("↻ ") + tr("restarting");
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
    if (w.id == m_highlighted)
        text += tr(", restarting");
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
    if (event->type() == QEvent::FontChange) {
        m_cellSize = QSize();
        m_idTexts.clear();
        m_labelTexts.clear();
        m_durationTexts.clear();
        updateMinimumHeight();
    }
    QWidget::changeEvent(event);
}

void OccupancyGrid::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    if (m_workers.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_placeholder);
        return;
    }
    // Three passes (cells and shapes, then the numbers in bold, then the second lines) so the
    // painter switches font twice per paint rather than twice per cell; styles are looked up
    // once per state, metrics once per paint.
    const QPalette& pal = palette();
    const bool dark = Theme::isDark(pal);
    struct Look
    {
        QColor border, fill, shape, text;
        QString label;
        qreal pen;
    };
    std::array<Look, 5> looks;
    for (int i = 0; i < 5; ++i) {
        const auto state = static_cast<WorkerState>(i);
        const WorkerStyle style = WorkerStyle::of(state);
        const bool active = state == WorkerState::Busy || state == WorkerState::Draining;
        QColor fill = style.color;
        fill.setAlphaF(active ? (dark ? 0.38 : 0.22) : (dark ? 0.14 : 0.08));
        const QColor readable = Theme::readable(style.color, pal);
        looks[i] = {style.color, fill,
                    readable,    active ? pal.color(QPalette::Text) : readable,
                    style.label, active ? 1.5 : 1.0};
    }
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.height() / 4;
    const int line = fm.height();
    const qreal shape = line * 0.8;
    const qint64 now = m_clock();
    const int columns = columnsFor(width());
    const QRect dirty = event->rect();

    std::vector<std::pair<int, QRect>> visible;
    visible.reserve(size_t(m_workers.size()));
    for (int i = 0; i < m_workers.size(); ++i) {
        const QRect r = cellRectAt(i, columns);
        if (r.intersects(dirty))
            visible.emplace_back(i, r);
    }
    auto shapeBox = [&](const QRect& r) {
        return QRectF(r.left() + pad + 1, r.top() + pad + (line - shape) / 2, shape, shape);
    };

    // Each state's cell (frame, fill and shape) is painted once into a pixmap at the device pixel
    // ratio and blitted per cell: antialiased rounded frames cost ~30 µs each on the raster engine.
    const qreal dpr = devicePixelRatioF();
    const QSize cell = cellSize();
    if (m_cellPixmaps[0].isNull() || m_pixmapDpr != dpr || m_pixmapSize != cell || m_pixmapDark != dark) {
        m_pixmapDpr = dpr;
        m_pixmapSize = cell;
        m_pixmapDark = dark;
        for (int i = 0; i < 5; ++i) {
            QPixmap pm(cell * dpr);
            pm.setDevicePixelRatio(dpr);
            pm.fill(Qt::transparent);
            QPainter cp(&pm);
            cp.setRenderHint(QPainter::Antialiasing);
            const Look& look = looks[size_t(i)];
            cp.setPen(QPen(look.border, look.pen));
            cp.setBrush(look.fill);
            const QRect local(QPoint(0, 0), cell);
            cp.drawRoundedRect(QRectF(local).adjusted(0.75, 0.75, -0.75, -0.75), 4, 4);
            WorkerStyle::paintShape(&cp, shapeBox(local), static_cast<WorkerState>(i), look.shape);
            cp.end();
            m_cellPixmaps[size_t(i)] = pm;
        }
    }
    for (const auto& [i, r] : visible)
        p.drawPixmap(r.topLeft(), m_cellPixmaps[size_t(m_workers.at(i).state)]);
    p.setRenderHint(QPainter::Antialiasing, false);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    // Numbers and state words never change for a cell: laid out once (QStaticText), drawn many times.
    for (const auto& [i, r] : visible) {
        const QStaticText& id =
            staticText(m_idTexts, m_workers.at(i).id, QString::number(m_workers.at(i).id), bold);
        p.drawStaticText(
            QPointF(r.right() - pad - id.size().width(), r.top() + pad + (line - id.size().height()) / 2),
            id);
    }
    p.setFont(font());
    for (const auto& [i, r] : visible) {
        const WorkerStatus& w = m_workers.at(i);
        const Look& look = looks[size_t(w.state)];
        const bool timed =
            (w.state == WorkerState::Busy || w.state == WorkerState::Draining) && w.since.isValid();
        p.setPen(look.text);
        const QRect second(r.left() + pad, r.top() + pad + line, r.width() - 2 * pad, line);
        if (w.id == m_highlighted) {
            paintHighlight(p, r, second);
            continue;
        }
        const QStaticText& label = timed ? durationText(now - w.since.toMSecsSinceEpoch())
                                         : staticText(m_labelTexts, int(w.state), look.label, font());
        p.drawStaticText(QPointF(second.center().x() + 1 - label.size().width() / 2,
                                 second.top() + (line - label.size().height()) / 2),
                         label);
    }
}

void OccupancyGrid::setHighlightedWorker(int workerId)
{
    if (workerId == m_highlighted)
        return;
    m_highlighted = workerId;
    updateAccessibleText();
    update();
}

void OccupancyGrid::paintHighlight(QPainter& p, const QRect& cell, const QRect& secondLine) const
{
    const QColor accent = palette().color(QPalette::Highlight);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(accent, 3));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(cell).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
    p.setPen(Theme::readable(accent, palette()));
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    // The word when it fits the cell, else the restart arrow (the tooltip and description say it).
    const QString word = tr("restarting");
    p.drawText(secondLine, Qt::AlignCenter,
               QFontMetrics(f).horizontalAdvance(word) <= secondLine.width() ? word : QStringLiteral("↻"));
    p.restore();
}

const QStaticText& OccupancyGrid::durationText(qint64 ms) const
{
    // Keyed by whole seconds; bounded so a long session does not grow it without end.
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (m_durationTexts.size() > 4096)
        m_durationTexts.clear();
    return staticText(m_durationTexts, int(std::min<qint64>(seconds, INT_MAX)), formatDuration(ms), font());
}

const QStaticText& OccupancyGrid::staticText(QHash<int, QStaticText>& cache, int key, const QString& text,
                                             const QFont& font) const
{
    auto it = cache.find(key);
    if (it == cache.end() || it->text() != text) {
        QStaticText st(text);
        st.setTextFormat(Qt::PlainText);
        st.prepare(QTransform(), font);
        it = cache.insert(key, st);
    }
    return it.value();
}

} // namespace fleetdeck::ui
