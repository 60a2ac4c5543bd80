#pragma once
// A legend's key in rich text that looks like what it stands for. A "■" in a text colour cannot: text needs
// 4.5:1 (or 3:1) against its background, so a pale band or a yellow line was shown darkened, a colour that
// appears nowhere in the figure. The swatch is a small image instead: the fill exactly as the figure paints
// it, framed by a line dark (or light) enough to be seen.

#include <QBrush>
#include <QColor>
#include <QImage>
#include <QString>

class QWidget;

namespace gradlab {

/// The swatch's picture: `background` (what the figure paints on), `fill` over it, a 1-pixel frame in
/// `frame`. `size` is its side in device-independent pixels; it is drawn at `devicePixelRatio`.
QImage swatchImage(const QBrush& fill, const QColor& background, const QColor& frame, int size,
                   qreal devicePixelRatio = 1.0);
/// swatchImage() as an <img> for rich text (a data: URL that QLabel's document decodes), sized to `widget`'s
/// font, its frame `fill`'s colour made visible on `widget`'s background (readableOn() at 3:1).
QString swatchHtml(const QBrush& fill, const QColor& background, const QWidget* widget);
/// The index-th swatch image in rich text written with swatchHtml() (null if none): tests read legends back.
QImage swatchFromHtml(const QString& html, int index = 0);

} // namespace gradlab
