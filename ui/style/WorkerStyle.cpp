#include "style/WorkerStyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace fleetdeck::ui {

WorkerStyle WorkerStyle::of(WorkerState state)
{
    auto tr = [](const char* s) {
        return QCoreApplication::translate("fleetdeck::ui::WorkerStyle", s);
    };
    switch (state) {
    case WorkerState::Idle:
        return {QColor(0x00, 0x9E, 0x73), QStringLiteral("○"), tr("idle")};
    case WorkerState::Busy:
        return {QColor(0x00, 0x72, 0xB2), QStringLiteral("●"), tr("busy")};
    case WorkerState::Starting:
        return {QColor(0x56, 0xB4, 0xE9), QStringLiteral("◔"), tr("starting")};
    case WorkerState::Draining:
        return {QColor(0xE6, 0x9F, 0x00), QStringLiteral("◑"), tr("draining")};
    case WorkerState::Down:
        return {QColor(0xD5, 0x5E, 0x00), QStringLiteral("✕"), tr("down")};
    }
    return {QColor(0x88, 0x88, 0x88), QStringLiteral("?"), tr("unknown")};
}

void WorkerStyle::paintShape(QPainter* p, const QRectF& box, WorkerState state, const QColor& color)
{
    const qreal pen = std::max<qreal>(1.5, box.width() / 8.0);
    const QRectF r = box.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(color, pen, Qt::SolidLine, Qt::RoundCap));
    switch (state) {
    case WorkerState::Idle:
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(r);
        break;
    case WorkerState::Busy:
        p->setBrush(color);
        p->drawEllipse(r);
        break;
    case WorkerState::Starting:
    case WorkerState::Draining: {
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(r);
        p->setBrush(color);
        p->setPen(Qt::NoPen);
        // Qt angles: 1/16 degree, 0 at three o'clock, counter-clockwise. Starting: the quarter from
        // twelve to three (◔); draining: the right half (◑).
        const int span = state == WorkerState::Starting ? -90 * 16 : -180 * 16;
        p->drawPie(r, 90 * 16, span);
        break;
    }
    case WorkerState::Down: {
        const QRectF x =
            r.adjusted(r.width() * 0.12, r.height() * 0.12, -r.width() * 0.12, -r.height() * 0.12);
        p->drawLine(x.topLeft(), x.bottomRight());
        p->drawLine(x.topRight(), x.bottomLeft());
        break;
    }
    }
    p->restore();
}

} // namespace fleetdeck::ui
