#include "lessons/lesson_set.h"

namespace gradlab {

LessonSet::LessonSet(QObject* parent)
    : QObject(parent) {}

LessonSet::~LessonSet() {
    // Later lessons may use earlier ones (the 3-D view follows the race): delete in reverse order.
    for (auto it = m_lessons.rbegin(); it != m_lessons.rend(); ++it)
        delete *it;
}

Lesson* LessonSet::add(std::unique_ptr<Lesson> lesson) {
    Q_ASSERT(lesson && !this->lesson(lesson->id()));
    m_lessons.append(lesson.release());
    return m_lessons.last();
}

Lesson* LessonSet::lesson(const QString& id) const {
    for (Lesson* l : m_lessons)
        if (l->id() == id) return l;
    return nullptr;
}

} // namespace gradlab
