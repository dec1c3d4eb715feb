#pragma once

#include <QStyledItemDelegate>

namespace fleetdeck::ui {

/// An alert as two lines: severity (colour stripe + glyph + word) and message in bold, then the
/// advice; the time it started on the right.
class AlertDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QRect textArea(const QStyleOptionViewItem& option) const;
};

} // namespace fleetdeck::ui
