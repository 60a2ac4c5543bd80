#include "export/figure_layout.h"

#include "widgets/text_size.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPalette>
#include <qcustomplot.h>

namespace gradlab {

QFont figureTitleFont() {
    QFont font = exportFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.5);
    return font;
}

FigurePage layoutFigurePage(QSize size, const QString& title) {
    FigurePage page;
    const QRect inside(
        QPoint(kFigureMargin, kFigureMargin),
        QSize(std::max(1, size.width() - 2 * kFigureMargin), std::max(1, size.height() - 2 * kFigureMargin)));
    page.figure = inside;
    const QString text = title.trimmed();
    if (text.isEmpty()) return page;
    const QFontMetrics metrics(figureTitleFont());
    const QRect needed =
        metrics.boundingRect(QRect(0, 0, inside.width(), 100000), Qt::AlignHCenter | Qt::TextWordWrap, text);
    // The title never takes more than a third of the page.
    const int height = std::min(needed.height(), inside.height() / 3);
    page.title = QRect(inside.left(), inside.top(), inside.width(), height);
    page.figure.setTop(inside.top() + height + kFigureMargin / 2);
    return page;
}

namespace {

void paintBackgroundAndTitle(QPainter* painter, QSize size, bool transparent, const FigurePage& page,
                             const QString& title) {
    const QPalette palette = QApplication::palette();
    if (!transparent) painter->fillRect(QRect(QPoint(), size), palette.color(QPalette::Window));
    if (page.title.isEmpty()) return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setFont(figureTitleFont());
    painter->setPen(palette.color(QPalette::WindowText));
    painter->drawText(page.title, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title.trimmed());
    painter->restore();
}

} // namespace

QImage composeFigurePage(QSize size, double scale, bool transparent, const QString& title,
                         const std::function<bool(QCPPainter*, QSize)>& paintFigure) {
    const FigurePage page = layoutFigurePage(size, title);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        paintBackgroundAndTitle(&painter, size, transparent, page, title);
    }
    // The figure is drawn straight onto the page (not onto an image of its own, then copied in), through a
    // view of the page's pixels at its place: the view's edges keep the figure out of the margins, which a
    // clip could not (QCustomPlot replaces the painter's clip with its own as it draws).
    const QRect place = QRect(page.figure.topLeft() * scale, page.figure.size() * scale) & image.rect();
    QImage view(image.bits() + place.top() * image.bytesPerLine() + place.left() * 4, place.width(),
                place.height(), image.bytesPerLine(), image.format());
    view.setDevicePixelRatio(scale);
    QCPPainter painter(&view);
    const bool drawn = paintFigure(&painter, page.figure.size());
    painter.end();
    if (!drawn) return {};
    image.setDevicePixelRatio(1.0);
    return image;
}

bool paintFigurePage(QPainter* painter, QSize size, bool transparent, const QString& title,
                     const std::function<bool(QSize)>& paintFigure) {
    const FigurePage page = layoutFigurePage(size, title);
    paintBackgroundAndTitle(painter, size, transparent, page, title);
    painter->save();
    painter->translate(page.figure.topLeft());
    painter->setClipRect(QRect(QPoint(), page.figure.size()));
    const bool drawn = paintFigure(page.figure.size());
    painter->restore();
    return drawn;
}

} // namespace gradlab
