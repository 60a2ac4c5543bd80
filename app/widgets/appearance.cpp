#include "widgets/appearance.h"

#include "plotting/palette.h"
#include "plotting/plot_contrast.h"
#include "widgets/indicator_style.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace gradlab {

namespace {
/// The palette the application started with: the system's.
const QPalette& systemPalette() {
    static const QPalette palette = QApplication::palette();
    return palette;
}
/// Calls a function on each palette change of the widget it filters.
class PaletteWatcher : public QObject {
public:
    PaletteWatcher(QWidget* widget, std::function<void()> refresh)
        : QObject(widget)
        , m_refresh(std::move(refresh)) {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::PaletteChange && watched == parent()) m_refresh();
        return false;
    }

private:
    std::function<void()> m_refresh;
};

double relativeLuminance(const QColor& c) {
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor blend(const QColor& a, const QColor& b, double t) {
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t),
                            float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}
} // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& colour, const QColor& background, double ratio) {
    QColor opaque = colour.toRgb();
    opaque.setAlpha(255);
    if (contrastRatio(opaque, background) >= ratio) return opaque;
    // Black and white have equal contrast on a background of luminance 0.179: darker ones take white.
    const QColor towards = relativeLuminance(background) > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 1; step <= 20; ++step) {
        const QColor c = blend(opaque, towards, step / 20.0);
        if (contrastRatio(c, background) >= ratio) return c;
    }
    return towards;
}

QColor readableColour(const QColor& colour, const QWidget* widget) {
    return readableOn(colour, widget->palette().color(widget->backgroundRole()));
}

QString htmlColour(const QColor& colour, const QWidget* widget, double ratio) {
    return readableOn(colour, widget->palette().color(widget->backgroundRole()), ratio).name();
}

QColor liveRowColour(const QPalette& palette) {
    return blend(palette.color(QPalette::Base), gradlab::palette::point, isDark(palette) ? 0.28 : 0.16);
}

void onPaletteChange(QWidget* widget, std::function<void()> refresh) {
    new PaletteWatcher(widget, std::move(refresh));
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x44)); // handles and buttons stand out from the window
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette highContrastPalette() {
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), grey(0x4d, 0x4d, 0x4d); // grey: 8.5:1 on white
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::ToolTipBase,
                      QPalette::Button, QPalette::Light, QPalette::Midlight})
        p.setColor(role, white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                      QPalette::BrightText, QPalette::Mid, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, black);
    p.setColor(QPalette::PlaceholderText, grey);
    p.setColor(QPalette::Link, QColor(0x00, 0x00, 0xcc));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x00, 0x99));
    p.setColor(QPalette::HighlightedText, white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, grey);
    return p;
}

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

void applyAppearance(Appearance appearance) {
    systemPalette(); // remember it before the first change
    setHighContrastPlots(appearance == Appearance::HighContrast);
    switch (appearance) {
    case Appearance::System:
        QApplication::setPalette(systemPalette());
        break;
    case Appearance::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Appearance::Dark:
        IndicatorStyle::install();
        QApplication::setPalette(darkPalette());
        break;
    case Appearance::HighContrast:
        QApplication::setPalette(highContrastPalette());
        break;
    }
}

} // namespace gradlab
