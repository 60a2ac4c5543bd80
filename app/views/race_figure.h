#pragma once
// The figure of the descent-on-a-surface lesson: the contour map with each optimizer's trail from the
// shared start, and beside it f and |∇f| per step (log scale) for each optimizer, with stop reasons.

#include "descent/optimizer.h"
#include "descent/run_judgement.h"

#include <QWidget>
#include <array>

class QLabel;
class QCPAbstractPlottable;
class QCPGraph;
class QScrollArea;

namespace gradlab {

class ContourMap;
class DraggableHandle;
class FigureTitle;
class LessonPlot;
class RaceLesson;
class StateOverlay;
class TrajectoryCurve;

class RaceFigure : public QWidget {
    Q_OBJECT
public:
    explicit RaceFigure(RaceLesson* lesson, QWidget* parent = nullptr);
    ~RaceFigure() override;

    LessonPlot* mapPlot() const { return m_map; }
    ContourMap* contourMap() const { return m_contours; }
    LessonPlot* lossPlot() const { return m_lossPlot; }
    DraggableHandle* startHandle() const { return m_start; }
    TrajectoryCurve* trail(OptimizerKind k) const { return m_trails[static_cast<std::size_t>(k)]; }
    /// The optimizer's second run at another learning rate (dashed).
    TrajectoryCurve* secondTrail(OptimizerKind k) const { return m_seconds[static_cast<std::size_t>(k)]; }
    /// The optimizer-state overlay of the optimizer's run (second: of its second run).
    StateOverlay* stateOverlay(OptimizerKind k, bool second = false) const {
        return (second ? m_secondStates : m_states)[static_cast<std::size_t>(k)];
    }
    /// What the overlay's marks mean and each run's latest per-coordinate step sizes ("" when hidden).
    QString stateCaption() const;
    QString statusText() const;
    QString titleText() const;
    /// The scrolled area under the plots holding the status lines and the state caption: as tall as they
    /// are, up to a third of the figure, so that the map keeps its room beside seven racers.
    QScrollArea* textArea() const { return m_textArea; }
    void resetView();
    /// Markers on a trail are at least this many pixels apart; the line joins every step.
    static constexpr double kMarkerSpacing = 10.0;
    /// The state overlay's faded marks are at least this many pixels apart (a run alone: 24).
    static constexpr double kStateSpacing = 60.0;
    /// The loss and |∇f| curves carry their optimizer's marker on every this-many-plus-one-th step.
    static constexpr int kCurveMarkerSkip = 14;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Fits the text area's height to the status lines and caption at its width (see textArea()).
    void fitTextArea();
    void rebuildMap();
    void update();
    /// Makes `keys` the legend's entries, in that order.
    void showKeys(const QList<QCPAbstractPlottable*>& keys);
    /// Draws one run (a trail, its f − f* and |∇f| curves) and returns its status line; widens the ranges.
    QString showRun(const Trajectory& t, const RunJudgement& judgement, const QString& lrWord,
                    double learningRate, OptimizerKind kind, bool second, double floor, double* lo,
                    double* hi, double* glo, double* ghi, int* longest);

    RaceLesson* m_lesson;
    FigureTitle* m_title;
    LessonPlot* m_map;
    ContourMap* m_contours;
    DraggableHandle* m_start;
    LessonPlot* m_lossPlot;
    LessonPlot* m_gradPlot;
    std::array<TrajectoryCurve*, kOptimizerCount> m_trails{};
    std::array<QCPGraph*, kOptimizerCount> m_losses{};
    std::array<QCPGraph*, kOptimizerCount> m_norms{};
    std::array<TrajectoryCurve*, kOptimizerCount> m_seconds{};
    std::array<QCPGraph*, kOptimizerCount> m_secondLosses{};
    std::array<QCPGraph*, kOptimizerCount> m_secondNorms{};
    QLabel* m_status;
    std::array<StateOverlay*, kOptimizerCount> m_states{};
    std::array<StateOverlay*, kOptimizerCount> m_secondStates{};
    QLabel* m_stateCaption;
    QScrollArea* m_textArea;
    /// Draws or hides the overlay and its caption from the lesson's runs.
    void showStates();
    /// Adds to the caption which runs' marks are drawn longer, and by how much.
    void showStateScale();
    QString m_stateText; ///< the caption without that sentence
};

} // namespace gradlab
