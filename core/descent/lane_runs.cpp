#include "descent/lane_runs.h"

#include <algorithm>
#include <thread>

namespace gradlab {

std::vector<RunSummary> runLanes(const CompiledFunction& f, const DescentSettings& settings,
                                 const std::vector<Lane>& lanes, const LaneOptions& options) {
    std::vector<RunSummary> out(lanes.size());
    for (RunSummary& s : out)
        s.stopStep = -1;
    std::atomic<std::size_t> next{0};
    std::atomic<int> done{0};
    auto worker = [&] {
        DescentSettings s = settings;
        for (;;) {
            if (options.cancel && options.cancel->load()) return;
            const std::size_t i = next.fetch_add(1);
            if (i >= lanes.size()) return;
            s.hyperparameters = lanes[i].hyperparameters;
            out[i] = runQuiet(f, lanes[i].start, s);
            const int d = ++done;
            if (options.progress && (d % 16 == 0 || d == static_cast<int>(lanes.size()))) options.progress(d);
        }
    };
    unsigned threads = options.threads > 0 ? static_cast<unsigned>(options.threads)
                                           : std::max(1u, std::thread::hardware_concurrency());
    threads = std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(1, lanes.size())));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool)
        t.join();
    return out;
}

} // namespace gradlab
