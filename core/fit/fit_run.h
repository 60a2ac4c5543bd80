#pragma once
// Fitting the line ŷ = w·x + b to data by an optimizer, on mini-batches: an epoch is ceil(n / batch size)
// updates over a fresh seeded shuffle of the rows, the last batch smaller when n does not divide (as a
// PyTorch DataLoader with shuffle=True, drop_last=False). With the whole data set as the batch the rows are
// not shuffled and the run is full-batch descent on L(w, b), step for step as torch.optim takes it.

#include "descent/descent.h"
#include "fit/data_set.h"

#include <cstdint>
#include <vector>

namespace gradlab {

struct FitSettings {
    OptimizerKind optimizer = OptimizerKind::GradientDescent;
    Hyperparameters hyperparameters; ///< learningRate is the schedule's base rate
    Schedule schedule;
    int epochs = 100;
    int batchSize = 0;      ///< rows per update; 0, or n or more: all the data
    std::uint64_t seed = 0; ///< the shuffles'
    /// Stop as converged when the full-data ‖∇L‖ < tolerance; 0: never stop early.
    double tolerance = 0.0;
};

/// The most updates one fit may take.
constexpr int kMaxFitSteps = 10000000;

/// The rows per update for n points (batchSize 0 or ≥ n: n).
int effectiveBatchSize(int n, int batchSize);
/// ceil(n / batch size).
int stepsPerEpoch(int n, int batchSize);
/// Why `s` cannot fit `n` points (a bad hyperparameter, schedule, epoch count or batch size, or more than
/// kMaxFitSteps updates), by the command line's names; "" if it can.
std::string fitSettingsProblem(const FitSettings& s, int n);

class FitRun {
public:
    /// `data` must not be empty and `s` must be valid (fitSettingsProblem).
    FitRun(DataSet data, double w, double b, const FitSettings& s);

    /// One update; false (and nothing done) once the run has stopped.
    bool step();
    void runToEnd();
    bool stopped() const { return m_trajectory.stopReason != StopReason::Running; }

    /// Dimension 2, points (w, b) with the full-data loss and gradient; learningRate is each update's rate.
    const Trajectory& trajectory() const { return m_trajectory; }
    /// batches()[k − 1]: the rows (0-based, in file order) update k used.
    const std::vector<std::vector<int>>& batches() const { return m_batches; }
    const DataSet& data() const { return m_data; }
    const FitSettings& settings() const { return m_settings; }
    /// Updates per epoch, and the total the run may take.
    int stepsPerEpoch() const { return m_stepsPerEpoch; }
    int maxSteps() const { return m_stepsPerEpoch * m_settings.epochs; }
    /// The epoch (1, 2, …) update k belongs to.
    int epochOf(int step) const { return m_stepsPerEpoch > 0 ? (step - 1) / m_stepsPerEpoch + 1 : 0; }

private:
    bool record(TrajectoryPoint& p);
    void stop(StopReason reason, int step, Text detail);

    DataSet m_data;
    FitSettings m_settings;
    Optimizer m_optimizer;
    ScheduleRun m_schedule;
    SeededRandom m_random;
    int m_batchSize;
    int m_stepsPerEpoch;
    std::vector<int> m_order; ///< this epoch's shuffled rows
    double m_w[2];
    Trajectory m_trajectory;
    std::vector<std::vector<int>> m_batches;
};

} // namespace gradlab
