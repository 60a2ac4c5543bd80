#pragma once
// One user action on one lesson, as an undo step (Qt's undoframework pattern): the lesson's state before
// and after it, and the action's name. The steps of one gesture (a drag from press to release, an
// animation) merge into one command.

#include <QJsonObject>
#include <QPointer>
#include <QUndoCommand>
#include <functional>

namespace gradlab {

class Lesson;

class LessonCommand : public QUndoCommand {
public:
    /// The change has already happened when the command is made: the first redo() does nothing.
    LessonCommand(Lesson* lesson, const QString& text, QJsonObject before, QJsonObject after, int gesture);

    static constexpr int kId = 0x4c65; ///< every lesson command; mergeWith() decides
    int id() const override { return kId; }
    /// Merges a later step of the same gesture on the same lesson (its state after becomes this one's).
    bool mergeWith(const QUndoCommand* other) override;
    void undo() override;
    void redo() override;

    Lesson* lesson() const { return m_lesson; }
    /// Called after undo() or redo() put a state back (the window shows that lesson).
    void setOnRestore(std::function<void(Lesson*)> f) { m_onRestore = std::move(f); }

private:
    QPointer<Lesson> m_lesson;
    QJsonObject m_before, m_after;
    int m_gesture;
    bool m_done = true;
    std::function<void(Lesson*)> m_onRestore;
};

} // namespace gradlab
