#pragma once
// The figure of the learning-rate lesson: the run on the loss curve, w and the loss per step (log scale), the
// regime in words, and the sweep: final loss against learning rate (log-log), regimes shaded, the
// current rate and the critical rate 2/f″(w*) marked.

#include "descent/trajectory.h"

#include <QWidget>
#include <memory>
#include <vector>

class QLabel;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;

namespace gradlab {

class RestTimer;

class ClearSpot;
class CurveGraph;
class DraggableHandle;
class FigureTitle;
class LearningRateLesson;
class LessonPlot;
class OffViewMarker;
class SteadyLabel;
class TrajectoryCurve;

class LearningRateFigure : public QWidget {
    Q_OBJECT
public:
    explicit LearningRateFigure(LearningRateLesson* lesson, QWidget* parent = nullptr);
    ~LearningRateFigure() override;

    LessonPlot* curvePlot() const { return m_curvePlot; }
    LessonPlot* lossPlot() const { return m_lossPlot; }
    /// w against the step k: the run's coordinate in time, so that sign flips about w* show.
    LessonPlot* stepPlot() const { return m_stepPlot; }
    QCPGraph* stepGraph() const { return m_stepGraph; }
    /// The step plot's "w* = 3" beside its dashed line at w*.
    QCPItemText* minimumLabel() const { return m_minimumLabel; }
    /// The arrow and words at the edge of the curve plot saying where a diverging run went.
    OffViewMarker* divergenceMarker() const { return m_divergence; }
    LessonPlot* sweepPlot() const { return m_sweepPlot; }
    /// The sweep's line at the lesson's marked rate (the optimizer's edge) and its words.
    QCPItemStraightLine* criticalLine() const { return m_criticalLine; }
    QCPItemText* criticalLabel() const { return m_criticalLabel; }
    DraggableHandle* startHandle() const { return m_start; }
    TrajectoryCurve* path() const { return m_path; }
    QString regimeText() const;
    /// The sweep's shaded bands, left to right: rates [left, right] whose runs share one regime.
    struct Band {
        double left = 0.0;
        double right = 0.0;
        int regime = 0; ///< a Regime
    };
    const std::vector<Band>& sweepBands() const { return m_bands; }
    QString sweepLegendText() const;
    QString lossAxisLabel() const;
    QString sweepAxisLabel() const;
    void resetView();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The step and loss plots' left margins measured afresh (each then takes the larger of the two).
    void relaxMargins();
    void rebuildCurve();
    void update();
    void updateSweep();
    /// What the critical rate 2/f″(w*) says about run `t`, true with a schedule and with noise.
    QString criticalRateText(const Trajectory& t) const;
    QString edgeText(bool scheduled) const;
    /// What a rate above the critical one does near the minimum: r = 1 − η·f″ below −1, the run diverges.
    QString factorText(const QString& variable) const;

    LearningRateLesson* m_lesson;
    FigureTitle* m_title;
    LessonPlot* m_curvePlot;
    LessonPlot* m_lossPlot;
    LessonPlot* m_stepPlot;
    LessonPlot* m_sweepPlot;
    /// Lets the step and loss plots' shared left margin shrink again once a drag has rested.
    RestTimer* m_marginRelax;
    CurveGraph* m_curve;
    TrajectoryCurve* m_path;
    DraggableHandle* m_start;
    OffViewMarker* m_divergence;
    QCPGraph* m_stepGraph;
    QCPItemStraightLine* m_minimumLine;
    QCPItemText* m_minimumLabel;
    QCPGraph* m_lossGraph;
    QCPGraph* m_sweepGraph;
    QCPItemStraightLine* m_currentLine;
    QCPItemStraightLine* m_criticalLine;
    QCPItemText* m_criticalLabel;
    std::unique_ptr<ClearSpot> m_minimumSpot;
    std::unique_ptr<ClearSpot> m_criticalSpot;
    SteadyLabel* m_regime;
    QLabel* m_legend;
    std::vector<Band> m_bands;
};

} // namespace gradlab
