#include "views/lesson_factory.h"

#include "lessons/race_lesson.h"
#include "views/autograd_view.h"
#include "views/contour_view.h"
#include "views/descent_view.h"
#include "views/learning_rate_view.h"
#include "views/numeric_view.h"
#include "views/race_view.h"
#include "views/secant_view.h"
#include "views/slope_view.h"
#include "views/surface_view.h"

namespace gradlab {

QStringList lessonIds() {
    return {QStringLiteral("slope"),         QStringLiteral("secant"),  QStringLiteral("numeric"),
            QStringLiteral("autograd"),      QStringLiteral("contour"), QStringLiteral("descent1d"),
            QStringLiteral("learning-rate"), QStringLiteral("race"),    QStringLiteral("surface3d")};
}

LessonContext::LessonContext() = default;
LessonContext::~LessonContext() {
    delete m_race;
}

RaceLesson* LessonContext::race() {
    if (!m_race) m_race = new RaceLesson;
    return m_race;
}

std::unique_ptr<LessonView> createLesson(const QString& id, QWidget* parent, LessonContext* context) {
    if (id == QLatin1String("slope")) return std::make_unique<SlopeView>(parent);
    if (id == QLatin1String("secant")) return std::make_unique<SecantView>(parent);
    if (id == QLatin1String("numeric")) return std::make_unique<NumericView>(parent);
    if (id == QLatin1String("autograd")) return std::make_unique<AutogradView>(parent);
    if (id == QLatin1String("contour")) return std::make_unique<ContourView>(parent);
    if (id == QLatin1String("descent1d")) return std::make_unique<DescentView>(parent);
    if (id == QLatin1String("learning-rate")) return std::make_unique<LearningRateView>(parent);
    if (id == QLatin1String("race")) return std::make_unique<RaceView>(context->race(), parent);
    if (id == QLatin1String("surface3d")) return std::make_unique<SurfaceView>(context->race(), parent);
    return nullptr;
}

} // namespace gradlab
