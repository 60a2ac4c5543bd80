#include "widgets/text_size.h"

#include <QApplication>
#include <QHash>
#include <QWidget>

#include <functional>

namespace gradlab {

namespace {

int g_percent = 100;

/// Calls `change` (which changes fonts from above: the application's or a window's), then scales by `ratio`
/// every font among `widgets` that was set on the widget itself and so did not follow the change.
void scaleOwnFonts(const QList<QWidget*>& widgets, double ratio, const std::function<void()>& change) {
    QHash<QWidget*, qreal> before;
    for (QWidget* w : widgets)
        if (w->testAttribute(Qt::WA_SetFont)) before.insert(w, w->font().pointSizeF());
    change();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QWidget* w = it.key();
        if (w->font().pointSizeF() != it.value()) continue; // it followed
        QFont f = w->font();
        f.setPointSizeF(it.value() * ratio);
        w->setFont(f);
    }
}

} // namespace

QFont systemFont() {
    static const QFont font = QApplication::font();
    return font;
}

QFont exportFont() {
    return systemFont();
}

void applyTextSize(int percent) {
    const QFont base = systemFont();
    const double ratio = double(percent) / g_percent;
    g_percent = percent;
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * percent / 100.0);
    scaleOwnFonts(QApplication::allWidgets(), ratio, [&font] { QApplication::setFont(font); });
}

int textSizePercent() {
    return g_percent;
}

void setFigureFont(QWidget* figure, const QFont& font) {
    const double ratio = font.pointSizeF() / figure->font().pointSizeF();
    QList<QWidget*> widgets = figure->findChildren<QWidget*>();
    scaleOwnFonts(widgets, ratio, [figure, &font] { figure->setFont(font); });
}

} // namespace gradlab
