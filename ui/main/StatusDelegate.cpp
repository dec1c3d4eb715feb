#include "main/StatusDelegate.h"

#include "items/ServerColumns.h"
#include "style/StatusStyle.h"

#include <QApplication>
#include <QPainter>

namespace fleetdeck::ui {

void StatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const
{
    if (index.column() == ServerColumns::Status) {
        QStyleOptionViewItem bg = option;
        initStyleOption(&bg, index);
        bg.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &bg, painter, bg.widget);
        paintBadge(painter, option, index);
        return;
    }
    if (index.column() == ServerColumns::Utilization && index.data(ServerColumns::CapacityRole).toInt() > 0) {
        QStyleOptionViewItem bg = option;
        initStyleOption(&bg, index);
        bg.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &bg, painter, bg.widget);
        paintUtilization(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == ServerColumns::Status)
        s.setWidth(
            std::max(s.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("✕ Unreachable")) + 24));
    if (index.column() == ServerColumns::Utilization)
        s.setWidth(std::max(s.width(), 150));
    return s.expandedTo(QSize(0, option.fontMetrics.height() + 8));
}

void StatusDelegate::paintBadge(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const auto status = static_cast<ServerStatus>(index.data(ServerColumns::StatusRole).toInt());
    const StatusStyle style = StatusStyle::of(status);
    const QString text = style.glyph + QLatin1Char(' ') + style.label;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(4, 3, -4, -3);
    const int w = std::min(r.width(), option.fontMetrics.horizontalAdvance(text) + 14);
    const QRect pill(r.left(), r.top(), w, r.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.color);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(Qt::white);
    QFont f = option.font;
    f.setBold(true);
    painter->setFont(f);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

void StatusDelegate::paintUtilization(QPainter* painter, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    const double u = std::clamp(index.data(ServerColumns::UtilizationRole).toDouble(), 0.0, 1.0);
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) + 6;
    const QRect textRect = option.rect.adjusted(option.rect.width() - textWidth, 0, -2, 0);
    const QRect r = option.rect.adjusted(4, 6, -textWidth - 2, -6);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Mid));
    painter->drawRect(r);
    const QColor fill = u >= 0.8   ? StatusStyle::of(ServerStatus::Critical).color
                        : u >= 0.5 ? StatusStyle::of(ServerStatus::Warning).color
                                   : StatusStyle::of(ServerStatus::Ok).color;
    painter->setBrush(fill);
    painter->drawRect(QRect(r.left(), r.top(), int(r.width() * u), r.height()));
    // The 50 % target.
    painter->setPen(QPen(option.palette.color(QPalette::Text), 1, Qt::DashLine));
    const int x = r.left() + r.width() / 2;
    painter->drawLine(x, r.top() - 2, x, r.bottom() + 2);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, index.data().toString());
    painter->restore();
}

} // namespace fleetdeck::ui
