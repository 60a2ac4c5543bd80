#pragma once
// Descent on a surface: one or more optimizers racing from the same start point (the lesson's point),
// each with its own hyperparameters, played step by step. Shared by the race lesson and the 3-D view,
// so the two show one experiment.

#include "codegen/descent_script.h"
#include "descent/descent.h"
#include "descent/run_judgement.h"
#include "lessons/surface_lesson.h"

#include "lessons/player.h"
#include "lessons/stability_mapper.h"
#include <array>
#include <memory>

namespace gradlab {

struct Racer {
    bool enabled = false;
    Hyperparameters hyperparameters;
    std::unique_ptr<DescentRun> run;
    /// A second run of the same optimizer with this learning rate (0: none), so that an optimizer can
    /// race itself: the same hyperparameters otherwise.
    double secondRate = 0.0;
    std::unique_ptr<DescentRun> second;
};

class RaceLesson : public SurfaceLesson {
    Q_OBJECT
public:
    explicit RaceLesson(QObject* parent = nullptr);

    const Racer& racer(OptimizerKind k) const { return m_racers[static_cast<std::size_t>(k)]; }
    const Trajectory& trajectory(OptimizerKind k) const { return racer(k).run->trajectory(); }
    bool isEnabled(OptimizerKind k) const { return racer(k).enabled; }
    /// One optimizer's run as the core judges it (regime, converged or not, the minimum it approaches).
    RunJudgement judgement(OptimizerKind k) const {
        return judgeRun(*function(), trajectory(k), racer(k).run->settings());
    }
    /// The optimizer's second run (enabled and with a second rate), its trajectory and judgement.
    bool hasSecond(OptimizerKind k) const {
        return isEnabled(k) && racer(k).secondRate > 0 && racer(k).second;
    }
    const Trajectory& secondTrajectory(OptimizerKind k) const { return racer(k).second->trajectory(); }
    RunJudgement secondJudgement(OptimizerKind k) const {
        return judgeRun(*function(), secondTrajectory(k), racer(k).second->settings());
    }
    /// Races the optimizer against itself at learning rate `lr` too (0, or any invalid rate: no second run).
    void setSecondRate(OptimizerKind k, double lr);
    /// Whether `lr` can be a second run's rate: a valid learning rate.
    static bool validSecondRate(double lr);
    void setEnabled(OptimizerKind k, bool on);
    void setHyperparameters(OptimizerKind k, const Hyperparameters& hp);
    int maxSteps() const { return m_maxSteps; }
    void setMaxSteps(int steps);
    /// One learning-rate schedule for every racer: each optimizer's rate is its base rate.
    const Schedule& schedule() const { return m_schedule; }
    /// Sets the schedule and restarts the race; a schedule core's scheduleProblem refuses changes nothing.
    void setSchedule(const Schedule& schedule);
    /// The gradient noise σ every racer's gradients get (0: none), each run drawn from seed().
    double noise() const { return m_noise; }
    void setNoise(double sigma);
    int seed() const { return m_seed; }
    /// Sets the seed (0 … kMaxSeed; others change nothing) and restarts the race.
    void setSeed(int seed);
    /// Steps per animation tick (the speed control): kMinSpeed…kMaxSpeed.
    int speed() const { return m_speed; }
    void setSpeed(int stepsPerTick);
    static constexpr int kMinSpeed = 1;
    static constexpr int kMaxSpeed = 50;

    /// Whether the figure draws each optimizer's state at its steps (the overlay; off by default).
    bool showState() const { return m_showState; }
    void setShowState(bool on);
    /// The settings optimizer `k`'s run uses: its hyperparameters, the step limit, schedule, noise and seed.
    DescentSettings runSettings(OptimizerKind k) const;
    /// Sets the learning rates of the optimizers listed, as one undo step named `undoText`, and restarts
    /// the race (Tune). Invalid rates are skipped.
    void setLearningRates(const std::vector<std::pair<OptimizerKind, double>>& rates,
                          const QString& undoText);

    /// The stability map of one racer (the learning rate × its second hyperparameter, for the race's
    /// function, start, steps, schedule and noise); its point is that racer's settings. Computed while the
    /// map tab is shown.
    StabilityMapper* mapper() const { return m_mapper; }
    /// The racer the map shows: the one chosen if it races, else the first that races (the chosen one if
    /// none races).
    OptimizerKind mappedOptimizer() const;
    /// Chooses the racer to map, one undo step (kept while it does not race, as the 3-D view's ball is).
    void setMappedOptimizer(OptimizerKind k);
    void setMapParameter(Hyperparameter h);
    void setMapColour(StabilityMapper::Colour c);
    /// The map's point dragged: the mapped racer's learning rate and parameter, one edit named by both
    /// ("Set Adam's η = 0.05 and β₁ = 0.9"); the race restarts with them.
    void setMapPoint(double learningRate, double parameter);
    /// Which tab the lesson shows (and File → Export Figure and `gradlab render race --view` draw).
    enum class View { Race, Map };
    View view() const { return m_view; }
    void setView(View v);

    bool allStopped() const;
    bool isPlaying() const override { return m_player->isPlaying(); }
    void reset();
    /// One step of every enabled, unfinished optimizer; false when all have stopped.
    bool step();
    void play();
    void pause();
    void togglePlay() override;
    /// Runs every enabled optimizer to its stop (export, tests).
    void runToEnd();

    /// Sets every optimizer's switch and hyperparameters, the step limit and the speed at once, and
    /// restarts the race (a lesson file, undo).
    void restoreRacers(const std::array<bool, kOptimizerCount>& enabled,
                       const std::array<Hyperparameters, kOptimizerCount>& hyperparameters, int maxSteps,
                       int speed, const std::array<double, kOptimizerCount>& secondRates = {});

    /// Sets each learning rate to a sensible default for the function's preset learning rate (the runs
    /// restart with the next change of function or point, or reset()).
    void setDefaultRates(double presetRate);

    void copyFrom(const RaceLesson& other);

    QString id() const override { return QStringLiteral("race"); }
    /// The function's keys and "maxSteps", "speed", "schedule", "noise", "seed", each optimizer's
    /// switch, hyperparameters and "secondRate" (0: none), and the map's "mapOptimizer", "mapParameter",
    /// "mapColour" and "view" ("race" or "map").
    QJsonObject save() const override;
    QString check(const QJsonObject& state) const override;
    /// Every enabled run's steps, one table with the run's name first.
    QByteArray tableCsv() const override;
    QString tableName() const override { return QStringLiteral("trajectories"); }
    QString tableTitle() const override;
    /// Every enabled run (an optimizer's second run after its first), in the table's order, as a script.
    PythonScript pythonScript(ScriptLanguage language) const override;
    /// What that script recomputes, titled `lessonTitle` (the 3-D lesson shows the same race).
    DescentScriptSettings scriptSettings(const std::string& lessonTitle) const;
    std::unique_ptr<Lesson> clone() const override;
    /// --start, --optimizer (an optimizer listed twice races itself at its second --lr), --lr, --steps,
    /// --schedule (and its settings), --noise, --seed.
    bool applyRaceOptions(const RenderOptions& options, QString* error);

protected:
    void presetEntered(const FormulaPreset& preset) override;
    void read(const QJsonObject& state) override;
    /// The function's options and the race's; the runs are taken to their end.
    bool apply(const RenderOptions& options, QString* error) override;

private:
    void restartIfStale();
    /// reset() without changed().
    void restart();
    void announce();
    /// Hands the mapped racer's run to the mapper.
    void updateMap();

    std::array<Racer, kOptimizerCount> m_racers;
    int m_maxSteps = 1000;
    int m_speed = 5;
    Schedule m_schedule;
    double m_noise = 0.0;
    int m_seed = 0;
    bool m_showState = false;
    Player* m_player = nullptr;
    FunctionPtr m_runFunction;
    QPointF m_runStart;
    bool m_internal = false;
    StabilityMapper* m_mapper = nullptr;
    int m_mapOptimizer = static_cast<int>(OptimizerKind::Momentum); ///< the choice (it may not race)
    View m_view = View::Race;
};

} // namespace gradlab
