#pragma once
// Turns what a user does into undo steps. Each lesson's state is compared with the state last recorded
// when the user lets go: a drag is one step (recorded on release), holding an arrow key is one step,
// an edit in a text field is one step (recorded on Enter or when the field loses focus), an animation is
// one step (recorded when it stops), and any other change (a click, a choice in a list) is a step of
// its own. A step stores the lesson's state before and after, so undo and redo restore it exactly.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QUndoStack;

namespace gradlab {

class LessonView;

class UndoTracker : public QObject {
    Q_OBJECT
public:
    UndoTracker(const QList<LessonView*>& views, QUndoStack* stack, QObject* parent = nullptr);
    ~UndoTracker() override;

    /// Records every change made since the last step as steps now (before undo, redo and save).
    void commit();
    /// Forgets pending changes: the lessons' present states become the recorded ones (after a load).
    void resetBaseline();
    /// Restores a lesson's state without recording it (undo and redo use this).
    void restore(LessonView* view, const QJsonObject& state);

    /// A sentence for the undo menu describing what changed between two states of a lesson.
    static QString describeChange(const QJsonObject& before, const QJsonObject& after);

signals:
    /// Undo or redo changed this lesson (the window shows it).
    void restored(gradlab::LessonView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onStateChanged(LessonView* view);
    void scheduleCommit(bool evenWhileEditing = false);
    bool holding() const;
    bool isTextEditing() const;
    static bool isTextField(const QObject* object);

    QList<LessonView*> m_views;
    QUndoStack* m_stack;
    QHash<LessonView*, QJsonObject> m_recorded;
    QSet<LessonView*> m_dirty;
    QSet<int> m_keysDown;
    QPointer<QObject> m_editing; ///< the text field being typed in, until Enter or it loses focus
    bool m_mouseDown = false;
    bool m_restoring = false;
    bool m_scheduled = false;
};

} // namespace gradlab
