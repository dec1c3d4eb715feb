#include "style/Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace fleetdeck::ui::Theme {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x29, 0x2E);
    const QColor base(0x1C, 0x1E, 0x22);
    const QColor text(0xE6, 0xE6, 0xE6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x2A));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x32, 0x36, 0x3C));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x40, 0x44, 0x4A));
    p.setColor(QPalette::Midlight, QColor(0x38, 0x3B, 0x41));
    p.setColor(QPalette::Mid, QColor(0x2A, 0x2D, 0x32));
    p.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x6F, 0xB5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x40, 0x44, 0x4A));
    return p;
}

QPalette lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x6F, 0xB5));
    return p;
}

void apply(bool dark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor targetColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xF0, 0xE4, 0x42) : QColor(0x20, 0x20, 0x20);
}

QColor trackColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x3A, 0x3E, 0x45) : QColor(0xE4, 0xE6, 0xEA);
}

QColor readable(const QColor& color, const QPalette& palette)
{
    if (isDark(palette))
        return color.lightness() < 120 ? color.lighter(150) : color;
    return color.lightness() > 140 ? color.darker(140) : color;
}

} // namespace fleetdeck::ui::Theme
