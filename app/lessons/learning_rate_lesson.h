#pragma once
// The learning-rate lesson: the whole run recomputed as the learning rate moves, its regime, the
// critical learning rate 2/f″(w*) at the nearest minimum, and a sweep over learning rates computed off
// the GUI thread.

#include "descent/analysis.h"
#include "descent/run_judgement.h"
#include "descent/sweep.h"
#include "lessons/descent_lesson.h"
#include "lessons/stability_mapper.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

namespace gradlab {

class LearningRateLesson : public DescentLesson {
    Q_OBJECT
public:
    /// The slider's (and the sweep's and the map's) learning rates.
    static constexpr double kMinRate = StabilityMapper::kMinRate;
    static constexpr double kMaxRate = StabilityMapper::kMaxRate;
    static constexpr int kSweepCount = 160;

    explicit LearningRateLesson(QObject* parent = nullptr);
    ~LearningRateLesson() override;

    /// The minimum found from the start point, and whether there is one.
    bool hasMinimum() const { return m_hasMinimum; }
    double minimum() const { return m_minimum; }
    /// 2/f″(w*), or infinity when there is no minimum with positive curvature.
    double criticalRate() const { return m_critical; }
    /// The rate the slider and the sweep mark: the chosen optimizer's stability edge on the quadratic at
    /// the minimum (core's quadraticEdgeRate: 2(1+μ)/f″ with momentum), or plain descent's 2/f″ for the
    /// adaptive optimizers, which have none; infinity without a minimum.
    double markedRate() const;
    /// Significant digits of every rate limit the lesson prints (slider mark, sweep label, sentences), so
    /// one limit reads the same everywhere (0.6786, not 0.679 here and 0.67857 there).
    static constexpr int kRateDigits = 4;
    /// What the mark says: "2/f″ = 0.5", "2(1+μ)/f″ = 0.95", "Newton's edge η = 2", "plain descent's
    /// 2/f″ = 0.5" (Adam), with kRateDigits significant digits.
    QString markedRateText() const;

    const std::vector<SweepRow>& sweep() const { return m_sweep; }
    bool sweepRunning() const { return m_watcher.isRunning(); }
    /// Fraction of the sweep done (0…1) while it runs.
    double sweepProgress() const;
    /// Waits for a running sweep (tests, export).
    void waitForSweep();

    /// The stability map of this run: over the slider's learning rates × the optimizer's second
    /// hyperparameter, for this function, start, optimizer, steps, tolerance, schedule and noise; the
    /// learning rate and the mapped parameter are its point. Computed while the map tab is shown.
    StabilityMapper* mapper() const { return m_mapper; }
    /// Chooses the map's second axis (Adam: β₁ or β₂), one undo step.
    void setMapParameter(Hyperparameter h);
    /// Colours the map by final loss or by steps to converge, one undo step.
    void setMapColour(StabilityMapper::Colour c);
    /// The map's point dragged: the learning rate and the mapped parameter at once, one edit named by
    /// both values ("Set η = 0.1 and μ = 0.9").
    void setMapPoint(double learningRate, double parameter);
    /// Which tab the lesson shows (and File → Export Figure and `gradlab render --view` draw).
    enum class View { RunAndSweep, Map };
    View view() const { return m_view; }
    void setView(View v);

    QJsonObject save() const override;
    QString check(const QJsonObject& state) const override;

    void copyFrom(const LearningRateLesson& other);

    QString id() const override { return QStringLiteral("learning-rate"); }
    /// The sweep over learning rates.
    QByteArray tableCsv() const override;
    QString tableName() const override { return QStringLiteral("sweep"); }
    QString tableTitle() const override;
    std::unique_ptr<Lesson> clone() const override;

protected:
    void read(const QJsonObject& state) override;
    /// The descent options and --view; the sweep (and with --view map, the whole map) is waited for.
    bool apply(const RenderOptions& options, QString* error) override;
    /// Its figure draws the sweep, not the optimizer state.
    bool drawsState() const override { return false; }

signals:
    void sweepChanged();

private:
    void analyse();
    void startSweep();
    /// Hands the run to the mapper (which restarts the map if what it shows changed).
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
    StabilityMapper* m_mapper;
    View m_view = View::RunAndSweep;
};

} // namespace gradlab
