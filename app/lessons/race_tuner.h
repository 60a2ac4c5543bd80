#pragma once
// The race's "Tune": for the race's function, start, step limit, schedule and noise, sweeps each enabled
// optimizer over core's log grid of learning rates (off the GUI thread), picks each one's best rate by
// core's rule (bestLearningRate: a safety margin below divergence) and sets them all as one undo step. A
// second run keeps its own rate: it is there to be compared with the first.

#include "descent/tune.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointF>
#include <atomic>
#include <memory>
#include <vector>

namespace gradlab {

class RaceLesson;

/// One optimizer's outcome of a Tune.
struct TunedRate {
    OptimizerKind kind = OptimizerKind::GradientDescent;
    TunePick pick;       ///< the best rate (found false: every rate diverged, the rate was kept)
    double previousRate; ///< its rate before the Tune
};

class RaceTuner : public QObject {
    Q_OBJECT
public:
    explicit RaceTuner(RaceLesson* lesson, QObject* parent = nullptr);
    ~RaceTuner() override;

    /// Starts sweeping every enabled optimizer (a running Tune is cancelled first).
    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Waits for a running Tune and applies it (tests, export).
    void waitForFinished();
    /// Fraction of the sweeps done (0…1).
    double progress() const;
    /// The last Tune's outcome, in kOptimizers order; empty before the first and once the race's function,
    /// start, steps, schedule, noise, an optimizer's other hyperparameters or a tuned rate changed since.
    std::vector<TunedRate> result() const;

    /// One optimizer's outcome in words: the rate, its final loss and why it was chosen (core's basis), e.g.
    /// "Adam: η = 0.0316 (final loss 1.2e−9): the best final loss among the rates that converged and whose
    /// next larger rate did not diverge, 3 grid steps below the first rate that diverged (0.0750)".
    static QString describe(const TunedRate& tuned, int maxSteps);

signals:
    /// A Tune started or ended (and its rates were set).
    void runningChanged(bool running);

private:
    struct Job {
        OptimizerKind kind;
        DescentSettings settings;
    };
    /// Whether the race still has the settings the jobs were made from (the learning rates aside).
    bool matches(const std::vector<Job>& jobs) const;
    void finish();

    RaceLesson* m_lesson;
    std::vector<Job> m_jobs;
    FunctionPtr m_function;
    QString m_formula; ///< the race's formula then (undo and files parse it again into a new function)
    QPointF m_start;
    std::vector<TunedRate> m_result;
    std::vector<Job> m_resultJobs;
    QString m_resultFormula;
    QPointF m_resultStart;
    QFutureWatcher<std::vector<TunePick>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_done;
};

} // namespace gradlab
