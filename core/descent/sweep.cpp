#include "descent/sweep.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace gradlab {

std::vector<double> logSpaced(double lrMin, double lrMax, int count) {
    std::vector<double> out;
    if (count <= 0) return out;
    if (count == 1) return {lrMin};
    out.reserve(static_cast<std::size_t>(count));
    const double ratio = lrMax / lrMin;
    for (int i = 0; i < count; ++i) {
        if (i == 0)
            out.push_back(lrMin);
        else if (i == count - 1)
            out.push_back(lrMax);
        else
            out.push_back(lrMin * std::pow(ratio, static_cast<double>(i) / (count - 1)));
    }
    return out;
}

std::vector<SweepRow> sweepLearningRates(const CompiledFunction& f, const double* start,
                                         const DescentSettings& settings, const std::vector<double>& rates,
                                         const SweepOptions& options) {
    std::vector<SweepRow> rows(rates.size());
    for (std::size_t i = 0; i < rates.size(); ++i) {
        rows[i].learningRate = rates[i];
        rows[i].summary.stopStep = -1;
    }
    std::atomic<std::size_t> next{0};
    std::atomic<int> done{0};
    auto worker = [&] {
        DescentSettings s = settings;
        for (;;) {
            if (options.cancel && options.cancel->load()) return;
            const std::size_t i = next.fetch_add(1);
            if (i >= rows.size()) return;
            s.hyperparameters.learningRate = rates[i];
            rows[i].summary = runQuiet(f, start, s);
            rows[i].judgement = judgeRun(f, rows[i].summary.shape, s);
            const int d = ++done;
            if (options.progress && (d % 16 == 0 || d == static_cast<int>(rows.size()))) options.progress(d);
        }
    };
    unsigned threads = options.threads > 0 ? static_cast<unsigned>(options.threads)
                                           : std::max(1u, std::thread::hardware_concurrency());
    threads = std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(1, rows.size())));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool)
        t.join();
    return rows;
}

} // namespace gradlab
