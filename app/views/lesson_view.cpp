#include "views/lesson_view.h"

#include "lessons/function_lesson.h"
#include "lessons/surface_lesson.h"
#include "plotting/lesson_plot.h"
#include "views/lesson_registry.h"
#include "widgets/formula_field.h"
#include "widgets/point_fields.h"
#include "widgets/value_field.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QSplitter>

namespace gradlab {

LessonView::LessonView(Lesson* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model) {}

QString LessonView::title() const {
    const LessonModelEntry* entry = findLessonModel(id());
    return entry ? entry->translatedTitle() : id();
}

void LessonView::continueFrom(const LessonView& predecessor) {
    // Built from the same registry entry for the same model: the same plots and splitters in the same order.
    const QList<LessonPlot*> plots = findChildren<LessonPlot*>();
    const QList<LessonPlot*> before = predecessor.findChildren<LessonPlot*>();
    if (plots.size() == before.size()) {
        for (qsizetype i = 0; i < plots.size(); ++i)
            plots[i]->continueFrom(*before[i]);
    }
    const QList<QSplitter*> splitters = findChildren<QSplitter*>();
    const QList<QSplitter*> splittersBefore = predecessor.findChildren<QSplitter*>();
    if (splitters.size() == splittersBefore.size())
        for (qsizetype i = 0; i < splitters.size(); ++i)
            splitters[i]->restoreState(splittersBefore[i]->saveState());
}

void LessonView::connectGestures() {
    for (LessonPlot* plot : findChildren<LessonPlot*>()) {
        connect(plot, &LessonPlot::dragStarted, m_model, [this] { m_model->beginGesture(); });
        connect(plot, &LessonPlot::dragFinished, m_model, &Lesson::endGesture);
    }
    for (QAbstractSlider* slider : findChildren<QAbstractSlider*>()) {
        connect(slider, &QAbstractSlider::sliderPressed, m_model, [this] { m_model->beginGesture(); });
        connect(slider, &QAbstractSlider::sliderReleased, m_model, &Lesson::endGesture);
    }
    for (QAbstractSpinBox* box : findChildren<QAbstractSpinBox*>())
        box->setKeyboardTracking(false);
}

void LessonView::bindFormula(FormulaField* field, FunctionLesson* lesson) {
    connect(field, &FormulaField::formulaEntered, lesson,
            [lesson](const QString& text) { lesson->setFormula(text); });
    auto show = [field, lesson] { field->showFormula(lesson->formula(), lesson->function()); };
    connect(lesson, &FunctionLesson::functionChanged, field, show);
    show();
}

void LessonView::bindFormula(FormulaField* field, SurfaceLesson* lesson) {
    connect(field, &FormulaField::formulaEntered, lesson,
            [lesson](const QString& text) { lesson->setFormula(text); });
    auto show = [field, lesson] { field->showFormula(lesson->formula(), lesson->function()); };
    connect(lesson, &SurfaceLesson::functionChanged, field, show);
    show();
}

void LessonView::connectPointFields(PointFields* fields, SurfaceLesson* lesson) {
    connect(fields, &PointFields::coordinateEntered, lesson, [lesson](int index, double value) {
        QPointF p = lesson->point();
        (index == 0 ? p.rx() : p.ry()) = value;
        lesson->setPointShowing(p);
    });
    auto show = [fields, lesson] {
        fields->setNames(lesson->variable(0), lesson->variable(1));
        fields->setPoint(lesson->point());
    };
    connect(lesson, &SurfaceLesson::changed, fields, show);
    show();
}

ValueField* LessonView::createPointField(FunctionLesson* lesson, QWidget* parent) {
    auto* field = new ValueField(tr("Point x"), parent);
    field->setValue(lesson->x());
    connect(field, &ValueField::valueEntered, lesson, &FunctionLesson::setXShowing);
    connect(lesson, &FunctionLesson::changed, field, [field, lesson] { field->setValue(lesson->x()); });
    return field;
}

} // namespace gradlab
