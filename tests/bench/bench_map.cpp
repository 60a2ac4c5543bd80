// The stability map's speed (issue #18): a 50 × 50 map of 500 steps (goal: within one 60 Hz frame, 16.7 ms)
// and a 200 × 200 map of 500 steps (goal: within 0.5 s on 2 cores), each printed next to its floor measured
// in the same run: the same cells run one by one with runQuiet on one thread. Also the map's own overhead:
// judging every cell (judgeRun), which the floor does not do. Prints figures; not a pass/fail test.

#include "descent/stability_map.h"

#include <chrono>
#include <cstdio>
#include <thread>

using namespace gradlab;

namespace {

double seconds(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

struct Case {
    const char* name;
    const char* formula;
    double start[2];
    OptimizerKind optimizer;
    Hyperparameter parameter;
    double lrMin, lrMax;
};

void measure(const Case& c, int n, int steps, int repeats) {
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
    double bestMap = 1e300, bestFloor = 1e300, bestLanes = 1e300;
    long long taken = 0;
    for (int r = 0; r < repeats; ++r) {
        LaneOptions options;
        options.threads = 2;
        auto t0 = std::chrono::steady_clock::now();
        const StabilityMap map = computeStabilityMap(*f, spec, options);
        bestMap = std::min(bestMap, seconds(t0));
        taken = 0;
        for (const StabilityCell& cell : map.cells)
            taken += cell.stopStep;

        // The runs alone, through runLanes (2 threads), without judging them.
        std::vector<Lane> lanes;
        lanes.reserve(map.cells.size());
        for (const StabilityCell& cell : map.cells) {
            Lane lane;
            lane.start[0] = c.start[0];
            lane.start[1] = c.start[1];
            lane.hyperparameters.learningRate = cell.learningRate;
            hyperparameterValue(lane.hyperparameters, c.parameter) = cell.parameter;
            lanes.push_back(lane);
        }
        t0 = std::chrono::steady_clock::now();
        const std::vector<RunSummary> runs = runLanes(*f, spec.settings, lanes, options);
        bestLanes = std::min(bestLanes, seconds(t0));

        // The floor: the same cells one by one, runQuiet on one thread.
        t0 = std::chrono::steady_clock::now();
        DescentSettings s = spec.settings;
        int check = 0;
        for (const Lane& lane : lanes) {
            s.hyperparameters = lane.hyperparameters;
            check += runQuiet(*f, lane.start, s).stopStep;
        }
        bestFloor = std::min(bestFloor, seconds(t0));
        if (check != taken) std::printf("  (the floor took %d steps, the map %lld)\n", check, taken);
        (void)runs;
    }
    std::printf("%s, %s: %d x %d cells x %d steps (%lld steps taken)\n", c.name, optimizerName(c.optimizer),
                n, n, steps, taken);
    std::printf(
        "  map (2 threads, judged):   %8.2f ms   runLanes alone: %8.2f ms   floor (runQuiet, 1 thread): "
        "%8.2f ms   map/floor %.2f\n",
        bestMap * 1e3, bestLanes * 1e3, bestFloor * 1e3, bestMap / bestFloor);
}

} // namespace

int main() {
    std::printf("hardware threads: %u; best of several runs\n", std::thread::hardware_concurrency());
    const Case cases[] = {
        {"Rosenbrock from (-1.2, 1)",
         "(1-x)^2 + 100(y-x^2)^2",
         {-1.2, 1.0},
         OptimizerKind::Momentum,
         Hyperparameter::Momentum,
         1e-5,
         1e-2},
        {"(w-3)^2 from 8 (the lesson's default)",
         "(w-3)^2",
         {8.0, 0.0},
         OptimizerKind::Momentum,
         Hyperparameter::Momentum,
         1e-4,
         10.0},
        {"Rosenbrock from (-1.2, 1)",
         "(1-x)^2 + 100(y-x^2)^2",
         {-1.2, 1.0},
         OptimizerKind::Adam,
         Hyperparameter::Beta1,
         1e-4,
         1.0},
    };
    for (const Case& c : cases) {
        std::printf("\n");
        measure(c, 50, 500, 5);
        std::printf("  goal: the 50 x 50 map within one frame, 16.7 ms\n");
        measure(c, 200, 500, 2);
        std::printf("  goal: the 200 x 200 map within 500 ms on 2 cores\n");
    }
    return 0;
}
