#pragma once
// Lesson 2, "Secant → tangent": Δx on a log slider (down to 1e-6) and in a field, three difference
// schemes, and Animate, which shrinks Δx until the secant lies on the tangent.

#include "views/lesson_view.h"

class QButtonGroup;
class QLineEdit;
class QPushButton;
class QSlider;

namespace gradlab {

class ValueField;

class SecantFigure;
class SecantLesson;

class SecantView : public LessonView {
    Q_OBJECT
public:
    explicit SecantView(QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("secant"); }
    QString title() const override { return tr("Secant → tangent"); }
    std::unique_ptr<QWidget> createExportFigure() const override;
    void resetView() override;
    bool applyOptions(const RenderOptions& options, QString* error) override;
    void togglePlay() override;
    QByteArray tableCsv() const override;
    LessonAnimation createAnimation() const override;
    bool hasAnimation() const override { return true; }
    QString tableName() const override { return QStringLiteral("limit-table"); }
    QJsonObject saveState() const override;
    QString checkState(const QJsonObject& state) const override;
    void restoreState(const QJsonObject& state) override;
    bool isPlaying() const override;

    SecantLesson* lesson() const { return m_lesson; }
    SecantFigure* figure() const { return m_figure; }
    FormulaField* formulaField() const { return m_formula; }
    QSlider* dxSlider() const { return m_slider; }
    ValueField* dxField() const { return m_dxField; }
    ValueField* pointField() const { return m_xField; }
    QPushButton* animateButton() const { return m_animate; }

    /// The slider runs over log10(Δx) from −6 to log10(2) in this many steps.
    static constexpr int kSliderSteps = 1000;
    static int sliderPosition(double dx);
    static double sliderValue(int position);

private:
    void syncControls();

    SecantLesson* m_lesson;
    FormulaField* m_formula;
    SecantFigure* m_figure;
    QSlider* m_slider;
    ValueField* m_dxField;
    QButtonGroup* m_schemes;
    QPushButton* m_animate;
    ValueField* m_xField;
};

} // namespace gradlab
