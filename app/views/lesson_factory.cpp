#include "views/lesson_factory.h"

#include "views/autograd_view.h"
#include "views/numeric_view.h"
#include "views/secant_view.h"
#include "views/slope_view.h"

namespace gradlab {

QStringList lessonIds() {
    return {QStringLiteral("slope"), QStringLiteral("secant"), QStringLiteral("numeric"), QStringLiteral("autograd")};
}

std::unique_ptr<LessonView> createLesson(const QString& id, QWidget* parent) {
    if (id == QLatin1String("slope")) return std::make_unique<SlopeView>(parent);
    if (id == QLatin1String("secant")) return std::make_unique<SecantView>(parent);
    if (id == QLatin1String("numeric")) return std::make_unique<NumericView>(parent);
    if (id == QLatin1String("autograd")) return std::make_unique<AutogradView>(parent);
    return nullptr;
}

} // namespace gradlab
