#pragma once
// Writing a lesson's figure to a file in the format its extension names: PNG (or any raster format Qt
// writes) at a size and scale, PDF and SVG as vectors. Shared by File → Export Figure and `gradlab render`.

#include <QImage>
#include <QSize>
#include <QString>

namespace gradlab {

class Lesson;

struct FigureOptions {
    QSize size{1200, 800}; ///< logical pixels
    double scale = 1.0;    ///< raster formats: pixels per logical pixel (2 for high-DPI slides)
    bool transparent = false;
    QString title; ///< above the figure (a slide's title); empty for none
};

/// The lesson's figure on its page (margin, title) as a raster image; null if it cannot be drawn.
QImage renderLessonFigure(const Lesson& lesson, const FigureOptions& options);

/// Writes the lesson's figure to `path` atomically; false with a sentence naming the path and the reason.
bool saveLessonFigure(const Lesson& lesson, const QString& path, const FigureOptions& options,
                      QString* error);

/// Puts the lesson's figure on the clipboard as an image; false if it cannot be drawn.
bool copyLessonFigure(const Lesson& lesson, const FigureOptions& options, QString* error);

} // namespace gradlab
