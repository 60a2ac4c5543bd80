#pragma once
// Lesson 9, "Descent on a surface": optimizers racing from one start on a contour map; click the map to
// set the start; each optimizer's hyperparameters editable; Play / Pause / Step / Reset and a speed.

#include "views/lesson_registry.h"
#include "views/lesson_view.h"

class QCheckBox;
class QComboBox;
class QTabWidget;
class QLabel;
class QScrollArea;
class QPushButton;
class QSlider;
class QTableWidget;

namespace gradlab {

class PointFields;
class RaceFigure;
class RaceLesson;
class RaceTuner;
class SchedulePanel;
class StepInspector;
class StabilityMapFigure;
class StepPicker;

class RaceView : public LessonView {
    Q_OBJECT
public:
    RaceView(RaceLesson* lesson, QWidget* parent);
    /// The export animation: every enabled optimizer from the start, the longest run's steps spread
    /// over the frames.
    static LessonAnimation createAnimation(const RaceLesson& lesson);
    void resetView() override;
    /// Also the step inspected.
    void continueFrom(const LessonView& predecessor) override;

    RaceLesson* lesson() const { return m_lesson; }
    RaceFigure* figure() const { return m_figure; }
    /// The stability map of one racer, on the tab beside the race, and the choice of racer over it.
    StabilityMapFigure* mapFigure() const { return m_mapFigure; }
    QComboBox* mapOptimizerBox() const { return m_mapOptimizer; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* optimizerTable() const { return m_table; }
    QPushButton* playButton() const { return m_play; }
    FormulaField* formulaField() const { return m_formula; }
    PointFields* startFields() const { return m_startFields; }
    /// "Schedule & noise": one schedule and one noise for every optimizer.
    SchedulePanel* schedulePanel() const { return m_schedulePanel; }
    /// "Show optimizer state": the overlay of each optimizer's state on the map.
    QCheckBox* stateBox() const { return m_stateBox; }
    /// "Tune": each optimizer's best learning rate for this race, from a sweep.
    QPushButton* tuneButton() const { return m_tune; }
    RaceTuner* tuner() const { return m_tuner; }
    /// The sentence saying which rate each optimizer got from the last Tune ("" once it no longer holds).
    QString tuneText() const;
    /// The step inspector (one step of one optimizer's run) and what chooses it: a point of a trail, ←/→;
    /// a row of the optimizer table switches it to that optimizer.
    StepInspector* stepInspector() const { return m_inspector; }
    StepPicker* stepPicker() const { return m_picker; }

private:
    /// Hands every enabled run to the step picker.
    void showRunsToPicker();
    void fillTable();
    /// Hands the edited cell to the lesson's setter for it.
    void readCell(int row, int column);
    void showScheduleAndNoise();
    /// The tab the lesson shows and the racers the map can show.
    void showMapChoices();

    RaceLesson* m_lesson;
    FormulaField* m_formula;
    RaceFigure* m_figure;
    StabilityMapFigure* m_mapFigure;
    QComboBox* m_mapOptimizer;
    QTabWidget* m_tabs;
    QTableWidget* m_table;
    QPushButton* m_play;
    QPushButton* m_step;
    QPushButton* m_reset;
    QSlider* m_speed;
    PointFields* m_startFields;
    SchedulePanel* m_schedulePanel;
    StepInspector* m_inspector;
    StepPicker* m_picker;
    bool m_filling = false;
    QCheckBox* m_stateBox;
    QPushButton* m_tune;
    RaceTuner* m_tuner;
    QLabel* m_tuneReport;
    QScrollArea* m_tuneArea;
    void showTune();
};

} // namespace gradlab
