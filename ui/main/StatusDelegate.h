#pragma once

#include <QStyledItemDelegate>

namespace fleetdeck::ui {

/// Paints the State column as a badge (glyph + word on the status colour) and
/// the Utilization column as a bar against the 50 % target.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintBadge(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintUtilization(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const;
};

} // namespace fleetdeck::ui
