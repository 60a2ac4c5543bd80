#include "widgets/swatch.h"

#include "widgets/appearance.h"

#include <QBuffer>
#include <QFontMetrics>
#include <QPainter>
#include <QRegularExpression>
#include <QWidget>
#include <cmath>

namespace gradlab {

QImage swatchImage(const QBrush& fill, const QColor& background, const QColor& frame, int size,
                   qreal devicePixelRatio) {
    const int side = std::max(4, static_cast<int>(std::lround(size * devicePixelRatio)));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    QPainter p(&image);
    p.scale(devicePixelRatio, devicePixelRatio);
    const QRectF box(0, 0, side / devicePixelRatio, side / devicePixelRatio);
    p.fillRect(box, fill);
    p.setPen(QPen(frame, 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
    p.end();
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

QString swatchHtml(const QBrush& fill, const QColor& background, const QWidget* widget) {
    // As tall as a capital letter, so that a line with a swatch is no taller than one without.
    const int size = std::max(7, QFontMetrics(widget->font()).capHeight() + 1);
    const qreal ratio = widget->devicePixelRatioF();
    const QColor widgetBackground = widget->palette().color(widget->backgroundRole());
    const QColor frame = readableOn(fill.color(), widgetBackground, kSwatchContrast);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    swatchImage(fill, background, frame, size, ratio).save(&buffer, "PNG");
    return QStringLiteral(
               "<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%2\" style=\"vertical-align: "
               "middle\">")
        .arg(QString::fromLatin1(png.toBase64()))
        .arg(size);
}

QImage swatchFromHtml(const QString& html, int index) {
    static const QRegularExpression kData(QStringLiteral("data:image/png;base64,([A-Za-z0-9+/=]+)"));
    auto it = kData.globalMatch(html);
    for (int i = 0; it.hasNext(); ++i) {
        const QRegularExpressionMatch m = it.next();
        if (i == index) return QImage::fromData(QByteArray::fromBase64(m.captured(1).toLatin1()), "PNG");
    }
    return {};
}

} // namespace gradlab
