#include "overview/FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace fleetdeck::ui {

FlowLayout::FlowLayout(QWidget* parent, int spacing) : QLayout(parent), m_spacing(spacing) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

int FlowLayout::gap() const
{
    if (m_spacing >= 0)
        return m_spacing;
    const QWidget* w = parentWidget();
    return w ? w->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, w) : 8;
}

int FlowLayout::doLayout(const QRect& rect, bool testOnly) const
{
    // Items of one row share the row's height, so tiles side by side line up at the bottom too.
    const QMargins m = contentsMargins();
    const QRect area = rect.marginsRemoved(m);
    const int spacing = std::max(gap(), 6);
    int y = area.y();
    QList<QLayoutItem*> row;
    int x = area.x();
    int rowHeight = 0;
    auto placeRow = [&] {
        int rx = area.x();
        for (QLayoutItem* item : std::as_const(row)) {
            const QSize hint = item->sizeHint();
            if (!testOnly)
                item->setGeometry(QRect(QPoint(rx, y), QSize(hint.width(), rowHeight)));
            rx += hint.width() + spacing;
        }
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (x + hint.width() > area.right() + 1 && !row.isEmpty()) {
            placeRow();
            y += rowHeight + spacing;
            row.clear();
            x = area.x();
            rowHeight = 0;
        }
        row.append(item);
        x += hint.width() + spacing;
        rowHeight = std::max(rowHeight, hint.height());
    }
    placeRow();
    return y + rowHeight - rect.y() + m.bottom();
}

} // namespace fleetdeck::ui
