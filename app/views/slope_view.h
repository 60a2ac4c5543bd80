#pragma once
// Lesson 1, "Slope at a point": the formula, a point dragged along the curve, the tangent, and f′.

#include "views/lesson_view.h"

namespace gradlab {

class FunctionLesson;
class SlopeFigure;

class SlopeView : public LessonView {
    Q_OBJECT
public:
    explicit SlopeView(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("slope"); }
    QString title() const override { return tr("Slope at a point"); }
    std::unique_ptr<QWidget> createExportFigure() const override;
    bool applyOptions(const RenderOptions& options, QString* error) override;
    QJsonObject saveState() const override;
    QString checkState(const QJsonObject& state) const override;
    void restoreState(const QJsonObject& state) override;
    void resetView() override;

    FunctionLesson* lesson() const { return m_lesson; }
    SlopeFigure* figure() const { return m_figure; }
    FormulaField* formulaField() const { return m_formula; }
    ValueField* pointField() const { return m_xField; }

private:
    FunctionLesson* m_lesson;
    FormulaField* m_formula;
    SlopeFigure* m_figure;
    ValueField* m_xField;
};

} // namespace gradlab
