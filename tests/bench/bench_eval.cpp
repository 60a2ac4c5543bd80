// Evaluations per second of the compiled block evaluator against hand-written C++ for Rosenbrock on a
// 1000×1000 grid, measured in the same run. Prints figures; not a pass/fail test.

#include "function/compiled_function.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace gradlab;
using Clock = std::chrono::steady_clock;

namespace {
constexpr int kN = 1000;

// Hand-written reference, compiled with the same flags. noinline keeps the compiler from hoisting it away.
__attribute__((noinline)) void handValue(const double* xs, double y, double* out, int n) {
    for (int i = 0; i < n; ++i) {
        const double x = xs[i];
        const double a = 1.0 - x, b = y - x * x;
        out[i] = a * a + 100.0 * b * b;
    }
}

__attribute__((noinline)) void handGradient(const double* xs, double y, double* f, double* gx, double* gy,
                                            int n) {
    for (int i = 0; i < n; ++i) {
        const double x = xs[i];
        const double a = 1.0 - x, b = y - x * x;
        f[i] = a * a + 100.0 * b * b;
        gx[i] = -2.0 * a - 400.0 * x * b;
        gy[i] = 200.0 * b;
    }
}

template <typename F> double seconds(F&& f) {
    const auto t0 = Clock::now();
    f();
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Times the baseline and the candidate alternately, so both see the same machine (these shared 2-core
// machines drift); returns the best time of each and the median of the per-round ratios.
struct Pair {
    double baseline = 1e300, candidate = 1e300, medianRatio = 0;
};
template <typename A, typename B> Pair interleaved(int rounds, A&& baseline, B&& candidate) {
    Pair p;
    std::vector<double> ratios;
    for (int r = 0; r < rounds; ++r) {
        const double a = seconds(baseline), b = seconds(candidate);
        p.baseline = std::min(p.baseline, a);
        p.candidate = std::min(p.candidate, b);
        ratios.push_back(b / a);
    }
    std::sort(ratios.begin(), ratios.end());
    p.medianRatio = ratios[ratios.size() / 2];
    return p;
}
} // namespace

int main() {
    const FunctionPtr f = CompiledFunction::create("(1-x)^2 + 100(y-x^2)^2").function;
    std::vector<double> xs(kN), ys(kN), v(kN), gx(kN), gy(kN);
    for (int i = 0; i < kN; ++i) {
        xs[i] = -2.0 + 4.0 * i / (kN - 1);
        ys[i] = -1.0 + 4.0 * i / (kN - 1);
    }
    double sink = 0.0;
    BlockWorkspace ws;
    const int repeats = 15;

    auto handF = [&] {
        for (int j = 0; j < kN; ++j) {
            handValue(xs.data(), ys[j], v.data(), kN);
            sink += v[j];
        }
    };
    auto blockF = [&] {
        for (int j = 0; j < kN; ++j) {
            double* out[1] = {v.data()};
            f->valueProgram().runGridRow(xs.data(), ys[j], kN, out, ws);
            sink += v[j];
        }
    };
    auto handG = [&] {
        for (int j = 0; j < kN; ++j) {
            handGradient(xs.data(), ys[j], v.data(), gx.data(), gy.data(), kN);
            sink += gx[j];
        }
    };
    auto blockG = [&] {
        for (int j = 0; j < kN; ++j) {
            double* out[3] = {v.data(), gx.data(), gy.data()};
            f->gradientProgram().runGridRow(xs.data(), ys[j], kN, out, ws);
            sink += gx[j];
        }
    };
    auto singleF = [&] {
        for (int j = 0; j < kN; ++j)
            for (int i = 0; i < kN; ++i) {
                const double p[2] = {xs[i], ys[j]};
                sink += f->value(p);
            }
    };
    const Pair value = interleaved(repeats, handF, blockF);
    const Pair gradient = interleaved(repeats, handG, blockG);
    const Pair single = interleaved(3, handF, singleF);

    const double points = double(kN) * kN;
    std::printf("Rosenbrock (1-x)^2 + 100(y-x^2)^2 on a %dx%d grid; %d interleaved rounds, best times\n", kN,
                kN, repeats);
    std::printf("  f      hand-written C++     %8.1f M evaluations/s\n", points / value.baseline / 1e6);
    std::printf("  f      compiled block       %8.1f M evaluations/s   median ratio %.2fx (target <= 3x)\n",
                points / value.candidate / 1e6, value.medianRatio);
    std::printf("  f+grad hand-written C++     %8.1f M evaluations/s\n", points / gradient.baseline / 1e6);
    std::printf("  f+grad compiled block       %8.1f M evaluations/s   median ratio %.2fx (target <= 4x)\n",
                points / gradient.candidate / 1e6, gradient.medianRatio);
    std::printf("  f      compiled, one point  %8.1f M evaluations/s   median ratio %.2fx\n",
                points / single.candidate / 1e6, single.medianRatio);
    std::printf("  (checksum %g)\n", sink);
    return 0;
}
