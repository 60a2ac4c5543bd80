#pragma once
// The lessons GradLab has, as models: one row each (id, title, how to make its model), in the order of
// the navigation list. Lesson files, `gradlab render`'s help, the fuzzer and the tests' lesson lists come
// from this table; the views layer adds how each lesson is shown (views/lesson_registry), keyed by id.

#include "lessons/lesson.h"

#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace gradlab {

class LessonSet;

struct LessonModelEntry {
    QString id;        ///< "slope", "secant", …
    const char* title; ///< untranslated, in the "Lessons" context
    /// A new model; models that show another lesson's experiment find it in the set (built in order).
    std::function<std::unique_ptr<Lesson>(LessonSet& set)> makeModel;

    QString translatedTitle() const;
};

/// Every lesson, in order.
const std::vector<LessonModelEntry>& lessonCatalogue();
/// The row with this id, or null.
const LessonModelEntry* findLessonModel(const QString& id);
/// Ids of every lesson, in order: "slope", "secant", …
QStringList lessonIds();
/// A model of every lesson, in order, sharing what they share.
std::unique_ptr<LessonSet> createLessons();

} // namespace gradlab
