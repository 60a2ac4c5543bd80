#pragma once
// A lesson's animation written as an animated GIF (.gif) or as numbered PNG frames (NAME.png becomes
// NAME-0001.png, NAME-0002.png, …), with progress and cancel. Nothing is left behind when it fails or is
// cancelled: the GIF is written through a temporary file, the frames into a hidden folder that is renamed
// into place only when every frame is done.

#include "export/figure_writer.h"

#include <QStringList>
#include <functional>

namespace gradlab {

class Lesson;

struct AnimationOptions {
    FigureOptions figure;
    int frames = 0;   ///< 0: the lesson's own number
    double fps = 0.0; ///< 0: the lesson's own speed
};

/// Called after each frame with (done, total); return false to cancel.
using AnimationProgress = std::function<bool(int done, int total)>;

/// The files a frame sequence to `path` is written as ("run.png" → run-0001.png …).
QStringList frameFileNames(const QString& path, int count);

/// Writes the animation; false with a sentence (naming the path) on failure or cancel. `written`
/// receives the files written.
bool saveLessonAnimation(const Lesson& lesson, const QString& path, const AnimationOptions& options,
                         const AnimationProgress& progress, QString* error, QStringList* written = nullptr);

} // namespace gradlab
