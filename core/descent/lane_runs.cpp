#include "descent/lane_runs.h"

#include "descent/optimizer_update.h"
#include "eval/wide_clones.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <thread>
#include <type_traits>

namespace gradlab {

namespace {

constexpr int kLaneBlock = static_cast<int>(Program::kBlock); // lanes stepped together: one runBlock chunk

// A hyperparameter the same for every lane of a block (a loop invariant, so branches on it are hoisted out
// of the vectorised loop) or one per lane.
struct Shared {
    double v;
    double operator[](int) const { return v; }
};
using PerLane = const double*;

// The state of one block of lanes, structure of arrays. Entry p describes the p-th lane still running; lanes
// that stop are compacted away, `slot` says which lane of the block an entry is. Tail: whether the runs'
// shapes keep their tails (LaneOptions::tails).
template <bool Tail> struct LaneBlock {
    double w[kMaxDimension][kLaneBlock];
    double g[kMaxDimension][kLaneBlock];
    double used[kMaxDimension][kLaneBlock]; // the gradient an update uses (with noise)
    double h[kMaxDimension * kMaxDimension][kLaneBlock];
    double a[kMaxDimension][kLaneBlock]; // optimizer state: first and second
    double b[kMaxDimension][kLaneBlock];
    double loss[kLaneBlock];
    double norm[kLaneBlock]; // ‖g‖
    double base[kLaneBlock]; // base learning rate
    double lr[kLaneBlock];   // this update's rate
    double p1[kLaneBlock];   // momentum, alpha or beta1
    double p2[kLaneBlock];   // beta2
    double eps[kLaneBlock];
    double correction1[kLaneBlock]; // Adam's bias corrections for this update, per lane
    double correction2Sqrt[kLaneBlock];
    // Adam with β's per lane: the distinct (β₁, β₂) pairs of the block, and which pair each lane has, so
    // that each update computes the corrections once per pair (powers are slow) and gathers them.
    int betaPairs;
    double pairBeta1[kLaneBlock];
    double pairBeta2[kLaneBlock];
    double pairCorrection1[kLaneBlock];
    double pairCorrection2Sqrt[kLaneBlock];
    int pair[kLaneBlock];
    double mayStop[kLaneBlock]; // 1: the lane may stop at this step (mayStop), 0: it goes on
    bool fellBack[kLaneBlock];
    bool stopped[kLaneBlock];
    int slot[kLaneBlock];
    RunShapeLanes<kLaneBlock, Tail> recorder; // by entry, moved with it
    BlockWorkspace workspace;
};

// The kernels: one coordinate of every running lane, each a loop over lanes applying the shared
// per-coordinate rule (optimizer_update.h). Separate functions so that GCC honours __restrict and vectorises
// without a run-time aliasing check; compiled for AVX2 too (GRADLAB_WIDE_CLONES).
[[gnu::noinline]] GRADLAB_WIDE_CLONES void
gradientDescentLanes(int m, double* __restrict w, const double* __restrict g, const double* __restrict lr) {
    for (int p = 0; p < m; ++p)
        w[p] = update::gradientDescent(w[p], g[p], lr[p]);
}

template <bool nesterov, typename HP>
[[gnu::noinline]] GRADLAB_WIDE_CLONES void momentumLanes(int m, double* __restrict w, double* __restrict a,
                                                         const double* __restrict g,
                                                         const double* __restrict lr, HP mu, bool first) {
    for (int p = 0; p < m; ++p)
        w[p] = update::momentum(w[p], a[p], g[p], lr[p], mu[p], first, nesterov);
}

template <typename HP>
[[gnu::noinline]] GRADLAB_WIDE_CLONES void adagradLanes(int m, double* __restrict w, double* __restrict a,
                                                        const double* __restrict g,
                                                        const double* __restrict lr, HP eps) {
    for (int p = 0; p < m; ++p)
        w[p] = update::adagrad(w[p], a[p], g[p], lr[p], eps[p]);
}

template <typename HP>
[[gnu::noinline]] GRADLAB_WIDE_CLONES void rmspropLanes(int m, double* __restrict w, double* __restrict a,
                                                        const double* __restrict g,
                                                        const double* __restrict lr, HP alpha, HP eps) {
    for (int p = 0; p < m; ++p)
        w[p] = update::rmsprop(w[p], a[p], g[p], lr[p], alpha[p], eps[p]);
}

template <typename HP>
[[gnu::noinline]] GRADLAB_WIDE_CLONES void
adamLanes(int m, double* __restrict w, double* __restrict a, double* __restrict b, const double* __restrict g,
          const double* __restrict lr, HP beta1, HP beta2, HP eps, HP c1, HP c2) {
    for (int p = 0; p < m; ++p)
        w[p] = update::adam(w[p], a[p], b[p], g[p], lr[p], beta1[p], beta2[p], eps[p], c1[p], c2[p]);
}

// One update of every running lane (update t), coordinate by coordinate.
template <typename HP, typename Block>
void updateLanes(OptimizerKind kind, int n, int t, int m, Block& L, const double* lr, HP p1, HP p2, HP eps,
                 HP c1, HP c2, bool noisy) {
    for (int i = 0; i < n; ++i) {
        const double* g = noisy ? L.used[i] : L.g[i];
        switch (kind) {
        case OptimizerKind::GradientDescent:
            gradientDescentLanes(m, L.w[i], g, lr);
            break;
        case OptimizerKind::Momentum:
            momentumLanes<false>(m, L.w[i], L.a[i], g, lr, p1, t == 1);
            break;
        case OptimizerKind::Nesterov:
            momentumLanes<true>(m, L.w[i], L.a[i], g, lr, p1, t == 1);
            break;
        case OptimizerKind::Adagrad:
            adagradLanes(m, L.w[i], L.a[i], g, lr, eps);
            break;
        case OptimizerKind::RMSprop:
            rmspropLanes(m, L.w[i], L.a[i], g, lr, p1, eps);
            break;
        case OptimizerKind::Adam:
            adamLanes(m, L.w[i], L.a[i], L.b[i], g, lr, p1, p2, eps, c1, c2);
            break;
        case OptimizerKind::Newton:
            break; // per lane, below
        }
    }
    if (kind == OptimizerKind::Newton) {
        for (int p = 0; p < m; ++p) {
            double w[kMaxDimension], g[kMaxDimension], h[kMaxDimension * kMaxDimension];
            for (int i = 0; i < n; ++i) {
                w[i] = L.w[i][p];
                g[i] = noisy ? L.used[i][p] : L.g[i][p];
            }
            for (int k = 0; k < n * n; ++k)
                h[k] = L.h[k][p];
            L.fellBack[p] = update::newton(n, w, g, h, lr[p]);
            for (int i = 0; i < n; ++i)
                L.w[i][p] = w[i];
        }
    }
}

class LaneRunner {
public:
    LaneRunner(const CompiledFunction& f, const DescentSettings& settings, const std::vector<Lane>& lanes,
               std::vector<RunSummary>& out)
        : m_f(f)
        , m_settings(settings)
        , m_lanes(lanes)
        , m_out(out)
        , m_n(f.dimension())
        , m_newton(settings.optimizer == OptimizerKind::Newton)
        , m_program(m_newton ? f.hessianProgram() : f.gradientProgram()) {}

    /// Runs lanes [first, first + count) to their ends; false if cancelled first.
    template <typename Block>
    bool run(Block& L, std::size_t first, int count, const std::atomic<bool>* cancel) const;

private:
    template <typename Block> void start(Block& L, std::size_t first, int count) const;
    template <typename Block> const double* prepareUpdate(Block& L, int k, int m, bool sharedHp) const;
    template <typename Block> int settle(Block& L, std::size_t first, int k, int m) const;
    template <int n, typename Block> int settleDimension(Block& L, std::size_t first, int k, int m) const;

    const CompiledFunction& m_f;
    const DescentSettings& m_settings;
    const std::vector<Lane>& m_lanes;
    std::vector<RunSummary>& m_out;
    int m_n;
    bool m_newton;
    const Program& m_program;
};

template <typename Block> void LaneRunner::start(Block& L, std::size_t first, int count) const {
    const OptimizerKind kind = m_settings.optimizer;
    L.recorder.reset(m_n, m_settings.maxSteps);
    for (int p = 0; p < count; ++p) {
        const Lane& lane = m_lanes[first + static_cast<std::size_t>(p)];
        const Hyperparameters& hp = lane.hyperparameters;
        for (int i = 0; i < m_n; ++i) {
            L.w[i][p] = lane.start[i];
            L.a[i][p] = L.b[i][p] = 0.0;
        }
        L.base[p] = hp.learningRate;
        L.p1[p] = kind == OptimizerKind::RMSprop ? hp.alpha
                  : kind == OptimizerKind::Adam  ? hp.beta1
                                                 : hp.momentum;
        L.p2[p] = hp.beta2;
        L.eps[p] = hp.epsilonFor(kind);
        L.fellBack[p] = false;
        L.slot[p] = p;
    }
    L.betaPairs = 0;
    if (kind != OptimizerKind::Adam) return;
    for (int p = 0; p < count; ++p) {
        int q = L.betaPairs - 1; // the lane before most often has the same pair: look back from the last
        while (q >= 0 && !(L.pairBeta1[q] == L.p1[p] && L.pairBeta2[q] == L.p2[p]))
            --q;
        if (q < 0) {
            q = L.betaPairs++;
            L.pairBeta1[q] = L.p1[p];
            L.pairBeta2[q] = L.p2[p];
        }
        L.pair[p] = q;
    }
}

// The rates of update k (as ScheduleRun gives them; returned) and Adam's bias corrections (in their first
// entries only if the hyperparameters are shared).
template <typename Block>
const double* LaneRunner::prepareUpdate(Block& L, int k, int m, bool sharedHp) const {
    const double* lr = L.base; // scheduledRate's constant rate is the base rate
    if (m_settings.schedule.kind != ScheduleKind::Constant) {
        for (int p = 0; p < m; ++p)
            L.lr[p] = scheduledRate(m_settings.schedule, L.base[p], k);
        lr = L.lr;
    }
    if (m_settings.optimizer != OptimizerKind::Adam) return lr;
    if (sharedHp) {
        const update::AdamBias bias = update::adamBias(L.p1[0], L.p2[0], k);
        L.correction1[0] = bias.correction1;
        L.correction2Sqrt[0] = bias.correction2Sqrt;
        return lr;
    }
    for (int q = 0; q < L.betaPairs; ++q) {
        const update::AdamBias bias = update::adamBias(L.pairBeta1[q], L.pairBeta2[q], k);
        L.pairCorrection1[q] = bias.correction1;
        L.pairCorrection2Sqrt[q] = bias.correction2Sqrt;
    }
    for (int p = 0; p < m; ++p) {
        L.correction1[p] = L.pairCorrection1[L.pair[p]];
        L.correction2Sqrt[p] = L.pairCorrection2Sqrt[L.pair[p]];
    }
    return lr;
}

// ‖g‖ of every running lane, in one loop that vectorises (the square roots pipelined, not waited for one by
// one in the branches that follow).
template <int n, typename Block> void gradientNorms(int m, Block& L) {
    for (int p = 0; p < m; ++p) {
        double g[kMaxDimension] = {0.0, 0.0};
        for (int i = 0; i < n; ++i)
            g[i] = L.g[i][p];
        L.norm[p] = gradientNorm(n, g);
    }
}

// Whether any running lane may stop at this step (mayStop), in loops that vectorise: a flag per lane as a
// double (as wide as the numbers compared), then their bits or-ed together.
template <int n, typename Block> bool mayStopLanes(int m, Block& L, double tolerance) {
    const double* w[kMaxDimension] = {L.w[0], L.w[1]};
    const double* g[kMaxDimension] = {L.g[0], L.g[1]};
    for (int p = 0; p < m; ++p)
        L.mayStop[p] = mayStop<n>(w, g, L.loss[p], L.norm[p], p, tolerance) ? 1.0 : 0.0;
    std::uint64_t any = 0;
    for (int p = 0; p < m; ++p) {
        std::uint64_t bits;
        std::memcpy(&bits, &L.mayStop[p], sizeof bits);
        any |= bits;
    }
    return any != 0;
}

// Entry `to` takes over the running lane of entry `from` (`hessians`: whether the lanes have them).
template <typename Block> void moveLane(Block& L, int n, bool hessians, int from, int to) {
    for (int i = 0; i < n; ++i) {
        L.w[i][to] = L.w[i][from];
        L.g[i][to] = L.g[i][from];
        L.a[i][to] = L.a[i][from];
        L.b[i][to] = L.b[i][from];
    }
    for (int c = 0; hessians && c < n * n; ++c)
        L.h[c][to] = L.h[c][from];
    L.base[to] = L.base[from];
    L.p1[to] = L.p1[from];
    L.p2[to] = L.p2[from];
    L.eps[to] = L.eps[from];
    L.slot[to] = L.slot[from];
    L.pair[to] = L.pair[from];
    L.recorder.move(from, to);
}

template <int n, typename Block>
int LaneRunner::settleDimension(Block& L, std::size_t first, int k, int m) const {
    gradientNorms<n>(m, L);
    if (k < m_settings.maxSteps && !mayStopLanes<n>(m, L, m_settings.tolerance)) {
        // No lane stops: record them all in one loop.
        const double* w[kMaxDimension] = {L.w[0], L.w[1]};
        L.recorder.template recordAll<n>(m, k, w, L.loss, L.norm);
        if (m_newton)
            for (int p = 0; p < m; ++p)
                if (L.fellBack[p]) L.recorder.noteNewtonFallback(p, k);
        L.recorder.endStep();
        return m;
    }
    bool any = false;
    for (int p = 0; p < m; ++p) {
        double w[kMaxDimension] = {0.0, 0.0}, g[kMaxDimension] = {0.0, 0.0};
        for (int i = 0; i < n; ++i) {
            w[i] = L.w[i][p];
            g[i] = L.g[i][p];
        }
        const auto s = static_cast<std::size_t>(L.slot[p]);
        L.stopped[p] = settleQuietPoint(L.recorder, p, n, k, w, L.loss[p], g, L.norm[p], L.fellBack[p],
                                        m_settings, m_out[first + s]);
        any = any || L.stopped[p];
    }
    L.recorder.endStep();
    if (!any) return m;
    // Compact: the last running lanes fill the places of the stopped ones.
    int last = m;
    for (int p = 0; p < last; ++p) {
        if (!L.stopped[p]) continue;
        do
            --last;
        while (last > p && L.stopped[last]);
        if (last > p) moveLane(L, n, m_newton, last, p);
    }
    return last;
}

// Records step k of every running lane and finishes those that stop; returns how many still run (compacted).
template <typename Block> int LaneRunner::settle(Block& L, std::size_t first, int k, int m) const {
    if (m_n == 2) return settleDimension<2>(L, first, k, m);
    if (m_n == 1) return settleDimension<1>(L, first, k, m);
    return settleDimension<0>(L, first, k, m);
}

template <typename Block>
bool LaneRunner::run(Block& L, std::size_t first, int count, const std::atomic<bool>* cancel) const {
    start(L, first, count);
    const int n = m_n;
    bool sharedHp = true;
    for (int p = 1; p < count; ++p)
        sharedHp = sharedHp && L.p1[p] == L.p1[0] && L.p2[p] == L.p2[0] && L.eps[p] == L.eps[0];
    const bool noisy = m_settings.noise > 0.0;
    SeededRandom random(m_settings.seed); // every lane draws the same numbers at the same update
    const double* columns[kMaxDimension] = {L.w[0], L.w[1]};
    double* outputs[1 + kMaxDimension + kMaxDimension * kMaxDimension] = {L.loss};
    for (int i = 0; i < n; ++i)
        outputs[1 + i] = L.g[i];
    for (int c = 0; c < n * n; ++c)
        outputs[1 + n + c] = L.h[c];
    int m = count;
    for (int k = 0; m > 0; ++k) {
        if (cancel && cancel->load(std::memory_order_relaxed)) return false;
        if (k > 0) {
            const double* lr = prepareUpdate(L, k, m, sharedHp);
            if (noisy)
                for (int i = 0; i < n; ++i) {
                    const double z = gradientNoise(m_settings.noise, random);
                    for (int p = 0; p < m; ++p)
                        L.used[i][p] = L.g[i][p] + z;
                }
            if (sharedHp)
                updateLanes(m_settings.optimizer, n, k, m, L, lr, Shared{L.p1[0]}, Shared{L.p2[0]},
                            Shared{L.eps[0]}, Shared{L.correction1[0]}, Shared{L.correction2Sqrt[0]}, noisy);
            else
                updateLanes<PerLane>(m_settings.optimizer, n, k, m, L, lr, L.p1, L.p2, L.eps, L.correction1,
                                     L.correction2Sqrt, noisy);
        }
        m_program.runBlock(columns, static_cast<std::size_t>(m), outputs, L.workspace);
        m = settle(L, first, k, m);
    }
    return true;
}

unsigned threadCount(const LaneOptions& options, std::size_t work) {
    unsigned threads = options.threads > 0 ? static_cast<unsigned>(options.threads)
                                           : std::max(1u, std::thread::hardware_concurrency());
    return std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(1, work)));
}

} // namespace

std::vector<RunSummary> runLanes(const CompiledFunction& f, const DescentSettings& settings,
                                 const std::vector<Lane>& lanes, const LaneOptions& options) {
    std::vector<RunSummary> out(lanes.size());
    for (RunSummary& s : out)
        s.stopStep = -1;
    if (lanes.empty()) return out;
    const unsigned threads = threadCount(options, lanes.size());
    const std::atomic<bool>* cancel = options.cancel;
    std::atomic<int> done{0};

    if (f.dimension() > kMaxDimension) {
        // The optimizers work in at most kMaxDimension coordinates; runQuiet says what happens beyond.
        DescentSettings s = settings;
        for (std::size_t i = 0; i < lanes.size(); ++i) {
            if (cancel && cancel->load()) break;
            s.hyperparameters = lanes[i].hyperparameters;
            out[i] = runQuiet(f, lanes[i].start, s);
        }
        return out;
    }

    // Blocks small enough that every thread gets some, large enough to fill the vector loops.
    const std::size_t perThread = (lanes.size() + threads - 1) / threads;
    const int blockSize = static_cast<int>(std::clamp<std::size_t>((perThread + 7) / 8 * 8, 8, kLaneBlock));
    const std::size_t blocks = (lanes.size() + blockSize - 1) / static_cast<std::size_t>(blockSize);
    const LaneRunner runner(f, settings, lanes, out);
    std::atomic<std::size_t> next{0};
    auto blocksOf = [&](auto tail) {
        // Not value-initialised: start() and the recorder's reset() set what a run reads.
        std::unique_ptr<LaneBlock<decltype(tail)::value>> block(new LaneBlock<decltype(tail)::value>);
        for (;;) {
            if (cancel && cancel->load()) return;
            const std::size_t b = next.fetch_add(1);
            if (b >= blocks) return;
            const std::size_t first = b * static_cast<std::size_t>(blockSize);
            const int count = static_cast<int>(std::min<std::size_t>(blockSize, lanes.size() - first));
            if (!runner.run(*block, first, count, cancel)) return;
            const int d = done += count;
            if (options.progress) options.progress(d);
        }
    };
    auto worker = [&] {
        if (options.tails)
            blocksOf(std::true_type());
        else
            blocksOf(std::false_type());
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min<std::size_t>(threads, blocks); ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool)
        t.join();
    return out;
}

} // namespace gradlab
