#pragma once
// Lesson 5, "Partial derivatives and the gradient": a two-variable function as a contour map, a point
// dragged anywhere, the partial-derivative arrows and the gradient.

#include "views/lesson_view.h"

namespace gradlab {

class ContourFigure;
class PointFields;
class SurfaceLesson;

class ContourView : public LessonView {
    Q_OBJECT
public:
    explicit ContourView(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("contour"); }
    QString title() const override { return tr("Partial derivatives and the gradient"); }
    std::unique_ptr<QWidget> createExportFigure() const override;
    void resetView() override;
    bool applyOptions(const RenderOptions& options, QString* error) override;
    QJsonObject saveState() const override;
    QString checkState(const QJsonObject& state) const override;
    void restoreState(const QJsonObject& state) override;

    SurfaceLesson* lesson() const { return m_lesson; }
    ContourFigure* figure() const { return m_figure; }
    FormulaField* formulaField() const { return m_formula; }
    PointFields* pointFields() const { return m_pointFields; }

private:
    SurfaceLesson* m_lesson;
    FormulaField* m_formula;
    ContourFigure* m_figure;
    PointFields* m_pointFields;
};

} // namespace gradlab
