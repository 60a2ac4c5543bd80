#pragma once
// How each lesson is shown: its interactive view, the figure export draws and its animation, one row
// per lesson of the catalogue (lessons/lesson_catalogue: ids, titles, models), found by id.

#include "lessons/lesson.h"
#include "lessons/lesson_catalogue.h"

#include <QImage>
#include <QSize>
#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

class QCPPainter;

namespace gradlab {

class LessonSet;
class LessonView;

/// A lesson's animation for export: a figure showing a copy of the lesson, and a way to put it at frame
/// `frame` of `count` (frames are asked for in order, but seeking back works too).
struct LessonAnimation {
    std::unique_ptr<QWidget> figure; ///< null: the lesson has no animation
    std::function<void(int frame, int count)> seek;
    int frames = 60; ///< the number of frames that shows it best
    double fps = 15; ///< frames per second
};

struct LessonEntry {
    QString id; ///< the catalogue's id
    /// The interactive view of a model of this lesson.
    std::function<std::unique_ptr<LessonView>(Lesson* model, QWidget* parent)> makeView;
    /// A figure (a widget to render, never shown) of a copy of `model`: what export draws.
    std::function<std::unique_ptr<QWidget>(const Lesson& model)> makeFigure;
    /// The lesson's animation for export (empty: it has none).
    std::function<LessonAnimation(const Lesson& model)> makeAnimation;
    /// Draws the figure itself where a widget cannot be rendered (the 3-D view's OpenGL): an image of
    /// logicalSize × scale pixels, null if it cannot be drawn. Empty: makeFigure() rendered.
    std::function<QImage(const Lesson& model, QSize logicalSize, double scale, bool transparent)> renderImage;

    bool hasAnimation() const { return static_cast<bool>(makeAnimation); }
};

/// Every lesson's row, in the catalogue's order.
const std::vector<LessonEntry>& lessonRegistry();
/// The row with this id, or null.
const LessonEntry* findLesson(const QString& id);
/// The view of `model` (its row's view, with its gestures connected).
std::unique_ptr<LessonView> createView(Lesson* model, QWidget* parent);

/// The animation of `model` for export (one with no figure if its lesson has none).
LessonAnimation createLessonAnimation(const Lesson& model);
/// True if the lesson has an animation to export.
bool hasLessonAnimation(const Lesson& model);
/// The figure of `model` as an image of logicalSize × scale pixels (null if it cannot be drawn).
QImage renderLessonImage(const Lesson& model, QSize logicalSize, double scale, bool transparent = false);
/// Draws the figure of `model` at logicalSize at the painter's origin: in pixels on a device of `scale`
/// pixels per logical pixel, or with vectors (PDF, SVG) when `scale` is 0. False if it cannot be drawn (3-D
/// with no OpenGL).
bool paintLessonFigure(const Lesson& model, QCPPainter* painter, QSize logicalSize, bool transparent,
                       double scale);

} // namespace gradlab
