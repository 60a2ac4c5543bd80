#pragma once
// The learning-rate lesson: the whole run recomputed as the learning rate moves, its regime, the
// critical learning rate 2/f″(w*) at the nearest minimum, and a sweep over learning rates computed off
// the GUI thread.

#include "descent/analysis.h"
#include "descent/run_judgement.h"
#include "descent/stability_map.h"
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

    /// The stability map: final loss and steps to converge over the slider's learning rates (log-spaced,
    /// kMapRates) × the optimizer's second hyperparameter (kMapParams values over mapParameterRange), for
    /// this function, start, optimizer, steps, tolerance, schedule and noise. Computed off the GUI thread
    /// while active, a coarse pass (every kMapCoarseStride-th cell) first, cancelled and restarted when any
    /// of those change; the learning rate and the mapped parameter themselves do not restart it.
    static constexpr int kMapRates = 120;
    static constexpr int kMapParams = 80;
    static constexpr int kMapCoarseStride = 4;
    /// Off until a map is shown, so that the lesson costs nothing at start; turning it off (the map hidden)
    /// cancels a pass under way.
    void setMapActive(bool on);
    bool mapActive() const { return m_mapActive; }
    /// The map as far as it is computed (cells not computed yet have computed == false).
    const StabilityMap& stabilityMap() const { return m_map; }
    bool mapRunning() const { return m_mapWatcher.isRunning(); }
    /// Waits for a running map and takes its last pass (tests, export).
    void waitForMap();
    /// Whether the optimizer has a second hyperparameter to map (momentum, nesterov, rmsprop, adam). Without
    /// one the map is a single row over the learning rate.
    bool mapHasParameter() const { return !mapParameters(optimizer()).empty(); }
    /// The hyperparameter on the map's second axis: one of mapParameters(optimizer()) (Momentum, unused,
    /// when the optimizer has none).
    Hyperparameter mapParameter() const;
    /// Chooses the second axis among mapParameters(optimizer()) (Adam: β₁ or β₂); others change nothing.
    void setMapParameter(Hyperparameter h);
    /// The values the second axis spans: [0, 0.99] for μ and β₁, [0.5, 0.999] for α, [0.5, 0.9999] for β₂.
    static void mapParameterRange(Hyperparameter h, double* lo, double* hi);
    /// What the map computes now (as `gradlab map` would be given it).
    StabilityMapSpec mapSpec() const;
    /// The map's point dragged: the learning rate and the mapped parameter at once, one edit.
    void setMapPoint(double learningRate, double parameter);

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
    /// A pass of the map finished, or the map was restarted (then no cell is computed).
    void mapChanged();

private:
    void analyse();
    void startSweep();
    /// Restarts the map if what it shows changed.
    void updateMap();

    bool m_hasMinimum = false;
    double m_minimum = 0.0;
    double m_critical = 0.0;
    FunctionPtr m_analysedFunction;
    double m_analysedStart = 0.0;
    DescentSettings m_analysedSettings; ///< all but its learning rate count (sameBesidesLearningRate)
    std::vector<SweepRow> m_sweep;
    QFutureWatcher<std::vector<SweepRow>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_done;
    bool m_mapActive = false;
    Hyperparameter m_mapParameter = Hyperparameter::Momentum;
    FunctionPtr m_mapFunction;
    StabilityMap m_map;
    QFutureWatcher<StabilityMap> m_mapWatcher;
    std::shared_ptr<std::atomic<bool>> m_mapCancel;
};

} // namespace gradlab
