#pragma once
// Rendering a lesson's figure to an image at a chosen size and scale, and saving it so that a failure
// never leaves a half-written file.

#include <QImage>
#include <QSize>
#include <QString>
#include <functional>

class QCPPainter;
class QWidget;

namespace gradlab {

/// Paints `widget`, laid out at `logicalSize`, at the painter's origin: everything but the plots as the
/// widgets paint themselves, then each QCustomPlot drawn straight onto the painter in its place, as vectors
/// with `vectorized` (PDF, SVG), else in pixels at the device's scale (so text and lines stay sharp at any
/// --scale). With `transparent` the window and plot backgrounds are left out (tables and fields keep theirs).
void paintFigure(QWidget* widget, QCPPainter* painter, QSize logicalSize, bool transparent, bool vectorized);

/// True if the path names a vector format GradLab writes (.pdf, .svg).
bool isVectorPath(const QString& path);

/// Writes a PDF or SVG (by the extension) that `paint` draws on a logicalSize canvas, atomically. Both are
/// laid out at 96 pixels per inch: an SVG's view box is logicalSize, a PDF page is logicalSize × 0.75 points.
bool saveVectorFigure(const std::function<void(QCPPainter*)>& paint, QSize logicalSize, const QString& path,
                      QString* error);

/// Writes `image` to `path` atomically (write to a temporary file, then rename). The format comes from
/// the extension (.png if none). On failure returns false and a sentence naming the path and the reason.
bool saveImage(const QImage& image, const QString& path, QString* error);

/// Parses "WxH" ("1200x800"); false if malformed or out of 16…16384.
bool parseSize(const QString& text, QSize* size);

} // namespace gradlab
