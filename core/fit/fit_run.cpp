#include "fit/fit_run.h"

#include "expression/printer.h"
#include "fit/line_loss.h"

#include <algorithm>
#include <cmath>

namespace gradlab {

int effectiveBatchSize(int n, int batchSize) {
    return batchSize <= 0 || batchSize >= n ? n : batchSize;
}

int stepsPerEpoch(int n, int batchSize) {
    const int bs = effectiveBatchSize(n, batchSize);
    return bs > 0 ? (n + bs - 1) / bs : 0;
}

std::string fitSettingsProblem(const FitSettings& s, int n) {
    if (std::string why = hyperparametersProblem(s.hyperparameters, s.optimizer); !why.empty()) return why;
    if (const Text why = scheduleProblem(s.schedule); !why.empty()) return why.english();
    if (s.epochs < 0) return "epochs must be 0 or more, got " + std::to_string(s.epochs);
    if (s.batchSize < 0) return "batch-size must be at least 1, got " + std::to_string(s.batchSize);
    if (!(s.tolerance >= 0.0 && std::isfinite(s.tolerance)))
        return "tol must be 0 or positive, got " + formatNumber(s.tolerance);
    if (n > 0 && static_cast<double>(stepsPerEpoch(n, s.batchSize)) * s.epochs > kMaxFitSteps)
        return "epochs × updates per epoch must be at most " + std::to_string(kMaxFitSteps) + ", got " +
               std::to_string(s.epochs) + " × " + std::to_string(stepsPerEpoch(n, s.batchSize));
    return {};
}

FitRun::FitRun(DataSet data, double w, double b, const FitSettings& s)
    : m_data(std::move(data))
    , m_settings(s)
    , m_optimizer(s.optimizer, s.hyperparameters, 2)
    , m_schedule(s.schedule, s.hyperparameters.learningRate)
    , m_random(s.seed)
    , m_batchSize(effectiveBatchSize(static_cast<int>(m_data.size()), s.batchSize))
    , m_stepsPerEpoch(gradlab::stepsPerEpoch(static_cast<int>(m_data.size()), s.batchSize))
    , m_w{w, b} {
    m_order.resize(m_data.size());
    m_trajectory.dimension = 2;
    m_trajectory.optimizer = s.optimizer;
    m_trajectory.hyperparameters = s.hyperparameters;
    TrajectoryPoint p0;
    if (!record(p0)) return;
    if (p0.gradNorm < m_settings.tolerance)
        stop(StopReason::Converged, 0, startStopDetail(StopReason::Converged));
    else if (maxSteps() <= 0)
        stop(StopReason::MaxSteps, 0, startStopDetail(StopReason::MaxSteps));
}

bool FitRun::record(TrajectoryPoint& p) {
    const LineLoss full = lineLoss(m_data, m_w[0], m_w[1]);
    Text problem = divergenceProblem(2, m_w, full.loss, full.gradient);
    bool finite = std::isfinite(full.loss);
    for (int i = 0; i < 2; ++i)
        finite = finite && std::isfinite(m_w[i]) && std::isfinite(full.gradient[i]);
    if (finite) {
        for (int i = 0; i < 2; ++i) {
            p.point[i] = m_w[i];
            p.gradient[i] = full.gradient[i];
            p.firstState[i] = m_optimizer.firstState()[i];
            p.secondState[i] = m_optimizer.secondState()[i];
        }
        p.loss = full.loss;
        p.gradNorm = std::hypot(full.gradient[0], full.gradient[1]);
        m_trajectory.points.push_back(p);
    }
    m_trajectory.stopLoss = full.loss;
    if (!problem.empty()) {
        stop(StopReason::Diverged, p.step, problem);
        return false;
    }
    return true;
}

void FitRun::stop(StopReason reason, int step, Text detail) {
    m_trajectory.stopReason = reason;
    m_trajectory.stopStep = step;
    m_trajectory.stopDetail = std::move(detail);
}

bool FitRun::step() {
    if (stopped()) return false;
    const int k = m_trajectory.points.back().step + 1;
    const int n = static_cast<int>(m_data.size());
    const int within = (k - 1) % m_stepsPerEpoch; // the batch's place in its epoch
    if (within == 0) {
        for (int i = 0; i < n; ++i)
            m_order[static_cast<std::size_t>(i)] = i;
        if (m_batchSize < n) m_random.shuffle(m_order);
    }
    const int first = within * m_batchSize;
    const int count = std::min(m_batchSize, n - first);
    std::vector<int> batch(m_order.begin() + first, m_order.begin() + first + count);
    std::sort(batch.begin(), batch.end());
    const LineLoss onBatch = batchLoss(m_data, batch.data(), count, m_w[0], m_w[1]);
    double hessian[4] = {0.0, 0.0, 0.0, 0.0};
    const bool newton = m_settings.optimizer == OptimizerKind::Newton;
    if (newton) batchHessian(m_data, batch.data(), count, hessian);
    const double lr = m_schedule.rate();
    m_optimizer.setLearningRate(lr);
    StepInfo info;
    m_optimizer.step(m_w, onBatch.gradient, newton ? hessian : nullptr, &info);
    m_schedule.advance();
    m_batches.push_back(std::move(batch));

    TrajectoryPoint p;
    p.step = k;
    p.learningRate = lr;
    p.newtonFellBack = info.newtonFellBack;
    for (int i = 0; i < 2; ++i) {
        p.update[i] = info.update[i];
        p.stepGradient[i] = onBatch.gradient[i];
    }
    if (!record(p)) return true;
    if (p.gradNorm < m_settings.tolerance)
        stop(StopReason::Converged, k, convergedDetail(m_settings.tolerance));
    else if (k >= maxSteps())
        stop(StopReason::MaxSteps, k,
             Text::counted(
                 GRADLAB_TEXT_N("FitRun", "took all %n updates (%1)", "took its only update (%1)"), k,
                 {Text::counted(GRADLAB_TEXT_N("FitRun", "%n epochs", "%n epoch"), m_settings.epochs)}));
    return true;
}

void FitRun::runToEnd() {
    while (step()) {
    }
}

} // namespace gradlab
