#pragma once
// Lesson 4, "Autograd": the computation graph of the formula and its backward pass, node by node.

#include "views/lesson_view.h"

class QPushButton;

namespace gradlab {

class AutogradFigure;
class AutogradLesson;
class ValueField;

class AutogradView : public LessonView {
    Q_OBJECT
public:
    explicit AutogradView(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("autograd"); }
    QString title() const override { return tr("Autograd"); }
    std::unique_ptr<QWidget> createExportFigure() const override;
    bool applyOptions(const RenderOptions& options, QString* error) override;
    QJsonObject saveState() const override;
    QString checkState(const QJsonObject& state) const override;
    void restoreState(const QJsonObject& state) override;
    void togglePlay() override;
    void resetView() override {}

    AutogradLesson* lesson() const { return m_lesson; }
    AutogradFigure* figure() const { return m_figure; }
    FormulaField* formulaField() const { return m_formula; }
    QPushButton* backwardButton() const { return m_backward; }

private:
    AutogradLesson* m_lesson;
    FormulaField* m_formula;
    AutogradFigure* m_figure;
    ValueField* m_xBox;
    QPushButton* m_backward;
    QPushButton* m_all;
    QPushButton* m_reset;
};

} // namespace gradlab
