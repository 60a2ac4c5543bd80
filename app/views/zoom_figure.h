#pragma once
// The figure of "Zoom in until it looks straight": the magnifier (the window [a − w, a + w] about the
// point, one unit of x as long as one of y, so angles and the osculating circle are true), the tangent,
// the Taylor parabola and cubic, the osculating circle and Newton's step; beside it a log-log inset of the
// largest gap against w with its measured slope, and the sentences: the tangent's equation, the gap in
// this window, how f bends, what Newton's step is, and at a corner that it never straightens.

#include <QSharedPointer>
#include <QWidget>

class QCPCurve;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QLabel;

namespace gradlab {

class CurveGraph;
class DraggableHandle;
class FigureTitle;
class LessonPlot;
class OffsetTicker;
class ZoomLesson;

class ZoomFigure : public QWidget {
    Q_OBJECT
public:
    explicit ZoomFigure(ZoomLesson* lesson, QWidget* parent = nullptr);
    ~ZoomFigure() override;

    LessonPlot* plot() const { return m_plot; }
    LessonPlot* inset() const { return m_inset; }
    DraggableHandle* pointHandle() const { return m_point; }
    QCPItemStraightLine* tangentLine() const { return m_tangent; }
    QCPGraph* parabolaGraph() const { return m_parabola; }
    QCPGraph* cubicGraph() const { return m_cubic; }
    QCPCurve* circleCurve() const { return m_circle; }
    QCPGraph* newtonGraph() const { return m_newton; }
    /// The inset's gap per half-width (windows above rounding), those below it, the current window.
    QCPGraph* gapGraph() const { return m_gaps; }
    QCPGraph* roundingGraph() const { return m_rounding; }
    QCPGraph* currentGapGraph() const { return m_current; }
    /// The reference line ∝ w^k (k = the lesson's referenceSlope(): 2, 3 where f″ = 0, …, 1 at a corner),
    /// shown only where the measured slope is that, and its label "∝ w^k" beside it.
    QCPGraph* referenceGraph() const { return m_reference; }
    QCPItemText* referenceLabel() const { return m_referenceText; }
    /// The magnifier's tickers: past a few digits of zoom they label offsets from a and from f(a).
    OffsetTicker* xTicker() const { return m_xTicker.data(); }
    OffsetTicker* yTicker() const { return m_yTicker.data(); }
    QLabel* gapReadout() const { return m_readout; }
    QLabel* slopeLabel() const { return m_slopeLabel; }
    QLabel* equationLabel() const { return m_equation; }
    QLabel* bendingLabel() const { return m_bendingLabel; }
    QLabel* newtonLabel() const { return m_newtonLabel; }
    QLabel* note() const { return m_note; }

    /// The magnifier's window about the point (the view follows the lesson's zoom).
    void resetView();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildCurve();
    void update();
    /// The view [a − w, a + w] with y centred on f(a) at the same scale.
    void applyWindow();
    /// Plain values on both axes, or past OffsetTicker::kMaxPlainDigits offsets from a and f(a) on both,
    /// the axis titles saying which.
    void updateAxisLabels();
    void updateInset();
    void updateSentences();

    ZoomLesson* m_lesson;
    LessonPlot* m_plot;
    LessonPlot* m_inset;
    CurveGraph* m_curve;
    DraggableHandle* m_point;
    QCPItemStraightLine* m_tangent;
    QCPGraph* m_parabola;
    QCPGraph* m_cubic;
    QCPCurve* m_circle;
    QCPGraph* m_newton;
    QCPItemText* m_newtonText;
    QCPGraph* m_gaps;
    QCPGraph* m_rounding;
    QCPGraph* m_current;
    QCPGraph* m_reference;
    QCPItemText* m_referenceText;
    QSharedPointer<OffsetTicker> m_xTicker;
    QSharedPointer<OffsetTicker> m_yTicker;
    FigureTitle* m_title;
    QLabel* m_readout;
    QLabel* m_slopeLabel;
    QLabel* m_equation;
    QLabel* m_bendingLabel;
    QLabel* m_newtonLabel;
    QLabel* m_note;
    bool m_dragging = false; ///< the view holds still while the point is dragged, and centres on release
};

} // namespace gradlab
