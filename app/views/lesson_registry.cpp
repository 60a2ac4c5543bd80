#include "views/lesson_registry.h"

#include "lessons/autograd_lesson.h"
#include "lessons/contour_lesson.h"
#include "lessons/descent_lesson.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/lesson_set.h"
#include "lessons/numeric_lesson.h"
#include "lessons/race_lesson.h"
#include "lessons/secant_lesson.h"
#include "lessons/slope_lesson.h"
#include "lessons/surface3d_lesson.h"
#include "plotting/figure_export.h"
#include "views/autograd_figure.h"
#include "views/autograd_view.h"
#include "views/contour_figure.h"
#include "views/contour_view.h"
#include "views/descent_figure.h"
#include "views/descent_view.h"
#include "views/learning_rate_figure.h"
#include "views/learning_rate_view.h"
#include "views/numeric_figure.h"
#include "views/numeric_view.h"
#include "views/race_figure.h"
#include "views/race_view.h"
#include "views/secant_figure.h"
#include "views/secant_view.h"
#include "views/slope_figure.h"
#include "views/slope_view.h"
#include "views/surface_view.h"

#include <QCoreApplication>
#include <QLabel>
#include <qcustomplot.h>

namespace gradlab {

namespace {

template <class M> std::unique_ptr<Lesson> makeModel(LessonSet&) {
    return std::make_unique<M>();
}

template <class V, class M> std::unique_ptr<LessonView> makeView(Lesson* model, QWidget* parent) {
    return std::make_unique<V>(static_cast<M*>(model), parent);
}

/// A figure `F` of a copy of the model, which the figure owns.
template <class F, class M> std::unique_ptr<QWidget> makeFigure(const Lesson& model) {
    auto* copy = static_cast<M*>(model.clone().release());
    auto figure = std::make_unique<F>(copy);
    copy->setParent(figure.get());
    return figure;
}

template <class V, class M> LessonAnimation makeAnimation(const Lesson& model) {
    return V::createAnimation(static_cast<const M&>(model));
}

std::unique_ptr<Lesson> makeSurface3d(LessonSet& set) {
    // The 3-D view shows the race's experiment.
    return std::make_unique<Surface3dLesson>(set.get<RaceLesson>(QStringLiteral("race")));
}

std::unique_ptr<QWidget> surfaceFigure(const Lesson& model) {
    auto label = std::make_unique<QLabel>();
    const QImage image =
        SurfaceView::renderModelImage(static_cast<const Surface3dLesson&>(model), {800, 600}, 1.0);
    if (image.isNull())
        label->setText(QCoreApplication::translate(
            "Lessons", "The 3-D view needs OpenGL, which is not available here."));
    else
        label->setPixmap(QPixmap::fromImage(image));
    return label;
}

QImage surfaceImage(const Lesson& model, QSize logicalSize, double scale, bool) {
    return SurfaceView::renderModelImage(static_cast<const Surface3dLesson&>(model), logicalSize, scale);
}

std::vector<LessonEntry> buildRegistry() {
    std::vector<LessonEntry> rows;
    rows.push_back({QStringLiteral("slope"),
                    QT_TRANSLATE_NOOP("Lessons", "Slope at a point"),
                    makeModel<SlopeLesson>,
                    makeView<SlopeView, SlopeLesson>,
                    makeFigure<SlopeFigure, SlopeLesson>,
                    {},
                    {}});
    rows.push_back({QStringLiteral("secant"),
                    QT_TRANSLATE_NOOP("Lessons", "Secant → tangent"),
                    makeModel<SecantLesson>,
                    makeView<SecantView, SecantLesson>,
                    makeFigure<SecantFigure, SecantLesson>,
                    makeAnimation<SecantView, SecantLesson>,
                    {}});
    rows.push_back({QStringLiteral("numeric"),
                    QT_TRANSLATE_NOOP("Lessons", "Numerical derivatives"),
                    makeModel<NumericLesson>,
                    makeView<NumericView, NumericLesson>,
                    makeFigure<NumericFigure, NumericLesson>,
                    {},
                    {}});
    rows.push_back({QStringLiteral("autograd"),
                    QT_TRANSLATE_NOOP("Lessons", "Autograd"),
                    makeModel<AutogradLesson>,
                    makeView<AutogradView, AutogradLesson>,
                    makeFigure<AutogradFigure, AutogradLesson>,
                    {},
                    {}});
    rows.push_back({QStringLiteral("contour"),
                    QT_TRANSLATE_NOOP("Lessons", "Partial derivatives and the gradient"),
                    makeModel<ContourLesson>,
                    makeView<ContourView, ContourLesson>,
                    makeFigure<ContourFigure, ContourLesson>,
                    {},
                    {}});
    rows.push_back({QStringLiteral("descent1d"),
                    QT_TRANSLATE_NOOP("Lessons", "Gradient descent in 1-D"),
                    makeModel<DescentLesson>,
                    makeView<DescentView, DescentLesson>,
                    makeFigure<DescentFigure, DescentLesson>,
                    makeAnimation<DescentView, DescentLesson>,
                    {}});
    rows.push_back({QStringLiteral("learning-rate"),
                    QT_TRANSLATE_NOOP("Lessons", "The learning rate"),
                    makeModel<LearningRateLesson>,
                    makeView<LearningRateView, LearningRateLesson>,
                    makeFigure<LearningRateFigure, LearningRateLesson>,
                    {},
                    {}});
    rows.push_back({QStringLiteral("race"),
                    QT_TRANSLATE_NOOP("Lessons", "Descent on a surface"),
                    makeModel<RaceLesson>,
                    makeView<RaceView, RaceLesson>,
                    makeFigure<RaceFigure, RaceLesson>,
                    makeAnimation<RaceView, RaceLesson>,
                    {}});
    rows.push_back({QStringLiteral("surface3d"),
                    QT_TRANSLATE_NOOP("Lessons", "The 3-D loss surface"),
                    makeSurface3d,
                    makeView<SurfaceView, Surface3dLesson>,
                    surfaceFigure,
                    {},
                    surfaceImage});
    return rows;
}

} // namespace

QString LessonEntry::translatedTitle() const {
    return QCoreApplication::translate("Lessons", title);
}

const std::vector<LessonEntry>& lessonRegistry() {
    static const std::vector<LessonEntry> rows = buildRegistry();
    return rows;
}

const LessonEntry* findLesson(const QString& id) {
    for (const LessonEntry& e : lessonRegistry())
        if (e.id == id) return &e;
    return nullptr;
}

QStringList lessonIds() {
    QStringList ids;
    for (const LessonEntry& e : lessonRegistry())
        ids << e.id;
    return ids;
}

std::unique_ptr<LessonSet> createLessons() {
    auto set = std::make_unique<LessonSet>();
    for (const LessonEntry& e : lessonRegistry())
        set->add(e.makeModel(*set));
    return set;
}

std::unique_ptr<LessonView> createView(Lesson* model, QWidget* parent) {
    const LessonEntry* entry = findLesson(model->id());
    if (!entry) return nullptr;
    std::unique_ptr<LessonView> view = entry->makeView(model, parent);
    view->connectGestures();
    return view;
}

LessonAnimation createLessonAnimation(const Lesson& model) {
    const LessonEntry* entry = findLesson(model.id());
    return entry && entry->makeAnimation ? entry->makeAnimation(model) : LessonAnimation();
}

bool hasLessonAnimation(const Lesson& model) {
    const LessonEntry* entry = findLesson(model.id());
    return entry && entry->hasAnimation();
}

QImage renderLessonImage(const Lesson& model, QSize logicalSize, double scale, bool transparent) {
    const LessonEntry* entry = findLesson(model.id());
    if (!entry) return {};
    if (entry->renderImage) return entry->renderImage(model, logicalSize, scale, transparent);
    std::unique_ptr<QWidget> figure = entry->makeFigure(model);
    return renderFigure(figure.get(), logicalSize, scale, transparent);
}

bool paintLessonFigure(const Lesson& model, QCPPainter* painter, QSize logicalSize, bool transparent) {
    const LessonEntry* entry = findLesson(model.id());
    if (!entry) return false;
    if (entry->renderImage) {
        // Drawn in pixels (OpenGL): into a PDF or SVG as an image at twice the size.
        const QImage image = entry->renderImage(model, logicalSize, 2.0, transparent);
        if (image.isNull()) return false;
        painter->drawImage(QRectF(QPointF(), QSizeF(logicalSize)), image);
        return true;
    }
    std::unique_ptr<QWidget> figure = entry->makeFigure(model);
    paintFigureVector(figure.get(), painter, logicalSize, transparent);
    return true;
}

} // namespace gradlab
