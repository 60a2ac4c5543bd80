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

/// Renders `widget` (laid out at `logicalSize`) into an image of logicalSize × scale pixels; every
/// QCustomPlot inside is re-rendered at that scale, so text and lines stay sharp. With `transparent` the
/// window and plot backgrounds are left out (tables and fields keep theirs).
QImage renderFigure(QWidget* widget, QSize logicalSize, double scale, bool transparent = false);

/// Paints `widget` (laid out at `logicalSize`) with vector drawing: each QCustomPlot draws its lines and
/// text as vectors, the other widgets as their paint events draw them.
void paintFigureVector(QWidget* widget, QCPPainter* painter, QSize logicalSize, bool transparent);

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
