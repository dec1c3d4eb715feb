#pragma once

#include "fleet/ServiceNames.h"
#include "health/HealthSnapshot.h"

#include <QHash>
#include <QList>
#include <QPixmap>
#include <QStaticText>
#include <QTimer>
#include <QWidget>

#include <array>
#include <functional>

class QPainter;

namespace fleetdeck::ui {

/// One server's workers as a grid of cells, painted by this ONE widget (no widget per cell):
/// state by colour AND shape (idle ○, busy ● with the call's duration mm:ss, starting ◔,
/// draining ◑, down ✕) and the worker number. Tooltips (worker, unit, state, call id, since)
/// come from event(); cellRect() and cellDescription() let tests and accessibility tools reach
/// a cell. Repaints once a second while a call is on, so durations tick.
class OccupancyGrid : public QWidget
{
    Q_OBJECT

public:
    explicit OccupancyGrid(QWidget* parent = nullptr);

    /// The workers to show (any order; shown by id). Empty = no data.
    void setWorkers(const QList<WorkerStatus>& workers);
    void setServiceNames(const ServiceNames& names) { m_service = names; }
    /// Text shown when there are no workers ("No data yet").
    void setPlaceholderText(const QString& text);
    /// "Now" for call durations; tests inject a fixed clock.
    void setClock(std::function<qint64()> clock);

    int cellCount() const { return int(m_workers.size()); }
    /// The cell of `workerId` in widget coordinates; null when there is no such worker.
    QRect cellRect(int workerId) const;
    /// The worker under `pos`, or 0.
    int workerAt(const QPoint& pos) const;
    /// What the tooltip says for a worker ("Worker 3 · voxcore@3 / busy / call c-0003 / since …").
    QString tooltipText(int workerId) const;
    /// One line per cell for assistive technology ("Worker 3: busy, call c-0003, 04:12").
    QString cellDescription(int workerId) const;
    const QList<WorkerStatus>& workers() const { return m_workers; }

    /// Marks the worker a change is working on (a rolling restart): a thick accent frame and
    /// "restarting" in place of its state word; 0 clears it.
    void setHighlightedWorker(int workerId);
    int highlightedWorker() const { return m_highlighted; }

    /// The grid's height at `width`. The widget keeps its minimum height at heightForWidth(width())
    /// rather than announcing height-for-width, so the pages' other parts keep their own sizes.
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// "mm:ss", or "h:mm:ss" from an hour on.
    static QString formatDuration(qint64 ms);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QSize cellSize() const;
    int gap() const;
    int columnsFor(int width) const;
    int indexOf(int workerId) const;
    QRect cellRectAt(int index, int columns) const;
    void paintHighlight(QPainter& p, const QRect& cell, const QRect& secondLine) const;
    void updateTicking();
    void updateAccessibleText();
    void updateMinimumHeight();
    const QStaticText& durationText(qint64 ms) const;
    const QStaticText& staticText(QHash<int, QStaticText>& cache, int key, const QString& text,
                                  const QFont& font) const;

    QList<WorkerStatus> m_workers;
    ServiceNames m_service;
    QString m_placeholder;
    std::function<qint64()> m_clock;
    QTimer m_tick;
    mutable QHash<int, QStaticText> m_idTexts;       ///< worker id → its number, bold
    mutable QHash<int, QStaticText> m_labelTexts;    ///< int(WorkerState) → its word
    mutable QHash<int, QStaticText> m_durationTexts; ///< whole seconds → "mm:ss"
    mutable QSize m_cellSize;
    std::array<QPixmap, 5> m_cellPixmaps; ///< per WorkerState: frame, fill and shape
    qreal m_pixmapDpr = 0;
    QSize m_pixmapSize;
    bool m_pixmapDark = false; ///< invalid until computed for the current font
    int m_highlighted = 0;     ///< worker a change is working on (setHighlightedWorker)
};

} // namespace fleetdeck::ui
