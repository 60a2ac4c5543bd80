#pragma once
// Lesson 3, "Numerical derivatives": how the error of finite differences depends on h.

#include "views/lesson_view.h"

namespace gradlab {

class FunctionLesson;
class NumericFigure;

class NumericView : public LessonView {
    Q_OBJECT
public:
    explicit NumericView(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("numeric"); }
    QString title() const override { return tr("Numerical derivatives"); }
    std::unique_ptr<QWidget> createExportFigure() const override;
    bool applyOptions(const RenderOptions& options, QString* error) override;
    QJsonObject saveState() const override;
    QString checkState(const QJsonObject& state) const override;
    void restoreState(const QJsonObject& state) override;
    void resetView() override;

    FunctionLesson* lesson() const { return m_lesson; }
    NumericFigure* figure() const { return m_figure; }
    FormulaField* formulaField() const { return m_formula; }
    ValueField* pointField() const { return m_xField; }

private:
    FunctionLesson* m_lesson;
    FormulaField* m_formula;
    NumericFigure* m_figure;
    ValueField* m_xField;
};

} // namespace gradlab
