#include "lessons/lesson_catalogue.h"

#include "lessons/autograd_lesson.h"
#include "lessons/contour_lesson.h"
#include "lessons/descent_lesson.h"
#include "lessons/fit_lesson.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/lesson_set.h"
#include "lessons/numeric_lesson.h"
#include "lessons/race_lesson.h"
#include "lessons/secant_lesson.h"
#include "lessons/slope_lesson.h"
#include "lessons/surface3d_lesson.h"
#include "lessons/zoom_lesson.h"

#include <QCoreApplication>

namespace gradlab {

namespace {

template <class M> std::unique_ptr<Lesson> make(LessonSet&) {
    return std::make_unique<M>();
}

std::unique_ptr<Lesson> makeSurface3d(LessonSet& set) {
    // The 3-D view shows the race's experiment.
    return std::make_unique<Surface3dLesson>(set.get<RaceLesson>(QStringLiteral("race")));
}

} // namespace

QString LessonModelEntry::translatedTitle() const {
    return QCoreApplication::translate("Lessons", title);
}

const std::vector<LessonModelEntry>& lessonCatalogue() {
    static const std::vector<LessonModelEntry> rows{
        {QStringLiteral("slope"), QT_TRANSLATE_NOOP("Lessons", "Slope at a point"), make<SlopeLesson>},
        {QStringLiteral("secant"), QT_TRANSLATE_NOOP("Lessons", "Secant → tangent"), make<SecantLesson>},
        {QStringLiteral("zoom"), QT_TRANSLATE_NOOP("Lessons", "Zoom in until it looks straight"),
         make<ZoomLesson>},
        {QStringLiteral("numeric"), QT_TRANSLATE_NOOP("Lessons", "Numerical derivatives"),
         make<NumericLesson>},
        {QStringLiteral("autograd"), QT_TRANSLATE_NOOP("Lessons", "Autograd"), make<AutogradLesson>},
        {QStringLiteral("contour"), QT_TRANSLATE_NOOP("Lessons", "Partial derivatives and the gradient"),
         make<ContourLesson>},
        {QStringLiteral("descent1d"), QT_TRANSLATE_NOOP("Lessons", "Gradient descent in 1-D"),
         make<DescentLesson>},
        {QStringLiteral("learning-rate"), QT_TRANSLATE_NOOP("Lessons", "The learning rate"),
         make<LearningRateLesson>},
        {QStringLiteral("race"), QT_TRANSLATE_NOOP("Lessons", "Descent on a surface"), make<RaceLesson>},
        {QStringLiteral("surface3d"), QT_TRANSLATE_NOOP("Lessons", "The 3-D loss surface"), makeSurface3d},
        {QStringLiteral("fit-line"), QT_TRANSLATE_NOOP("Lessons", "Fitting a line"), make<FitLesson>},
    };
    return rows;
}

const LessonModelEntry* findLessonModel(const QString& id) {
    for (const LessonModelEntry& e : lessonCatalogue())
        if (e.id == id) return &e;
    return nullptr;
}

QStringList lessonIds() {
    QStringList ids;
    for (const LessonModelEntry& e : lessonCatalogue())
        ids << e.id;
    return ids;
}

std::unique_ptr<LessonSet> createLessons() {
    auto set = std::make_unique<LessonSet>();
    for (const LessonModelEntry& e : lessonCatalogue())
        set->add(e.makeModel(*set));
    return set;
}

} // namespace gradlab
