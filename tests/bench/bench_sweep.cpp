// Sweep throughput: 2000 learning rates × 2000 Adam steps on Rosenbrock, spread over the cores.
// Prints figures; not a pass/fail test.

#include "descent/sweep.h"

#include <chrono>
#include <cstdio>
#include <thread>

using namespace gradlab;

int main() {
    const FunctionPtr f = CompiledFunction::create("(1-x)^2 + 100(y-x^2)^2").function;
    DescentSettings s;
    s.optimizer = OptimizerKind::Adam;
    s.maxSteps = 2000;
    s.tolerance = 0.0; // every run takes every step
    const double start[2] = {-1.5, 2.0};
    // Rates up to 0.1 so that no run stops early: the figure counts real steps.
    const std::vector<double> rates = logSpaced(1e-5, 0.1, 2000);
    double best = 1e300;
    std::vector<SweepRow> rows;
    for (int r = 0; r < 3; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        rows = sweepLearningRates(*f, start, s, rates);
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    long long steps = 0;
    for (const SweepRow& row : rows)
        steps += row.summary.stopStep;
    std::printf("Adam on Rosenbrock: %zu learning rates x %d steps (%lld steps taken), %u threads\n",
                rates.size(), s.maxSteps, steps, std::thread::hardware_concurrency());
    std::printf("  best of 3: %.3f s, %.1f M (learning rate, step) pairs/s (target: under 0.5 s)\n", best,
                steps / best / 1e6);
    return 0;
}
