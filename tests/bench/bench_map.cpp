// The stability map's speed (issue #18): a 50 × 50 map of 500 steps (goal: within one 60 Hz frame, 16.7 ms)
// and a 200 × 200 map of 500 steps (goal: within 0.5 s on 2 cores), each printed as a row of the table
// scripts/bench.sh prints, beside floors measured in the same run: the same runs alone (runLanes on 2
// threads, as the map runs them, without judging any cell: what the map costs at the least), and the same
// cells one by one with runQuiet on one thread (the path before lanes). Below each row, the runs alone on one
// thread. Best of several repeats. Prints figures; not a pass/fail test.

#include "descent/stability_map.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <thread>

using namespace gradlab;

namespace {

double seconds(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// The processor time this process has used, over all its threads: what other processes on a busy machine
// do not inflate (the wall-clock figures they do).
double processorSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

struct Case {
    const char* name;
    const char* formula;
    double start[2];
    OptimizerKind optimizer;
    Hyperparameter parameter;
    double lrMin, lrMax;
};

void measure(const Case& c, int n, int steps, int repeats, const char* goal) {
    const FunctionPtr f = CompiledFunction::create(c.formula).function;
    StabilityMapSpec spec;
    spec.start[0] = c.start[0];
    spec.start[1] = c.start[1];
    spec.settings.optimizer = c.optimizer;
    spec.settings.maxSteps = steps;
    spec.lrMin = c.lrMin;
    spec.lrMax = c.lrMax;
    spec.lrCount = n;
    spec.parameter = c.parameter;
    spec.paramMin = 0.0;
    spec.paramMax = 0.99;
    spec.paramCount = n;
    // The map's runs, in the order it runs them (parameter outer).
    const StabilityMap empty = emptyStabilityMap(spec);
    std::vector<Lane> lanes;
    lanes.reserve(empty.cells.size());
    for (double param : empty.params)
        for (double rate : empty.rates) {
            Lane lane;
            lane.start[0] = c.start[0];
            lane.start[1] = c.start[1];
            lane.hyperparameters.learningRate = rate;
            hyperparameterValue(lane.hyperparameters, c.parameter) = param;
            lanes.push_back(lane);
        }
    double bestMap = 1e300, bestLanes = 1e300, bestLanes1 = 1e300, bestFloor = 1e300;
    double mapProcessor = 1e300, lanesProcessor = 1e300;
    long long taken = 0;
    for (int r = 0; r < repeats; ++r) {
        LaneOptions two;
        two.threads = 2;
        auto t0 = std::chrono::steady_clock::now();
        double p0 = processorSeconds();
        const StabilityMap map = computeStabilityMap(*f, spec, two);
        bestMap = std::min(bestMap, seconds(t0));
        mapProcessor = std::min(mapProcessor, processorSeconds() - p0);
        taken = 0;
        for (const StabilityCell& cell : map.cells)
            taken += cell.stopStep;

        // The runs alone, as the map runs them (no tails), without judging them: on 2 threads, then 1.
        LaneOptions bare = two;
        bare.tails = false;
        t0 = std::chrono::steady_clock::now();
        runLanes(*f, spec.settings, lanes, bare);
        bestLanes = std::min(bestLanes, seconds(t0));
        bare.threads = 1;
        t0 = std::chrono::steady_clock::now();
        p0 = processorSeconds();
        runLanes(*f, spec.settings, lanes, bare);
        bestLanes1 = std::min(bestLanes1, seconds(t0));
        lanesProcessor = std::min(lanesProcessor, processorSeconds() - p0);

        // The cells one by one, runQuiet on one thread (the 200 × 200 maps: once, it is slow).
        if (n > 50 && r > 0) continue;
        t0 = std::chrono::steady_clock::now();
        DescentSettings s = spec.settings;
        long long check = 0;
        for (const Lane& lane : lanes) {
            s.hyperparameters = lane.hyperparameters;
            check += runQuiet(*f, lane.start, s).stopStep;
        }
        bestFloor = std::min(bestFloor, seconds(t0));
        if (check != taken) std::printf("  (the floor took %lld steps, the map %lld)\n", check, taken);
    }
    std::printf(
        "| stability map %d × %d × %d steps, %s, %s, 2 threads (%lld steps taken) | %.1f ms | the runs "
        "alone (runLanes, 2 threads, nothing judged) %.1f ms; one by one (runQuiet, 1 thread) %.0f ms | "
        "%.2f× the runs alone | %s |\n",
        n, n, steps, c.name, optimizerName(c.optimizer), taken, bestMap * 1e3, bestLanes * 1e3,
        bestFloor * 1e3, bestMap / bestLanes, goal);
    std::printf("    the runs alone on 1 thread: %.1f ms (2 threads: %.2f× faster)\n", bestLanes1 * 1e3,
                bestLanes1 / bestLanes);
    std::printf("    processor time: the map %.1f ms (both threads together), the runs alone on 1 thread "
                "%.1f ms\n",
                mapProcessor * 1e3, lanesProcessor * 1e3);
}

} // namespace

int main() {
    std::printf("hardware threads: %u; best of several runs\n\n", std::thread::hardware_concurrency());
    const Case cases[] = {
        {"(w−3)² from 8",
         "(w-3)^2",
         {8.0, 0.0},
         OptimizerKind::Momentum,
         Hyperparameter::Momentum,
         1e-4,
         10.0},
        {"Rosenbrock from (−1.2, 1)",
         "(1-x)^2 + 100(y-x^2)^2",
         {-1.2, 1.0},
         OptimizerKind::Momentum,
         Hyperparameter::Momentum,
         1e-5,
         1e-2},
        {"Rosenbrock from (−1.2, 1), over β₁",
         "(1-x)^2 + 100(y-x^2)^2",
         {-1.2, 1.0},
         OptimizerKind::Adam,
         Hyperparameter::Beta1,
         1e-4,
         1.0},
    };
    for (const Case& c : cases)
        measure(c, 50, 500, 15, "one frame, 16.7 ms");
    for (const Case& c : cases)
        measure(c, 200, 500, 3, "≤ 500 ms");
    return 0;
}
