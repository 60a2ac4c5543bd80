#include "descent/descent.h"

#include "expression/printer.h"

#include <cmath>

namespace gradlab {

const char* stopReasonName(StopReason r) {
    switch (r) {
    case StopReason::Running:
        return "running";
    case StopReason::Converged:
        return "converged";
    case StopReason::MaxSteps:
        return "max_steps";
    case StopReason::Diverged:
        return "diverged";
    }
    return "running";
}

namespace {

enum class Quantity { Point, Loss, Gradient };

/// "the loss is undefined (not a number)", "the point became +infinite", …
Text describeValue(Quantity what, double v) {
    static const TextPattern kPatterns[3][3] = {
        {GRADLAB_TEXT("DescentRun", "the point is undefined (not a number)"),
         GRADLAB_TEXT("DescentRun", "the point became +infinite"),
         GRADLAB_TEXT("DescentRun", "the point became -infinite")},
        {GRADLAB_TEXT("DescentRun", "the loss is undefined (not a number)"),
         GRADLAB_TEXT("DescentRun", "the loss became +infinite"),
         GRADLAB_TEXT("DescentRun", "the loss became -infinite")},
        {GRADLAB_TEXT("DescentRun", "the gradient is undefined (not a number)"),
         GRADLAB_TEXT("DescentRun", "the gradient became +infinite"),
         GRADLAB_TEXT("DescentRun", "the gradient became -infinite")},
    };
    return Text(kPatterns[static_cast<int>(what)][std::isnan(v) ? 0 : v > 0 ? 1 : 2]);
}

} // namespace

Text noiseProblem(double noise, const std::string& name) {
    if (noise >= 0.0 && std::isfinite(noise)) return {};
    return notNegativeProblem(name, noise);
}

Text divergenceProblem(int dimension, const double* w, double loss, const double* g) {
    for (int i = 0; i < dimension; ++i)
        if (!std::isfinite(w[i])) return describeValue(Quantity::Point, w[i]);
    if (!std::isfinite(loss)) return describeValue(Quantity::Loss, loss);
    for (int i = 0; i < dimension; ++i)
        if (!std::isfinite(g[i])) return describeValue(Quantity::Gradient, g[i]);
    // The bound as a number, which each reader writes its way: "1e12" on the command line (as the generated
    // scripts print it), "10¹²" in the GUI.
    const Text bound = Text::number("1e12");
    if (loss > kDivergenceBound) return Text(GRADLAB_TEXT("DescentRun", "the loss passed %1"), {bound});
    if (loss < -kDivergenceBound) return Text(GRADLAB_TEXT("DescentRun", "the loss fell below −%1"), {bound});
    for (int i = 0; i < dimension; ++i)
        if (std::fabs(w[i]) > kDivergenceBound)
            return Text(GRADLAB_TEXT("DescentRun", "a coordinate passed %1"), {bound});
    return {};
}

Text startStopDetail(StopReason reason) {
    return reason == StopReason::Converged
               ? Text(GRADLAB_TEXT("DescentRun", "the gradient norm is below the tolerance at the start"))
               : Text(GRADLAB_TEXT("DescentRun", "no steps were allowed"));
}

Text convergedDetail(double tolerance) {
    return Text(GRADLAB_TEXT("DescentRun", "the gradient norm fell below %1"),
                {Text::number(formatNumber(tolerance))});
}

namespace {

// The gradient an update uses: the true one plus `sigma` times a standard normal draw per coordinate.
void addNoise(double* g, int dimension, double sigma, SeededRandom& random) {
    if (sigma > 0.0)
        for (int i = 0; i < dimension; ++i)
            g[i] += gradientNoise(sigma, random);
}

double norm(int dimension, const double* g) {
    double s = 0.0;
    for (int i = 0; i < dimension; ++i)
        s += g[i] * g[i];
    return std::sqrt(s);
}

bool allFinite(int dimension, const double* w, double loss, const double* g) {
    if (!std::isfinite(loss)) return false;
    for (int i = 0; i < dimension; ++i)
        if (!std::isfinite(w[i]) || !std::isfinite(g[i])) return false;
    return true;
}

} // namespace

DescentRun::DescentRun(FunctionPtr function, const double* start, const DescentSettings& settings)
    : m_function(std::move(function))
    , m_settings(settings)
    , m_optimizer(settings.optimizer, settings.hyperparameters, m_function->dimension())
    , m_schedule(settings.schedule, settings.hyperparameters.learningRate)
    , m_random(settings.seed) {
    const int n = m_function->dimension();
    for (int i = 0; i < n; ++i)
        m_w[i] = start[i];
    m_trajectory.dimension = n;
    m_trajectory.optimizer = settings.optimizer;
    m_trajectory.hyperparameters = settings.hyperparameters;
    TrajectoryPoint p0;
    p0.step = 0;
    if (evaluate(p0)) {
        m_trajectory.points.push_back(p0);
        m_trajectory.stopLoss = p0.loss;
        if (p0.gradNorm < m_settings.tolerance)
            stop(StopReason::Converged, 0, startStopDetail(StopReason::Converged));
        else if (m_settings.maxSteps <= 0)
            stop(StopReason::MaxSteps, 0, startStopDetail(StopReason::MaxSteps));
    }
}

bool DescentRun::evaluate(TrajectoryPoint& p) {
    const int n = m_function->dimension();
    double loss;
    if (m_settings.optimizer == OptimizerKind::Newton)
        loss = m_function->valueGradientHessian(m_w, m_g, m_h);
    else
        loss = m_function->valueAndGradient(m_w, m_g);
    Text problem = divergenceProblem(n, m_w, loss, m_g);
    // A finite point is recorded even when it passed the bound; a non-finite one never is.
    if (allFinite(n, m_w, loss, m_g)) {
        for (int i = 0; i < n; ++i) {
            p.point[i] = m_w[i];
            p.gradient[i] = m_g[i];
            p.firstState[i] = m_optimizer.firstState()[i];
            p.secondState[i] = m_optimizer.secondState()[i];
        }
        p.loss = loss;
        p.gradNorm = norm(n, m_g);
        if (!problem.empty()) m_trajectory.points.push_back(p);
    }
    if (!problem.empty()) {
        m_trajectory.stopLoss = loss;
        stop(StopReason::Diverged, p.step, std::move(problem));
        return false;
    }
    return true;
}

void DescentRun::stop(StopReason reason, int step, Text detail) {
    m_trajectory.stopReason = reason;
    m_trajectory.stopStep = step;
    m_trajectory.stopDetail = std::move(detail);
}

bool DescentRun::step() {
    if (stopped()) return false;
    const int k = static_cast<int>(m_trajectory.points.back().step) + 1;
    StepInfo info;
    const double lr = m_schedule.rate();
    m_optimizer.setLearningRate(lr);
    double g[kMaxDimension] = {m_g[0], m_g[1]};
    addNoise(g, m_function->dimension(), m_settings.noise, m_random);
    m_optimizer.step(m_w, g, m_settings.optimizer == OptimizerKind::Newton ? m_h : nullptr, &info);
    m_schedule.advance();
    TrajectoryPoint p;
    p.step = k;
    p.learningRate = lr;
    p.newtonFellBack = info.newtonFellBack;
    for (int i = 0; i < m_function->dimension(); ++i) {
        p.update[i] = info.update[i];
        p.stepGradient[i] = g[i];
    }
    if (!evaluate(p)) return true;
    m_trajectory.points.push_back(p);
    m_trajectory.stopLoss = p.loss;
    if (p.gradNorm < m_settings.tolerance)
        stop(StopReason::Converged, k, convergedDetail(m_settings.tolerance));
    else if (k >= m_settings.maxSteps)
        stop(StopReason::MaxSteps, k,
             Text::counted(GRADLAB_TEXT_N("DescentRun", "took all %n steps", "took its only step"), k));
    return true;
}

void DescentRun::runToEnd() {
    while (step()) {
    }
}

Trajectory runDescent(const FunctionPtr& function, const double* start, const DescentSettings& settings) {
    DescentRun run(function, start, settings);
    run.runToEnd();
    return run.trajectory();
}

RunSummary runQuiet(const CompiledFunction& function, const double* start, const DescentSettings& settings) {
    const int n = function.dimension();
    const bool newton = settings.optimizer == OptimizerKind::Newton;
    Optimizer optimizer(settings.optimizer, settings.hyperparameters, n);
    ScheduleRun schedule(settings.schedule, settings.hyperparameters.learningRate);
    SeededRandom random(settings.seed);
    double w[kMaxDimension] = {0.0, 0.0}, g[kMaxDimension] = {0.0, 0.0};
    double h[kMaxDimension * kMaxDimension] = {0.0, 0.0, 0.0, 0.0};
    for (int i = 0; i < n; ++i)
        w[i] = start[i];
    RunSummary s;
    RunShapeRecorder recorder(n, settings.maxSteps);
    for (int k = 0;; ++k) {
        StepInfo info;
        if (k > 0) {
            // As DescentRun::step: the scheduled rate, and noise on the gradient the update uses.
            optimizer.setLearningRate(schedule.rate());
            double used[kMaxDimension] = {g[0], g[1]};
            addNoise(used, n, settings.noise, random);
            optimizer.step(w, used, newton ? h : nullptr, &info);
            schedule.advance();
        }
        const double loss = newton ? function.valueGradientHessian(w, g, h) : function.valueAndGradient(w, g);
        if (settleQuietPoint(recorder, 0, n, k, w, loss, g, gradientNorm(n, g), info.newtonFellBack, settings,
                             s))
            return s;
        recorder.endStep();
    }
}

} // namespace gradlab
