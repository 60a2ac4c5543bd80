#include "views/lesson_factory.h"

#include "views/autograd_view.h"
#include "views/contour_view.h"
#include "views/descent_view.h"
#include "views/learning_rate_view.h"
#include "views/numeric_view.h"
#include "views/secant_view.h"
#include "views/slope_view.h"

namespace gradlab {

QStringList lessonIds() {
    return {QStringLiteral("slope"), QStringLiteral("secant"), QStringLiteral("numeric"), QStringLiteral("autograd"),
            QStringLiteral("contour"), QStringLiteral("descent1d"),
            QStringLiteral("learning-rate")};
}

std::unique_ptr<LessonView> createLesson(const QString& id, QWidget* parent) {
    if (id == QLatin1String("slope")) return std::make_unique<SlopeView>(parent);
    if (id == QLatin1String("secant")) return std::make_unique<SecantView>(parent);
    if (id == QLatin1String("numeric")) return std::make_unique<NumericView>(parent);
    if (id == QLatin1String("autograd")) return std::make_unique<AutogradView>(parent);
    if (id == QLatin1String("contour")) return std::make_unique<ContourView>(parent);
    if (id == QLatin1String("descent1d")) return std::make_unique<DescentView>(parent);
    if (id == QLatin1String("learning-rate")) return std::make_unique<LearningRateView>(parent);
    return nullptr;
}

} // namespace gradlab
