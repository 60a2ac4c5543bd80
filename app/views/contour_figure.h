#pragma once
// The figure of the partial-derivatives lesson: the function as a contour map with a point dragged
// anywhere on it, the ∂f/∂x and ∂f/∂y arrows, the gradient and its negative; beside it the two slices
// f(x, y₀) and f(x₀, y), each with its tangent, which show that a partial derivative is a slice's slope.
// On request, the Hessian at the point: the axes of the local quadratic model and what its eigenvalues say.

#include "function/point_classification.h"
#include "geometry/arrow_scale.h"
#include "plotting/arrow_item.h"

#include <QWidget>
#include <memory>
#include <qcustomplot.h>

class QLabel;
class QCPGraph;
class QCPItemStraightLine;

namespace gradlab {

class ArrowItem;
class ContourMap;
class DraggableHandle;
class FigureTitle;
class ContourLesson;
class LessonPlot;
class QuadraticModelItem;
class SteadyLabel;

class ContourFigure : public QWidget {
    Q_OBJECT
public:
    explicit ContourFigure(ContourLesson* lesson, QWidget* parent = nullptr);
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
    /// The Hessian's drawing (visible while the lesson shows the Hessian).
    QuadraticModelItem* quadraticModel() const { return m_quadratic.get(); }
    /// The Hessian at the point, as drawn and described now.
    const HessianAxes& hessianAxes() const { return m_axes; }
    /// How far the level set of the quadratic model reaches along its gentlest curving direction: a fifth
    /// of the rectangle's shorter side.
    double modelReach() const;
    void resetView();
    /// The scale of the arrows: |∇f| per unit of arrow length, one for the function and its rectangle.
    const ArrowScale& arrowScale() const { return m_arrowScale; }
    /// How the gradient arrow fits the map as laid out now.
    ArrowFit arrowFit() const { return m_fit; }
    /// Arrows shorter than this many pixels are not drawn; the readout says they are too small.
    static constexpr double kMinArrowPixels = ArrowItem::kLeastPixels;

private:
    void rebuildMap();
    void update();
    /// Sizes the arrows to the map's pixels and writes the readout (which says how they fit).
    void fitArrows();
    /// The sentence under the readouts: what the arrows mean here, or what kind of flat point this is.
    QString explanation(const SurfacePoint& kind, ArrowFit fit, double norm) const;
    /// With the Hessian shown: what its eigenvalues say about the shape near the point, and what is drawn.
    QString hessianText() const;
    /// The label of eigen-direction i: its eigenvalue and whether the surface curves up, down or not.
    QString axisLabel(int i) const;
    /// "λ₁ = 2", or "λ₁ ≈ 0" for an eigenvalue that counts as zero (see bendSign).
    QString eigenvalueText(int i) const;

    ContourLesson* m_lesson;
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
    SteadyLabel* m_readout;
    std::unique_ptr<QuadraticModelItem> m_quadratic;
    HessianAxes m_axes;
    double m_typicalSlope = 1.0;
    ArrowScale m_arrowScale;
    SurfacePoint m_kind;
    ArrowFit m_fit = ArrowFit::Undefined;
    QRect m_fittedRect;            ///< the map's axis rectangle the arrows were last fitted to
    QCPRange m_fittedX, m_fittedY; ///< and its ranges
};

} // namespace gradlab
