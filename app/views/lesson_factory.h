#pragma once
// The lessons GradLab has, in the order of the navigation list.

#include <QStringList>
#include <memory>

class QWidget;

namespace gradlab {

class LessonView;

/// Ids of every lesson, in order: "slope", "secant", "numeric", "autograd", …
QStringList lessonIds();
/// A new view of the lesson with this id, or null if there is none.
std::unique_ptr<LessonView> createLesson(const QString& id, QWidget* parent = nullptr);

} // namespace gradlab
