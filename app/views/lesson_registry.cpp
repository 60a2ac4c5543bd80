#include "views/lesson_registry.h"

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
#include "plotting/figure_export.h"
#include "plotting/off_screen_plots.h"
#include "views/autograd_figure.h"
#include "views/autograd_view.h"
#include "views/contour_figure.h"
#include "views/contour_view.h"
#include "views/descent_figure.h"
#include "views/descent_view.h"
#include "views/fit_figure.h"
#include "views/fit_view.h"
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
#include "views/stability_map_figure.h"
#include "views/surface_view.h"
#include "views/zoom_figure.h"
#include "views/zoom_view.h"
#include "widgets/text_size.h"

#include <QCoreApplication>
#include <QLabel>
#include <qcustomplot.h>

namespace gradlab {

namespace {

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

/// The map beside a learning-rate lesson's loss curve (whose start it maps); the race's map has none.
FunctionLesson* mapCurveLesson(LearningRateLesson* lesson) {
    return lesson;
}
FunctionLesson* mapCurveLesson(RaceLesson*) {
    return nullptr;
}

/// A figure `F` of a copy of the model, or the copy's stability map when the model shows its map.
template <class F, class M> std::unique_ptr<QWidget> makeFigureOrMap(const Lesson& model) {
    auto* copy = static_cast<M*>(model.clone().release());
    std::unique_ptr<QWidget> figure;
    if (copy->view() == M::View::Map) {
        copy->mapper()->waitForMap(); // the whole map: a figure never shows the coarse pass
        auto map = std::make_unique<StabilityMapFigure>(copy->mapper(), mapCurveLesson(copy));
        map->setInteractive(false);
        figure = std::move(map);
    } else {
        figure = std::make_unique<F>(copy);
    }
    copy->setParent(figure.get());
    return figure;
}

template <class V, class M> LessonAnimation makeAnimation(const Lesson& model) {
    return V::createAnimation(static_cast<const M&>(model));
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
    std::vector<LessonEntry> rows{
        {QStringLiteral("slope"),
         makeView<SlopeView, SlopeLesson>,
         makeFigure<SlopeFigure, SlopeLesson>,
         {},
         {}},
        {QStringLiteral("secant"),
         makeView<SecantView, SecantLesson>,
         makeFigure<SecantFigure, SecantLesson>,
         makeAnimation<SecantView, SecantLesson>,
         {}},
        {QStringLiteral("zoom"),
         makeView<ZoomView, ZoomLesson>,
         makeFigure<ZoomFigure, ZoomLesson>,
         makeAnimation<ZoomView, ZoomLesson>,
         {}},
        {QStringLiteral("numeric"),
         makeView<NumericView, NumericLesson>,
         makeFigure<NumericFigure, NumericLesson>,
         {},
         {}},
        {QStringLiteral("autograd"),
         makeView<AutogradView, AutogradLesson>,
         makeFigure<AutogradFigure, AutogradLesson>,
         {},
         {}},
        {QStringLiteral("contour"),
         makeView<ContourView, ContourLesson>,
         makeFigure<ContourFigure, ContourLesson>,
         {},
         {}},
        {QStringLiteral("descent1d"),
         makeView<DescentView, DescentLesson>,
         makeFigure<DescentFigure, DescentLesson>,
         makeAnimation<DescentView, DescentLesson>,
         {}},
        {QStringLiteral("learning-rate"),
         makeView<LearningRateView, LearningRateLesson>,
         makeFigureOrMap<LearningRateFigure, LearningRateLesson>,
         {},
         {}},
        {QStringLiteral("race"),
         makeView<RaceView, RaceLesson>,
         makeFigureOrMap<RaceFigure, RaceLesson>,
         makeAnimation<RaceView, RaceLesson>,
         {}},
        {QStringLiteral("surface3d"),
         makeView<SurfaceView, Surface3dLesson>,
         surfaceFigure,
         {},
         surfaceImage},
        {QStringLiteral("fit-line"),
         makeView<FitView, FitLesson>,
         makeFigure<FitFigure, FitLesson>,
         makeAnimation<FitView, FitLesson>,
         {}},
    };
    // In the catalogue's order; every lesson of the catalogue has its row (tst_main_window checks).
    std::vector<LessonEntry> ordered;
    for (const QString& id : lessonIds())
        for (const LessonEntry& row : rows)
            if (row.id == id) ordered.push_back(row);
    return ordered;
}

} // namespace

const std::vector<LessonEntry>& lessonRegistry() {
    static const std::vector<LessonEntry> rows = buildRegistry();
    return rows;
}

const LessonEntry* findLesson(const QString& id) {
    for (const LessonEntry& e : lessonRegistry())
        if (e.id == id) return &e;
    return nullptr;
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
    QImage image(logicalSize * scale,
                 transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    if (transparent) image.fill(Qt::transparent);
    QCPPainter painter(&image);
    const bool drawn = paintLessonFigure(model, &painter, logicalSize, transparent, scale);
    painter.end();
    if (!drawn) return {};
    image.setDevicePixelRatio(1.0);
    return image;
}

bool paintLessonFigure(const Lesson& model, QCPPainter* painter, QSize logicalSize, bool transparent,
                       double scale) {
    const LessonEntry* entry = findLesson(model.id());
    if (!entry) return false;
    if (entry->renderImage) {
        // Drawn in pixels (OpenGL): at the device's scale, or into a PDF or SVG at twice the size.
        const QImage image = entry->renderImage(model, logicalSize, scale > 0 ? scale : 2.0, transparent);
        if (image.isNull()) return false;
        painter->drawImage(QRectF(QPointF(), QSizeF(logicalSize)), image);
        return true;
    }
    const OffScreenPlots offScreen;
    std::unique_ptr<QWidget> figure = entry->makeFigure(model);
    setFigureFont(figure.get(), exportFont()); // figures keep their own size, whatever View → Text Size says
    paintFigure(figure.get(), painter, logicalSize, transparent, scale <= 0);
    return true;
}

} // namespace gradlab
