#include "alerts/AlertDelegate.h"

#include "alerts/Alert.h"
#include "alerts/AlertListModel.h"
#include "style/StatusStyle.h"
#include "style/Theme.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace fleetdeck::ui {

namespace {
StatusStyle severityStyle(const QModelIndex& index)
{
    const auto severity = static_cast<Alert::Severity>(index.data(AlertListModel::SeverityRole).toInt());
    return StatusStyle::of(severity == Alert::Severity::Critical ? ServerStatus::Critical
                                                                 : ServerStatus::Warning);
}
constexpr int kStripe = 4;
} // namespace

QRect AlertDelegate::textArea(const QStyleOptionViewItem& option) const
{
    const int pad = option.fontMetrics.height() / 3;
    return option.rect.adjusted(kStripe + 2 * pad, pad, -pad, -pad);
}

QSize AlertDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QRect area = textArea(option);
    const int width = std::max(area.width(), 200);
    const QString head =
        severityStyle(index).glyph + QLatin1Char(' ') + index.data(AlertListModel::MessageRole).toString();
    const QString advice = index.data(AlertListModel::AdviceRole).toString();
    if (option.font != m_heightsFont || m_heights.size() > 4096) {
        m_heights.clear();
        m_heightsFont = option.font;
    }
    // Digits as '0': "at 56 %" and "at 63 %" wrap alike (UI fonts have tabular digits), so a
    // utilization alert whose number moves every second keeps its cached height.
    QString key = QString::number(width) + QChar(0x1f) + head + QChar(0x1f) + advice;
    for (QChar& c : key) {
        if (c.isDigit())
            c = QLatin1Char('0');
    }
    auto it = m_heights.constFind(key);
    if (it == m_heights.cend())
        it = m_heights.insert(key, measure(option, width, head, advice));
    return {width, *it};
}

int AlertDelegate::measure(const QStyleOptionViewItem& option, int width, const QString& head,
                           const QString& advice) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const int timeWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("00:00:00")) + 8;
    const int h1 = bfm.boundingRect(QRect(0, 0, width - timeWidth, 10000), Qt::TextWordWrap, head).height();
    const int h2 =
        option.fontMetrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, advice).height();
    const int pad = option.fontMetrics.height() / 3;
    return h1 + h2 + 3 * pad;
}

void AlertDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem bg = option;
    initStyleOption(&bg, index);
    bg.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &bg, painter, widget);

    const StatusStyle sev = severityStyle(index);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text =
        selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Text);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(sev.color);
    const int pad = option.fontMetrics.height() / 3;
    painter->drawRect(
        QRect(option.rect.left() + pad, option.rect.top() + pad, kStripe, option.rect.height() - 2 * pad));

    const QRect area = textArea(option);
    const QString time = QDateTime::fromMSecsSinceEpoch(index.data(AlertListModel::SinceRole).toLongLong())
                             .toString(QStringLiteral("HH:mm:ss"));
    const int timeWidth = option.fontMetrics.horizontalAdvance(time) + 8;
    painter->setPen(selected ? text : option.palette.color(QPalette::PlaceholderText));
    painter->drawText(area, Qt::AlignRight | Qt::AlignTop, time);

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QString head = sev.glyph + QLatin1Char(' ') + index.data(AlertListModel::MessageRole).toString();
    QRect headRect = area.adjusted(0, 0, -timeWidth, 0);
    QRect used;
    painter->setPen(selected ? text : Theme::readable(sev.color, option.palette));
    painter->drawText(headRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, head, &used);
    painter->setFont(option.font);
    painter->setPen(text);
    const QRect adviceRect(area.left(), used.bottom() + pad, area.width(),
                           area.bottom() - used.bottom() - pad + 1);
    painter->drawText(adviceRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      index.data(AlertListModel::AdviceRole).toString());
    painter->restore();
}

} // namespace fleetdeck::ui
