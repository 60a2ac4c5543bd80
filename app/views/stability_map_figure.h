#pragma once
// The learning-rate lesson's stability map: final loss (log colour scale) or steps to converge over the
// learning rate (log axis) and the optimizer's second hyperparameter (linear axis), diverged cells in one
// colour of their own, the boundaries between converged, not converged and diverged cells, and the current
// settings as a point to drag. The map itself is computed by the lesson, off the GUI thread.

#include "descent/optimizer.h"

#include <QWidget>

class QCPColorMap;
class QCPColorScale;
class QCPCurve;
class QComboBox;
class QLabel;

namespace gradlab {

class CurveGraph;
class DraggableHandle;
class LearningRateLesson;
class LessonPlot;

class StabilityMapFigure : public QWidget {
    Q_OBJECT
public:
    explicit StabilityMapFigure(LearningRateLesson* lesson, QWidget* parent = nullptr);
    ~StabilityMapFigure() override;

    enum class Colour { FinalLoss, StepsToConverge };
    Colour colour() const { return m_colour; }
    void setColour(Colour c);

    LessonPlot* plot() const { return m_plot; }
    /// The cells' colours: final loss − L_min or steps to converge; NaN where a cell has its own colour.
    QCPColorMap* colorMap() const { return m_map; }
    /// Diverged cells (and, colouring by steps, cells that did not converge), in their own colours.
    QCPColorMap* outcomeMap() const { return m_outcomes; }
    QCPColorScale* colorScale() const { return m_scale; }
    QCPCurve* convergedBoundary() const { return m_convergedLine; }
    QCPCurve* divergedBoundary() const { return m_divergedLine; }
    DraggableHandle* point() const { return m_point; }
    /// The loss curve beside the map, with the start point to drag: the map follows the start.
    LessonPlot* curvePlot() const { return m_curvePlot; }
    DraggableHandle* startHandle() const { return m_start; }
    /// The second axis's choice (shown when the optimizer has more than one, Adam's β₁ and β₂).
    QComboBox* parameterBox() const { return m_parameterBox; }
    QComboBox* colourBox() const { return m_colourBox; }
    /// One sentence over the map: what it shows, how far it is computed, or why it is a single row.
    QLabel* note() const { return m_note; }
    QLabel* legend() const { return m_legend; }
    static const QColor& divergedColour();
    static const QColor& notConvergedColour();
    /// "η, learning rate", "μ, momentum", "β₁, Adam's first-moment decay", …
    static QString axisLabel(Hyperparameter h);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateMap();
    void updatePoint();
    void updateControls();
    /// The legend: what the map shows (m_legendMapPart) and the current settings' values.
    void updateLegend();
    /// "|f′|" or "‖∇f‖": what the tolerance is compared with.
    QString slopeSize() const;
    void rebuildCurve();

    LearningRateLesson* m_lesson;
    LessonPlot* m_plot;
    QCPColorMap* m_map;
    QCPColorMap* m_outcomes;
    QCPColorScale* m_scale;
    QCPCurve* m_convergedLine;
    QCPCurve* m_divergedLine;
    DraggableHandle* m_point;
    LessonPlot* m_curvePlot;
    CurveGraph* m_curve;
    DraggableHandle* m_start;
    QLabel* m_parameterLabel;
    QComboBox* m_parameterBox;
    QComboBox* m_colourBox;
    QLabel* m_note;
    QLabel* m_legend;
    QString m_legendMapPart;
    Colour m_colour = Colour::FinalLoss;
};

} // namespace gradlab
