#pragma once
// The figure of the partial-derivatives lesson: the function as a contour map with a point dragged
// anywhere on it, the ∂f/∂x and ∂f/∂y arrows, the gradient and its negative; beside it the two slices
// f(x, y₀) and f(x₀, y), each with its tangent, which show that a partial derivative is a slice's slope.

#include "function/point_classification.h"
#include "geometry/arrow_scale.h"

#include <QWidget>

class QLabel;
class QCPGraph;
class QCPItemStraightLine;

namespace gradlab {

class ArrowItem;
class ContourMap;
class DraggableHandle;
class FigureTitle;
class LessonPlot;
class SurfaceLesson;

class ContourFigure : public QWidget {
    Q_OBJECT
public:
    explicit ContourFigure(SurfaceLesson* lesson, QWidget* parent = nullptr);
    ~ContourFigure() override;

    LessonPlot* mapPlot() const { return m_map; }
    ContourMap* contourMap() const { return m_contours; }
    DraggableHandle* handle() const { return m_handle; }
    ArrowItem* gradientArrow() const { return m_gradient; }
    ArrowItem* partialXArrow() const { return m_partialX; }
    ArrowItem* partialYArrow() const { return m_partialY; }
    ArrowItem* negativeArrow() const { return m_negative; }
    LessonPlot* sliceXPlot() const { return m_sliceX; }
    LessonPlot* sliceYPlot() const { return m_sliceY; }
    QCPItemStraightLine* sliceXTangent() const { return m_tangentX; }
    QCPItemStraightLine* sliceYTangent() const { return m_tangentY; }
    QString readoutText() const;
    void resetView();
    /// The scale of the arrows: |∇f| per unit of arrow length, one for the function and its rectangle.
    const ArrowScale& arrowScale() const { return m_arrowScale; }
    /// How the gradient arrow fits the map as laid out now.
    ArrowFit arrowFit() const { return m_fit; }
    /// Arrows shorter than this many pixels are not drawn; the readout says they are too small.
    static constexpr double kMinArrowPixels = 6.0;

private:
    void rebuildMap();
    void update();
    /// Sizes the arrows to the map's pixels and writes the readout (which says how they fit).
    void fitArrows();
    /// The sentence under the readouts: what the arrows mean here, or what kind of flat point this is.
    QString explanation(const SurfacePoint& kind, ArrowFit fit, double norm) const;

    SurfaceLesson* m_lesson;
    FigureTitle* m_title;
    LessonPlot* m_map;
    ContourMap* m_contours;
    DraggableHandle* m_handle;
    ArrowItem* m_partialX;
    ArrowItem* m_partialY;
    ArrowItem* m_gradient;
    ArrowItem* m_negative;
    LessonPlot* m_sliceX;
    LessonPlot* m_sliceY;
    QCPGraph* m_sliceXGraph;
    QCPGraph* m_sliceYGraph;
    QCPGraph* m_sliceXPoint;
    QCPGraph* m_sliceYPoint;
    QCPItemStraightLine* m_tangentX;
    QCPItemStraightLine* m_tangentY;
    QLabel* m_readout;
    double m_typicalSlope = 1.0;
    ArrowScale m_arrowScale;
    SurfacePoint m_kind;
    ArrowFit m_fit = ArrowFit::Undefined;
    QRect m_fittedRect; ///< the map's axis rectangle the arrows were last fitted to
};

} // namespace gradlab
