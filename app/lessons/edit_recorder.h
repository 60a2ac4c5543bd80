#pragma once
// Where a lesson model sends its undo steps. The models are QtCore only; the undo layer (QUndoStack, in
// QtGui) implements this and turns each edit into a command.

#include <QJsonObject>
#include <QString>

namespace gradlab {

class Lesson;

class EditRecorder {
public:
    virtual ~EditRecorder() = default;
    /// `lesson` went from `before` to `after` (its save()) by the user action `text`. `gesture` is
    /// nonzero while a gesture lasts (a drag, an animation): edits of one gesture are one undo step.
    virtual void record(Lesson* lesson, const QString& text, const QJsonObject& before,
                        const QJsonObject& after, int gesture) = 0;
};

} // namespace gradlab
