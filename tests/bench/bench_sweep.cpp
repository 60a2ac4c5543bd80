// Sweep throughput: 2000 learning rates × 2000 Adam steps on Rosenbrock from (−1.5, 2), rates 1e-5 … 0.1 so
// that no run stops early (tolerance 0). Prints, measured in the same run (best of 5): the lane-parallel
// sweep, the old one-run-per-rate path, a hand-written C++ loop over all rates at once (the floor),
// vectorised NumPy (the peer) and, given the gradlab executable as argv[1], the whole `gradlab sweep`
// process. Not a pass/fail test.

#include "descent/sweep.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

using namespace gradlab;

namespace {

constexpr int kRates = 2000;
constexpr int kSteps = 2000;
constexpr int kRepeats = 5;

template <typename Work> double bestOf(Work work) {
    double best = 1e300;
    for (int r = 0; r < kRepeats; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        work();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    return best;
}

template <typename Body> void onThreads(unsigned threads, Body body) {
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(body, t);
    body(0u);
    for (std::thread& t : pool)
        t.join();
}

// The floor: Adam on Rosenbrock for lanes [first, last), structure of arrays, the gradient written by hand,
// the bias corrections once per step. Returns the sum of the final losses (so the work is not dropped).
double handWrittenAdam(const double* rates, int first, int last) {
    const int n = last - first;
    std::vector<double> xs(n, -1.5), ys(n, 2.0), mx(n, 0.0), my(n, 0.0), vx(n, 0.0), vy(n, 0.0);
    double* __restrict x = xs.data();
    double* __restrict y = ys.data();
    double* __restrict m0 = mx.data();
    double* __restrict m1 = my.data();
    double* __restrict v0 = vx.data();
    double* __restrict v1 = vy.data();
    const double* __restrict lr = rates + first;
    const double b1 = 0.9, b2 = 0.999, eps = 1e-8;
    for (int t = 1; t <= kSteps; ++t) {
        const double c1 = 1.0 - std::pow(b1, t);
        const double c2 = std::sqrt(1.0 - std::pow(b2, t));
        for (int i = 0; i < n; ++i) {
            const double r = y[i] - x[i] * x[i];
            const double gx = -2.0 * (1.0 - x[i]) - 400.0 * x[i] * r;
            const double gy = 200.0 * r;
            m0[i] += (1.0 - b1) * (gx - m0[i]);
            m1[i] += (1.0 - b1) * (gy - m1[i]);
            v0[i] = v0[i] * b2 + (1.0 - b2) * (gx * gx);
            v1[i] = v1[i] * b2 + (1.0 - b2) * (gy * gy);
            const double step = lr[i] / c1;
            x[i] -= step * (m0[i] / (std::sqrt(v0[i]) / c2 + eps));
            y[i] -= step * (m1[i] / (std::sqrt(v1[i]) / c2 + eps));
        }
    }
    double sum = 0.0;
    for (int i = 0; i < n; ++i)
        sum += (1.0 - x[i]) * (1.0 - x[i]) + 100.0 * (y[i] - x[i] * x[i]) * (y[i] - x[i] * x[i]);
    return sum;
}

std::string numpyFigure() {
    if (std::system("/usr/bin/python3 -c 'import numpy' >/dev/null 2>&1") != 0) return "skipped: no numpy";
    const std::string command = "/usr/bin/python3 " GRADLAB_BENCH_DIR "/sweep_numpy.py " +
                                std::to_string(kRates) + " " + std::to_string(kSteps) + " " +
                                std::to_string(kRepeats);
    FILE* p = popen(command.c_str(), "r");
    if (!p) return "skipped: cannot start python3";
    char line[256] = {};
    const bool read = std::fgets(line, sizeof line, p) != nullptr;
    pclose(p);
    if (!read) return "skipped: the script printed nothing";
    return line;
}

} // namespace

int main(int argc, char** argv) {
    const FunctionPtr f = CompiledFunction::create("(1-x)^2 + 100(y-x^2)^2").function;
    DescentSettings s;
    s.optimizer = OptimizerKind::Adam;
    s.maxSteps = kSteps;
    s.tolerance = 0.0; // every run takes every step
    const double start[2] = {-1.5, 2.0};
    const std::vector<double> rates = logSpaced(1e-5, 0.1, kRates);
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());

    // The lane path: the sweep as `gradlab sweep` runs it, judgement included.
    std::vector<SweepRow> rows;
    const double lanes = bestOf([&] { rows = sweepLearningRates(*f, start, s, rates); });
    long long steps = 0;
    for (const SweepRow& row : rows)
        steps += row.summary.stopStep;

    // The old path: one runQuiet per rate, threads taking rates in turn, judged the same way.
    std::vector<SweepRow> oldRows(rates.size());
    const double oneByOne = bestOf([&] {
        std::atomic<std::size_t> next{0};
        onThreads(threads, [&](unsigned) {
            DescentSettings one = s;
            for (std::size_t i; (i = next.fetch_add(1)) < rates.size();) {
                one.hyperparameters.learningRate = rates[i];
                oldRows[i].summary = runQuiet(*f, start, one);
                oldRows[i].judgement = judgeRun(*f, oldRows[i].summary.shape, one);
            }
        });
    });
    int same = 0;
    for (std::size_t i = 0; i < rates.size(); ++i)
        same += oldRows[i].summary.finalLoss == rows[i].summary.finalLoss &&
                oldRows[i].judgement.regime == rows[i].judgement.regime;

    // The floor: the hand-written loop, the rates split evenly over the same threads.
    std::vector<double> sums(threads);
    const double floor = bestOf([&] {
        onThreads(threads, [&](unsigned t) {
            const int first = static_cast<int>(kRates * static_cast<long long>(t) / threads);
            const int last = static_cast<int>(kRates * static_cast<long long>(t + 1) / threads);
            sums[t] = handWrittenAdam(rates.data(), first, last);
        });
    });

    std::printf(
        "Adam on Rosenbrock: %d learning rates x %d steps (%lld steps taken), %u threads, best of %d\n",
        kRates, kSteps, steps, threads, kRepeats);
    std::printf("  lane path (sweepLearningRates, judged): %.3f s, %.1f M steps/s\n", lanes,
                steps / lanes / 1e6);
    std::printf(
        "  old path (runQuiet per rate, judged):   %.3f s (%.2fx the lane path; %d of %d rows equal)\n",
        oneByOne, oneByOne / lanes, same, kRates);
    std::printf("  hand-written C++ loop (floor):          %.3f s (checksum %.6g)\n", floor, sums[0]);
    const std::string numpy = numpyFigure();
    double numpySeconds = 0.0;
    if (std::sscanf(numpy.c_str(), "%lf", &numpySeconds) == 1 && numpySeconds > 0) {
        std::printf("  vectorised NumPy (inside Python):       %.3f s\n", numpySeconds);
        std::printf("  lane path: %.2fx faster than NumPy (goal >= 5)\n", numpySeconds / lanes);
    } else {
        std::printf("  vectorised NumPy: %s\n", numpy.c_str());
    }
    std::printf("  lane path: %.2fx the hand-written loop (goal <= 1.5)\n", lanes / floor);

    if (argc > 1) {
        const std::string command =
            std::string(argv[1]) +
            " sweep \"(1-x)^2 + 100(y-x^2)^2\" --start -1.5,2 --lr-min 1e-5 --lr-max 0.1"
            " --count 2000 --steps 2000 --optimizer adam --tol 0 --csv > /dev/null";
        int status = 0;
        const double process = bestOf([&] { status = std::system(command.c_str()); });
        std::printf("  whole process `gradlab sweep ... --csv > /dev/null`: %.3f s (exit %d)\n", process,
                    status);
        if (numpySeconds > 0)
            std::printf("  whole process: %.2fx faster than NumPy inside Python (goal >= 5)\n",
                        numpySeconds / process);
    }
    return 0;
}
