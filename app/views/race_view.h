#pragma once
// Lesson 8, "Descent on a surface": optimizers racing from one start on a contour map; click the map to
// set the start; each optimizer's hyperparameters editable; Play / Pause / Step / Reset and a speed.

#include "views/lesson_view.h"

class QPushButton;
class QSlider;
class QTableWidget;

namespace gradlab {

class PointFields;
class RaceFigure;
class RaceLesson;

class RaceView : public LessonView {
    Q_OBJECT
public:
    /// The view shows `lesson` (shared with the 3-D view), or its own when null.
    explicit RaceView(RaceLesson* lesson = nullptr, QWidget* parent = nullptr);

    QString id() const override { return QStringLiteral("race"); }
    QString title() const override { return tr("Descent on a surface"); }
    std::unique_ptr<QWidget> createExportFigure() const override;
    void resetView() override;
    bool applyOptions(const RenderOptions& options, QString* error) override;
    void togglePlay() override;
    QByteArray tableCsv() const override;
    LessonAnimation createAnimation() const override;
    bool hasAnimation() const override { return true; }
    QString tableName() const override { return QStringLiteral("trajectories"); }
    QJsonObject saveState() const override;
    QString checkState(const QJsonObject& state) const override;
    void restoreState(const QJsonObject& state) override;

    RaceLesson* lesson() const { return m_lesson; }
    RaceFigure* figure() const { return m_figure; }
    QTableWidget* optimizerTable() const { return m_table; }
    QPushButton* playButton() const { return m_play; }
    FormulaField* formulaField() const { return m_formula; }
    PointFields* startFields() const { return m_startFields; }

private:
    void fillTable();
    void readRow(int row);

    RaceLesson* m_lesson;
    FormulaField* m_formula;
    RaceFigure* m_figure;
    QTableWidget* m_table;
    QPushButton* m_play;
    QPushButton* m_step;
    QPushButton* m_reset;
    QSlider* m_speed;
    PointFields* m_startFields;
    bool m_filling = false;
};

/// Every enabled optimizer's steps as one CSV table (the race and the 3-D view).
QByteArray raceTrajectoriesCsv(const RaceLesson& lesson);

/// Applies --start, --lr (one, or one per optimizer), --optimizer (a list) and --steps to a race.
bool applyRaceOptions(const RenderOptions& options, RaceLesson* lesson, QString* error);

} // namespace gradlab
