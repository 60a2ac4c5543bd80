#pragma once
// Lesson 11, "Fitting a line": data points, the line ŷ = w·x + b, its loss L(w, b) (the mean squared
// error) and a run of an optimizer on mini-batches of the data that can be played, paused, stepped and
// reset. The data are part of the lesson's state (and of its file); the run's progress is not.

#include "fit/data_presets.h"
#include "fit/fit_run.h"
#include "fit/line_loss.h"
#include "lessons/lesson.h"

#include <QPointF>
#include <memory>

namespace gradlab {

class Player;

class FitLesson : public Lesson {
    Q_OBJECT
public:
    explicit FitLesson(QObject* parent = nullptr);
    ~FitLesson() override;

    /// The most data points a lesson holds (an import of more is refused).
    static constexpr int kMaxPoints = 10000;
    /// The most epochs a run may be set to.
    static constexpr int kMaxEpochs = 10000;
    /// The most updates the lesson takes (a run set to more stops there, and says so).
    static constexpr int kMaxSteps = 100000;
    /// A run stops as converged when the full-data |∇L| falls below this.
    static constexpr double kTolerance = 1e-6;

    const DataSet& data() const { return m_data; }
    int pointCount() const { return static_cast<int>(m_data.size()); }
    /// The line the run starts from (dragging the line or the map point sets it).
    double startW() const { return m_w; }
    double startB() const { return m_b; }
    /// Where the run is now: the start until it has taken a step.
    QPointF current() const;
    /// L and ∇L over all the data at current().
    LineLoss currentLoss() const;
    LeastSquares leastSquares() const;
    /// The preset whose data these are, or null (the data were edited or imported).
    const DataPreset* preset() const { return findDataPreset(m_data); }

    const FitSettings& settings() const { return m_settings; }
    OptimizerKind optimizer() const { return m_settings.optimizer; }
    double learningRate() const { return m_settings.hyperparameters.learningRate; }
    int epochs() const { return m_settings.epochs; }
    /// Rows per update as set (0: all the data), and as used for the present data.
    int batchSize() const { return m_settings.batchSize; }
    int effectiveBatch() const { return effectiveBatchSize(pointCount(), m_settings.batchSize); }
    std::uint64_t seed() const { return m_settings.seed; }
    const Schedule& schedule() const { return m_settings.schedule; }

    /// Loads a preset's data and its start line (one undo step).
    void setPreset(const QString& name);
    /// Moves data point `i` (one undo step; a drag is one gesture). Non-finite coordinates are refused.
    void movePoint(int i, QPointF p);
    void addPoint(QPointF p);
    /// Removes data point `i`; the last point is never removed (a fit needs one).
    void removePoint(int i);
    /// Replaces the data with CSV (a header row naming x and y): false with a message naming the line,
    /// and nothing changed, if it cannot be read. One undo step.
    bool importCsv(const QByteArray& csv, QString* error);
    /// The data as CSV (x,y, 17 significant digits).
    QByteArray dataCsv() const;
    /// Sets the line the run starts from (one undo step; the run starts again there).
    void setLine(double w, double b);
    /// The line through two points (x₁, y₁), (x₂, y₂) with x₁ ≠ x₂ (a handle dragged about the other).
    void setLineThrough(QPointF a, QPointF b);

    void setOptimizer(OptimizerKind kind);
    void setLearningRate(double lr);
    /// Every hyperparameter at once (refused if any is out of its range).
    void setHyperparameters(const Hyperparameters& hp);
    void setSchedule(const Schedule& s);
    void setEpochs(int epochs);
    /// 1 (SGD) … n (full batch); n or more, or 0, is stored as 0: the whole data set, however many
    /// points it has.
    void setBatchSize(int rows);
    void setSeed(std::uint64_t seed);

    const FitRun& run() const { return *m_run; }
    const Trajectory& trajectory() const { return m_run->trajectory(); }
    /// The updates taken so far.
    int stepsTaken() const { return static_cast<int>(m_run->trajectory().points.size()) - 1; }
    /// True once the run has stopped or taken kMaxSteps updates.
    bool stopped() const;
    /// The run in words: where it is (update and epoch of how many) and why it stopped, if it has.
    QString runState() const;
    /// "batch 4 of 20 points: 5 updates per epoch".
    QString batchMeaning() const;

    /// One update; false when the run can take no more.
    bool step();
    /// Takes the rest of the run (up to kMaxSteps updates).
    void runToEnd();
    void reset();
    void play();
    void pause();
    bool isPlaying() const override;
    void togglePlay() override;

    void copyFrom(const FitLesson& other);

    QString id() const override { return QStringLiteral("fit-line"); }
    /// {"data": [[x, y], …], "start": [w, b], "optimizer", the hyperparameters, "schedule", "epochs",
    /// "batchSize" (0: all), "seed"}.
    QJsonObject save() const override;
    QString check(const QJsonObject& state) const override;
    /// The steps of the run.
    QByteArray tableCsv() const override;
    QString tableName() const override { return QStringLiteral("steps"); }
    QString tableTitle() const override;
    /// The run as a script that prints `gradlab fit --json`'s object for the same data and settings.
    PythonScript pythonScript(ScriptLanguage language) const override;
    std::unique_ptr<Lesson> clone() const override;

protected:
    void read(const QJsonObject& state) override;
    /// --start W,B, --optimizer, --lr, --steps (updates to take); the run is taken that far, or to its end.
    bool apply(const RenderOptions& options, QString* error) override;

private:
    /// Starts the run again from the start line with the present data and settings (no signal).
    void restart();
    /// restart() and changed().
    void restartAndNotify();
    /// One update without changed(); false when the run can take no more.
    bool advance();
    /// Why `data` cannot be the lesson's data ("" if it can).
    static QString dataProblem(const DataSet& data);

    DataSet m_data;
    double m_w = 0.5;
    double m_b = 0.0;
    FitSettings m_settings;
    std::unique_ptr<FitRun> m_run;
    Player* m_player = nullptr;
};

} // namespace gradlab
