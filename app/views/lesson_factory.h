#pragma once
// The lessons GradLab has, in the order of the navigation list.

#include <QStringList>
#include <memory>

class QWidget;

namespace gradlab {

class LessonView;
class RaceLesson;

/// Controllers that several views share: the race lesson and the 3-D surface show one experiment.
class LessonContext {
public:
    LessonContext();
    ~LessonContext();
    RaceLesson* race();

private:
    RaceLesson* m_race = nullptr;
};

/// Ids of every lesson, in order: "slope", "secant", "numeric", "autograd", …
QStringList lessonIds();
/// A new view of the lesson with this id, or null if there is none. Views of one context share controllers.
std::unique_ptr<LessonView> createLesson(const QString& id, QWidget* parent, LessonContext* context);

} // namespace gradlab
