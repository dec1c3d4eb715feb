#pragma once

#include <QLayout>
#include <QList>

namespace fleetdeck::ui {

/// Lays items out left to right and wraps to the next row when the width runs out (tiles).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return doLayout(QRect(0, 0, width, 0), true); }
    void setGeometry(const QRect& rect) override;
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override;

private:
    int doLayout(const QRect& rect, bool testOnly) const;
    int gap() const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
};

} // namespace fleetdeck::ui
