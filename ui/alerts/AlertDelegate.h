#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

namespace fleetdeck::ui {

/// An alert as two lines: severity (colour stripe + glyph + word) and message in bold, then the
/// advice; the time it started on the right. Row heights need a word-wrapped text layout, so
/// they are cached by (width, font, message, advice): a list of hundreds of alerts relayouts on
/// every change, and only the rows whose text changed are measured again.
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
    int measure(const QStyleOptionViewItem& option, int width, const QString& head,
                const QString& advice) const;

    mutable QHash<QString, int> m_heights;
    mutable QFont m_heightsFont;
};

} // namespace fleetdeck::ui
