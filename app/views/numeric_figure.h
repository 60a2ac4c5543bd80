#pragma once
// The figure of the numerical-derivatives lesson: the error of forward, backward and central differences
// against the exact derivative, on log-log axes over h from 1 to 1e-16, with each scheme's band of good h
// marked at its typical error, and reference slopes a decade from the curves they describe.
// Beside it, the curve with the point (draggable) where the derivative is taken.

#include "diff/numeric.h"

#include <QWidget>

class QLabel;
class QCPGraph;

namespace gradlab {

class CurveGraph;
class DraggableHandle;
class FunctionLesson;
class FigureTitle;
class LessonPlot;

class NumericFigure : public QWidget {
    Q_OBJECT
public:
    explicit NumericFigure(FunctionLesson* lesson, QWidget* parent = nullptr);
    ~NumericFigure() override;

    LessonPlot* errorPlot() const { return m_errorPlot; }
    LessonPlot* curvePlot() const { return m_curvePlot; }
    DraggableHandle* handle() const { return m_handle; }
    /// The best h found for scheme 0 (forward), 1 (backward), 2 (central).
    double bestH(int scheme) const { return m_bestH[scheme]; }
    /// The error curve shown for a scheme (with its best h, band and measured truncation slope).
    const ErrorCurve& curve(int scheme) const { return m_curves[scheme]; }
    void resetView();

private:
    void rebuildCurve();
    void update();
    QString schemeLine(int scheme) const;

    FunctionLesson* m_lesson;
    LessonPlot* m_curvePlot;
    LessonPlot* m_errorPlot;
    CurveGraph* m_curve;
    DraggableHandle* m_handle;
    QCPGraph* m_errors[3];
    QCPGraph* m_best[3];
    QCPGraph* m_band[3];
    QCPGraph* m_guides[2];
    ErrorCurve m_curves[3];
    FigureTitle* m_title;
    QLabel* m_readout;
    double m_bestH[3] = {0, 0, 0};
};

} // namespace gradlab
