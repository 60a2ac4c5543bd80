#pragma once
// Gradient descent on a one-variable function: the start point (the lesson's x), the learning rate and
// optimizer, and a run that can be played, paused, stepped and reset. With autoRun the whole run is
// recomputed at once whenever a setting changes (the learning-rate lesson).

#include "descent/descent.h"
#include "descent/run_judgement.h"
#include "lessons/function_lesson.h"

#include "lessons/player.h"
#include <memory>

namespace gradlab {

class DescentLesson : public FunctionLesson {
    Q_OBJECT
public:
    explicit DescentLesson(QObject* parent = nullptr);

    double learningRate() const { return m_settings.hyperparameters.learningRate; }
    OptimizerKind optimizer() const { return m_settings.optimizer; }
    int maxSteps() const { return m_settings.maxSteps; }
    const DescentSettings& settings() const { return m_settings; }
    void setLearningRate(double lr);
    void setOptimizer(OptimizerKind kind);
    void setMaxSteps(int steps);
    void setAutoRun(bool on);
    /// How the learning rate changes along the run (learningRate() is its base rate).
    const Schedule& schedule() const { return m_settings.schedule; }
    /// Sets the schedule and restarts the run; a schedule core's scheduleProblem refuses changes nothing.
    void setSchedule(const Schedule& schedule);
    /// The standard deviation σ of the Gaussian noise added to each gradient (0: none).
    double noise() const { return m_settings.noise; }
    /// Sets σ and restarts the run; a σ core's noiseProblem refuses changes nothing.
    void setNoise(double sigma);
    /// The seed the noise is drawn from: the same seed gives the same run.
    int seed() const { return static_cast<int>(m_settings.seed); }
    /// Sets the seed (0 … kMaxSeed; others change nothing) and restarts the run.
    void setSeed(int seed);
    /// The tolerance: the run stops when |∇f| falls below it, and counts as converged when its loss gap
    /// (or gradient) has shrunk to this fraction of where it began.
    double tolerance() const { return m_settings.tolerance; }
    void setTolerance(double tolerance);
    /// The tolerance lies strictly between these: a fraction, never 0 (a run would never converge).
    static constexpr double kMinTolerance = 0.0;
    static constexpr double kMaxTolerance = 1.0;
    /// Whether `tolerance` can be the tolerance: a number strictly between kMinTolerance and kMaxTolerance.
    static bool validTolerance(double tolerance) {
        return tolerance > kMinTolerance && tolerance < kMaxTolerance;
    }
    /// The most steps a run may take (the step fields' and the lesson files' limit).
    static constexpr int kMaxSteps = 10000;
    /// Whether the figure draws the optimizer's state at each step (the overlay; off by default).
    bool showState() const { return m_showState; }
    void setShowState(bool on);
    /// Sets the optimizer, all its hyperparameters and the step limit at once, and restarts the run.
    void setSettings(OptimizerKind kind, const Hyperparameters& hp, int maxSteps, double tolerance = -1.0);

    const Trajectory& trajectory() const { return m_run->trajectory(); }
    /// The run as the core judges it: regime, converged or not, the minimum it approaches, sentences.
    RunJudgement judgement() const { return judgeRun(*function(), trajectory(), m_settings); }
    bool stopped() const { return m_run->stopped(); }
    bool isPlaying() const override { return m_player->isPlaying(); }

    /// Starts again from the start point (and runs to the end with autoRun).
    void reset();
    /// One step; false when the run has stopped.
    bool step();
    void play();
    void pause();
    void togglePlay() override;

    void copyFrom(const DescentLesson& other);

    QString id() const override { return QStringLiteral("descent1d"); }
    /// The function's keys and "optimizer", "maxSteps", "tolerance", the hyperparameters, "schedule",
    /// "noise" and "seed".
    QJsonObject save() const override;
    QString check(const QJsonObject& state) const override;
    /// The steps of the run.
    QByteArray tableCsv() const override;
    QString tableName() const override { return QStringLiteral("steps"); }
    QString tableTitle() const override;
    /// The run as a script that prints `gradlab descend --json`'s object (without its judgement).
    PythonScript pythonScript(ScriptLanguage language) const override;
    std::unique_ptr<Lesson> clone() const override;

protected:
    void read(const QJsonObject& state) override;
    /// Also --start, --optimizer, --lr, --steps, --schedule (and its settings), --noise, --seed; the run is
    /// taken to its end.
    bool apply(const RenderOptions& options, QString* error) override;
    /// The function's options and --start, --optimizer, --lr, --steps, the schedule, --noise, --seed.
    bool applyDescentOptions(const RenderOptions& options, QString* error);
    /// Whether this lesson's figure draws the state overlay (and its files hold "showState").
    virtual bool drawsState() const { return true; }

private:
    void restartIfStale();
    /// reset() without changed().
    void restart();

    DescentSettings m_settings;
    std::unique_ptr<DescentRun> m_run;
    FunctionPtr m_runFunction;
    double m_runStart = 0.0;
    bool m_autoRun = false;
    bool m_internal = false;
    bool m_showState = false;
    Player* m_player = nullptr;
};

} // namespace gradlab
