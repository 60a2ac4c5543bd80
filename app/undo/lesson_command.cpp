#include "undo/lesson_command.h"

#include "lessons/lesson.h"

namespace gradlab {

LessonCommand::LessonCommand(Lesson* lesson, const QString& text, QJsonObject before, QJsonObject after,
                             int gesture)
    : QUndoCommand(text)
    , m_lesson(lesson)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_gesture(gesture) {}

bool LessonCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const LessonCommand*>(other);
    if (m_gesture == 0 || next->m_gesture != m_gesture || next->m_lesson != m_lesson) return false;
    m_after = next->m_after;
    setText(next->text()); // a gesture named by its values ("Set η = 0.1 and μ = 0.9") ends at the last
    if (m_after == m_before) setObsolete(true); // a drag that came back where it started
    return true;
}

void LessonCommand::undo() {
    m_done = false;
    if (!m_lesson) return;
    m_lesson->restore(m_before);
    if (m_onRestore) m_onRestore(m_lesson);
}

void LessonCommand::redo() {
    if (m_done) return; // pushed after the change was made
    m_done = true;
    if (!m_lesson) return;
    m_lesson->restore(m_after);
    if (m_onRestore) m_onRestore(m_lesson);
}

} // namespace gradlab
