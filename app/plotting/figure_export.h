#pragma once
// Rendering a lesson's figure to an image at a chosen size and scale, and saving it so that a failure
// never leaves a half-written file.

#include <QImage>
#include <QSize>
#include <QString>

class QWidget;

namespace gradlab {

/// Renders `widget` (laid out at `logicalSize`) into an image of logicalSize × scale pixels; every
/// QCustomPlot inside is re-rendered at that scale, so text and lines stay sharp.
QImage renderFigure(QWidget* widget, QSize logicalSize, double scale);

/// Writes `image` to `path` atomically (write to a temporary file, then rename). The format comes from
/// the extension (.png if none). On failure returns false and a sentence naming the path and the reason.
bool saveImage(const QImage& image, const QString& path, QString* error);

/// Parses "WxH" ("1200x800"); false if malformed or out of 16…16384.
bool parseSize(const QString& text, QSize* size);

} // namespace gradlab
