#pragma once
// Every lesson's model, in the registry's order, owned together: what a lesson file, the undo history and
// the main window work on. Models that show one experiment share state through the set (the 3-D view
// follows the race).

#include "lessons/lesson.h"

#include <QList>
#include <QObject>
#include <memory>
#include <vector>

namespace gradlab {

class LessonSet : public QObject {
    Q_OBJECT
public:
    explicit LessonSet(QObject* parent = nullptr);
    ~LessonSet() override;

    /// Takes `lesson` (its id must be new); returns it.
    Lesson* add(std::unique_ptr<Lesson> lesson);
    QList<Lesson*> lessons() const { return m_lessons; }
    /// The lesson with this id, or null.
    Lesson* lesson(const QString& id) const;
    template <class T> T* get(const QString& id) const { return qobject_cast<T*>(lesson(id)); }

private:
    QList<Lesson*> m_lessons;
};

} // namespace gradlab
