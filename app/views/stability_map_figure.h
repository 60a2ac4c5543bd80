#pragma once
// A stability map: final loss (log colour scale) or steps to converge over the learning rate (log axis)
// and the optimizer's second hyperparameter (linear axis), diverged cells in one colour of their own, the
// boundaries between converged, not converged and diverged cells, and the current settings as a point to
// drag. The map itself is computed by a lesson's StabilityMapper, off the GUI thread, while it is shown.
// The learning-rate lesson shows its run's map beside the loss curve (whose start point drags); the race
// shows the map of one racer.

#include "descent/optimizer.h"
#include "lessons/stability_mapper.h"

#include <QWidget>

class QCPColorMap;
class QCPColorScale;
class QCPCurve;
class QComboBox;
class QHBoxLayout;
class QLabel;

namespace gradlab {

class CurveGraph;
class DraggableHandle;
class FunctionLesson;
class LessonPlot;

class StabilityMapFigure : public QWidget {
    Q_OBJECT
public:
    /// The map of `mapper`; with a `curveLesson` (one variable, whose start the mapper maps) the loss
    /// curve beside it with the start to drag.
    StabilityMapFigure(StabilityMapper* mapper, FunctionLesson* curveLesson, QWidget* parent = nullptr);
    ~StabilityMapFigure() override;

    using Colour = StabilityMapper::Colour;
    Colour colour() const;
    /// Asks the owning lesson to colour the map so (one undo step).
    void setColour(Colour c);
    StabilityMapper* mapper() const { return m_mapper; }
    /// Off for an exported figure: no controls over the map (the colour bar's label says what it shows),
    /// no "drag it".
    void setInteractive(bool on);
    /// Puts `widget` (the race's choice of racer) first in the row of controls over the map.
    void addControl(QWidget* label, QWidget* widget);

    LessonPlot* plot() const { return m_plot; }
    /// The cells' colours: final loss − L_min or steps to converge; NaN where a cell has its own colour.
    QCPColorMap* colorMap() const { return m_map; }
    /// Diverged cells (and, colouring by steps, cells that did not converge), in their own colours.
    QCPColorMap* outcomeMap() const { return m_outcomes; }
    QCPColorScale* colorScale() const { return m_scale; }
    QCPCurve* convergedBoundary() const { return m_convergedLine; }
    QCPCurve* divergedBoundary() const { return m_divergedLine; }
    DraggableHandle* point() const { return m_point; }
    /// The loss curve beside the map, with the start point to drag: the map follows the start (null
    /// without a curve lesson).
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
    /// The axes: the map's with a margin of the point's radius around it; true if they changed.
    bool fitRanges();
    void updatePoint();
    void updateControls();
    /// The legend: what the map shows (m_legendMapPart) and the current settings' values.
    void updateLegend();
    /// "|f′|" or "|∇f|": what the tolerance is compared with.
    QString slopeSize() const;
    void rebuildCurve();

    StabilityMapper* m_mapper;
    FunctionLesson* m_curveLesson;
    QHBoxLayout* m_controls;
    LessonPlot* m_plot;
    QCPColorMap* m_map;
    QCPColorMap* m_outcomes;
    QCPColorScale* m_scale;
    QCPCurve* m_convergedLine;
    QCPCurve* m_divergedLine;
    DraggableHandle* m_point;
    LessonPlot* m_curvePlot = nullptr;
    CurveGraph* m_curve = nullptr;
    DraggableHandle* m_start = nullptr;
    QLabel* m_parameterLabel;
    bool m_interactive = true;
    bool m_shown = false; ///< between a show event and the next hide event
    QComboBox* m_parameterBox;
    QComboBox* m_colourBox;
    QLabel* m_note;
    QLabel* m_legend;
    QString m_legendMapPart;
};

} // namespace gradlab
