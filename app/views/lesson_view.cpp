#include "views/lesson_view.h"

#include "lessons/function_lesson.h"
#include "lessons/surface_lesson.h"
#include "plotting/figure_export.h"
#include "widgets/formula_field.h"
#include "widgets/point_fields.h"
#include "widgets/value_field.h"

#include <qcustomplot.h>

namespace gradlab {

QImage LessonView::renderImage(QSize logicalSize, double scale, bool transparent) const {
    std::unique_ptr<QWidget> figure = createExportFigure();
    return renderFigure(figure.get(), logicalSize, scale, transparent);
}

bool LessonView::paintFigure(QCPPainter* painter, QSize logicalSize, bool transparent) const {
    std::unique_ptr<QWidget> figure = createExportFigure();
    paintFigureVector(figure.get(), painter, logicalSize, transparent);
    return true;
}

void LessonView::connectFormula(FormulaField* field, FunctionLesson* lesson) {
    connect(field, &FormulaField::functionChanged, lesson,
            [lesson](const FunctionPtr& f, const QString& text, const FormulaPreset* preset) {
                if (preset)
                    lesson->setFunction(f, text, preset->domain[0], preset->domain[1], preset->start[0]);
                else
                    lesson->setFunction(f, text, lesson->xMin(), lesson->xMax(), lesson->x());
            });
}

void LessonView::connectFormula(FormulaField* field, SurfaceLesson* lesson) {
    connect(field, &FormulaField::functionChanged, lesson,
            [lesson](const FunctionPtr& f, const QString& text, const FormulaPreset* preset) {
                if (preset) {
                    // A preset is a fresh example: its rectangle and its own start point.
                    lesson->restore(f, text, preset->domain, QPointF(preset->start[0], preset->start[1]));
                } else {
                    const double domain[4] = {lesson->xMin(), lesson->xMax(), lesson->yMin(), lesson->yMax()};
                    lesson->setFunction(f, text, domain, lesson->point());
                }
            });
}

void LessonView::connectPointFields(PointFields* fields, SurfaceLesson* lesson) {
    connect(fields, &PointFields::pointEntered, lesson, &SurfaceLesson::setPointShowing);
    auto show = [fields, lesson] {
        fields->setNames(lesson->variable(0), lesson->variable(1));
        fields->setPoint(lesson->point());
    };
    connect(lesson, &SurfaceLesson::changed, fields, show);
    show();
}

bool LessonView::applySurfaceOptions(const RenderOptions& options, FormulaField* field, SurfaceLesson* lesson,
                                     QString* error) {
    if (!options.formula.isEmpty()) {
        field->setFormula(options.formula);
        if (!field->errorMessage().isEmpty()) {
            *error = field->errorMessage();
            return false;
        }
    }
    if (!options.at.isEmpty()) {
        if (options.at.size() != 2) {
            *error = QObject::tr("--at needs two coordinates for this lesson (A,B), got %1")
                         .arg(options.at.size());
            return false;
        }
        lesson->setPointShowing(QPointF(options.at[0], options.at[1]));
    }
    return true;
}

ValueField* LessonView::createPointField(FunctionLesson* lesson, QWidget* parent) {
    auto* field = new ValueField(tr("Point x"), parent);
    field->setValue(lesson->x());
    connect(field, &ValueField::valueEntered, lesson, &FunctionLesson::setXShowing);
    connect(lesson, &FunctionLesson::changed, field, [field, lesson] { field->setValue(lesson->x()); });
    return field;
}

bool LessonView::applyFunctionOptions(const RenderOptions& options, FormulaField* field,
                                      FunctionLesson* lesson, QString* error) {
    if (!options.formula.isEmpty()) {
        field->setFormula(options.formula);
        if (!field->errorMessage().isEmpty()) {
            *error = field->errorMessage();
            return false;
        }
    }
    if (!options.at.isEmpty()) {
        if (options.at.size() != 1) {
            *error = QObject::tr("--at needs one coordinate for this lesson, got %1").arg(options.at.size());
            return false;
        }
        lesson->setXShowing(options.at[0]);
    }
    return true;
}

} // namespace gradlab
