#pragma once
// The learning-rate lesson: the whole run recomputed as the learning rate moves, its regime, the
// critical learning rate 2/f″(w*) at the nearest minimum, and a sweep over learning rates computed off
// the GUI thread.

#include "descent/analysis.h"
#include "descent/run_judgement.h"
#include "descent/sweep.h"
#include "lessons/descent_lesson.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

namespace gradlab {

class LearningRateLesson : public DescentLesson {
    Q_OBJECT
public:
    static constexpr double kMinRate = 1e-4;
    static constexpr double kMaxRate = 10.0;
    static constexpr int kSweepCount = 160;

    explicit LearningRateLesson(QObject* parent = nullptr);
    ~LearningRateLesson() override;

    /// The minimum found from the start point, and whether there is one.
    bool hasMinimum() const { return m_hasMinimum; }
    double minimum() const { return m_minimum; }
    /// 2/f″(w*), or infinity when there is no minimum with positive curvature.
    double criticalRate() const { return m_critical; }

    const std::vector<SweepRow>& sweep() const { return m_sweep; }
    bool sweepRunning() const { return m_watcher.isRunning(); }
    /// Fraction of the sweep done (0…1) while it runs.
    double sweepProgress() const;
    /// Waits for a running sweep (tests, export).
    void waitForSweep();

    void copyFrom(const LearningRateLesson& other);

    QString id() const override { return QStringLiteral("learning-rate"); }
    /// The sweep over learning rates.
    QByteArray tableCsv() const override;
    QString tableName() const override { return QStringLiteral("sweep"); }
    std::unique_ptr<Lesson> clone() const override;

protected:
    /// The descent options; the sweep is waited for.
    bool apply(const RenderOptions& options, QString* error) override;
    /// Its figure draws the sweep, not the optimizer state.
    bool drawsState() const override { return false; }

signals:
    void sweepChanged();

private:
    void analyse();
    void startSweep();

    bool m_hasMinimum = false;
    double m_minimum = 0.0;
    double m_critical = 0.0;
    FunctionPtr m_analysedFunction;
    double m_analysedStart = 0.0;
    OptimizerKind m_analysedOptimizer = OptimizerKind::GradientDescent;
    int m_analysedSteps = 0;
    double m_analysedTolerance = 0.0;
    Schedule m_analysedSchedule;
    double m_analysedNoise = 0.0;
    int m_analysedSeed = 0;
    std::vector<SweepRow> m_sweep;
    QFutureWatcher<std::vector<SweepRow>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_done;
};

} // namespace gradlab
