#include "geometry/contours.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gradlab {

Grid sampleGrid(const CompiledFunction& f, double xmin, double xmax, double ymin, double ymax, int nx,
                int ny) {
    Grid g;
    g.nx = std::max(nx, 2);
    g.ny = std::max(ny, 2);
    g.xmin = xmin;
    g.xmax = xmax;
    g.ymin = ymin;
    g.ymax = ymax;
    g.values.resize(static_cast<std::size_t>(g.nx) * g.ny);
    std::vector<double> xs(static_cast<std::size_t>(g.nx));
    for (int i = 0; i < g.nx; ++i)
        xs[i] = g.x(i);
    BlockWorkspace ws;
    for (int j = 0; j < g.ny; ++j) {
        double* out[1] = {g.values.data() + static_cast<std::size_t>(j) * g.nx};
        f.valueProgram().runGridRow(xs.data(), g.y(j), xs.size(), out, ws);
    }
    return g;
}

namespace {
/// The segments of one level as pairs of grid edges, and the chains they make.
struct EdgeSegment {
    int from, to;
};
} // namespace

std::vector<ContourLevel> traceContours(const Grid& g, const std::vector<double>& levels) {
    const int nx = g.nx, ny = g.ny;
    const double dx = (g.xmax - g.xmin) / (nx - 1), dy = (g.ymax - g.ymin) / (ny - 1);
    // Edges are numbered: horizontal ones (i, j)–(i+1, j) first, then vertical ones (i, j)–(i, j+1). A line
    // crosses an edge at one point, computed from the edge alone, so the two cells that share the edge end
    // their segments at the same point, bit for bit.
    const int horizontal = (nx - 1) * ny;
    const int edges = horizontal + nx * (ny - 1);
    auto value = [&g, nx](int i, int j) { return g.values[static_cast<std::size_t>(j) * nx + i]; };
    auto lerp = [](double level, double u, double v) { return (level - u) / (v - u); };
    auto crossing = [&](int edge, double level, double* x, double* y) {
        if (edge < horizontal) {
            const int i = edge % (nx - 1), j = edge / (nx - 1);
            *x = g.xmin + i * dx + dx * lerp(level, value(i, j), value(i + 1, j));
            *y = g.ymin + j * dy;
        } else {
            const int i = (edge - horizontal) % nx, j = (edge - horizontal) / nx;
            *x = g.xmin + i * dx;
            *y = g.ymin + j * dy + dy * lerp(level, value(i, j), value(i, j + 1));
        }
    };

    // The levels in ascending order, so that each cell visits only the levels between its corners.
    std::vector<std::size_t> order(levels.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(),
              [&levels](std::size_t a, std::size_t b) { return levels[a] < levels[b]; });
    std::vector<double> sorted(levels.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        sorted[k] = levels[order[k]];
    std::vector<std::vector<EdgeSegment>> segments(levels.size());
    for (int j = 0; j + 1 < ny; ++j)
        for (int i = 0; i + 1 < nx; ++i) {
            // Corners: a (i, j), b (i+1, j), c (i+1, j+1), d (i, j+1).
            const double a = value(i, j), b = value(i + 1, j), cc = value(i + 1, j + 1), d = value(i, j + 1);
            if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(cc) || !std::isfinite(d)) continue;
            const double lo = std::min({a, b, cc, d}), hi = std::max({a, b, cc, d});
            // A level crosses the cell when some corner is above it and some is not: lo ≤ level < hi.
            const int bottom = j * (nx - 1) + i, top = bottom + (nx - 1);
            const int left = horizontal + j * nx + i, right = left + 1;
            for (auto k = static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), lo) -
                                                   sorted.begin());
                 k < sorted.size() && sorted[k] < hi; ++k) {
                const double level = sorted[k];
                std::vector<EdgeSegment>& out = segments[order[k]];
                const int index = (a > level) | ((b > level) << 1) | ((cc > level) << 2) | ((d > level) << 3);
                switch (index) {
                case 1:
                case 14:
                    out.push_back({left, bottom});
                    break;
                case 2:
                case 13:
                    out.push_back({bottom, right});
                    break;
                case 3:
                case 12:
                    out.push_back({left, right});
                    break;
                case 4:
                case 11:
                    out.push_back({right, top});
                    break;
                case 6:
                case 9:
                    out.push_back({bottom, top});
                    break;
                case 7:
                case 8:
                    out.push_back({left, top});
                    break;
                case 5:
                case 10: {
                    // Saddle: decide by the centre value which pairs of edges connect.
                    const bool centreAbove = 0.25 * (a + b + cc + d) > level;
                    if ((index == 5) == centreAbove) {
                        out.push_back({left, top});
                        out.push_back({bottom, right});
                    } else {
                        out.push_back({left, bottom});
                        out.push_back({right, top});
                    }
                    break;
                }
                default:
                    break;
                }
            }
        }

    // Each level's segments in chains: an edge is shared by at most two segments (its two cells), so the
    // segments through an edge are its two slots.
    std::vector<int> slotA(static_cast<std::size_t>(edges), -1), slotB(static_cast<std::size_t>(edges), -1);
    std::vector<ContourLevel> result;
    result.reserve(levels.size());
    for (std::size_t k = 0; k < levels.size(); ++k) {
        const std::vector<EdgeSegment>& segs = segments[k];
        const int n = static_cast<int>(segs.size());
        for (int s = 0; s < n; ++s)
            for (const int e : {segs[s].from, segs[s].to})
                (slotA[e] < 0 ? slotA[e] : slotB[e]) = s;
        auto next = [&](int edge, int s) { return slotA[edge] == s ? slotB[edge] : slotA[edge]; };
        auto farEnd = [&](int s, int edge) { return segs[s].from == edge ? segs[s].to : segs[s].from; };
        ContourLevel c;
        c.level = levels[k];
        c.x.reserve(2 * static_cast<std::size_t>(n));
        c.y.reserve(2 * static_cast<std::size_t>(n));
        std::vector<char> done(static_cast<std::size_t>(n), 0);
        for (int s = 0; s < n; ++s) {
            if (done[s]) continue;
            // Back to the chain's first segment (or once around a closed line), then forward along it.
            int first = s, entry = segs[s].from;
            for (int prev = next(entry, first), steps = 0; prev >= 0 && prev != s && steps < n;
                 prev = next(entry, first), ++steps) {
                entry = farEnd(prev, entry);
                first = prev;
            }
            for (int cur = first, from = entry; cur >= 0 && !done[cur];) {
                const int to = farEnd(cur, from);
                double x1, y1, x2, y2;
                crossing(from, c.level, &x1, &y1);
                crossing(to, c.level, &x2, &y2);
                c.x.insert(c.x.end(), {x1, x2});
                c.y.insert(c.y.end(), {y1, y2});
                done[cur] = 1;
                cur = next(to, cur);
                from = to;
            }
        }
        for (const EdgeSegment& e : segs)
            slotA[e.from] = slotB[e.from] = slotA[e.to] = slotB[e.to] = -1;
        result.push_back(std::move(c));
    }
    return result;
}

std::vector<double> contourLevels(const Grid& g, const ValueScale& scale, int count, double minGap,
                                  const std::vector<double>* scaled) {
    std::vector<double> levels;
    if (!scale.isValid() || count <= 0 || g.nx < 2 || g.ny < 2) return levels;
    const double step = scale.top() / (count + 1);
    std::vector<double> candidates;
    for (int k = 1; k <= count; ++k)
        candidates.push_back(scale.fromScale(k * step));
    const int n = count;
    // blocked[a * n + b]: some cell lies between candidates a < b (its corners reach both: lo ≤ L_b and
    // hi ≥ L_a) and puts their lines closer than minGap there (|∇f| · minGap > L_b − L_a). One pass over
    // the cells fills it; the greedy choice below then reads it.
    std::vector<char> blocked(static_cast<std::size_t>(n) * n, 0);
    const std::vector<double> computed = scaled ? std::vector<double>() : scale.toScale(g.values);
    const std::vector<double>& t = scaled ? *scaled : computed;
    const double dx = (g.xmax - g.xmin) / (g.nx - 1), dy = (g.ymax - g.ymin) / (g.ny - 1);
    for (int j = 0; j + 1 < g.ny; ++j)
        for (int i = 0; i + 1 < g.nx; ++i) {
            const double a = g.at(i, j), b = g.at(i + 1, j), c = g.at(i + 1, j + 1), d = g.at(i, j + 1);
            if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c) || !std::isfinite(d)) continue;
            const double lo = std::min({a, b, c, d}), hi = std::max({a, b, c, d});
            // t is monotone: its largest and smallest corner values are t(hi) and t(lo).
            const std::size_t k = static_cast<std::size_t>(j) * g.nx + i;
            const double ta = t[k], tb = t[k + 1], tc = t[k + g.nx + 1], td = t[k + g.nx];
            if (std::max({ta, tb, tc, td}) - std::min({ta, tb, tc, td}) > 3 * step) continue;
            // The pairs this cell lies between: a up to aMax, b from bMin.
            const int aMax = static_cast<int>(std::upper_bound(candidates.begin(), candidates.end(), hi) -
                                              candidates.begin()) -
                             1;
            const int bMin = static_cast<int>(std::lower_bound(candidates.begin(), candidates.end(), lo) -
                                              candidates.begin());
            if (aMax < 0 || bMin >= n) continue;
            // Their closest pair is one of neighbouring candidates; most cells put no line near another,
            // and |∇f| is then not needed exactly.
            double closest = INFINITY;
            for (int p = std::max(bMin - 1, 0); p <= std::min(aMax, n - 2); ++p)
                closest = std::min(closest, candidates[std::max(bMin, p + 1)] - candidates[p]);
            if (!(closest < INFINITY)) continue;
            const double gx = 0.5 * ((b - a) + (c - d)) / dx, gy = 0.5 * ((d - a) + (c - b)) / dy;
            // √(gx² + gy²) is within a few ulps of the exact |∇f| unless the squares overflow or underflow.
            const double squared = gx * gx + gy * gy;
            if (squared > 1e-200 && squared < 1e200 && std::sqrt(squared) * minGap * (1 + 1e-9) < closest)
                continue;
            const double reach = std::hypot(gx, gy) * minGap; // the gap between lines is (L_b − L_a) / |∇f|
            for (int p = aMax; p >= 0; --p) {
                const int q0 = std::max(bMin, p + 1);
                if (q0 >= n) continue;
                if (!(reach > candidates[q0] - candidates[p])) {
                    if (p < bMin) break; // lower candidates are only farther
                    continue;
                }
                for (int q = q0; q < n && reach > candidates[q] - candidates[p]; ++q)
                    blocked[static_cast<std::size_t>(p) * n + q] = 1;
            }
        }
    // Greedy from the lowest: a level is kept if its line and the last kept level's line are at least
    // minGap apart in every cell that lies between them.
    int last = -1;
    for (int q = 0; q < n; ++q)
        if (last < 0 || !blocked[static_cast<std::size_t>(last) * n + q]) {
            levels.push_back(candidates[static_cast<std::size_t>(q)]);
            last = q;
        }
    return levels;
}

std::vector<double> contourLevels(const Grid& grid, int count) {
    return contourLevels(grid, ValueScale::fit(grid.values), count,
                         0.01 * std::max(grid.xmax - grid.xmin, grid.ymax - grid.ymin));
}

bool levelCurveDirection(const CompiledFunction& f, const double* p, double* direction) {
    double g[2];
    const double c = f.valueAndGradient(p, g);
    const double norm = std::hypot(g[0], g[1]);
    if (!(norm > 0) || !std::isfinite(norm) || !std::isfinite(c)) return false;
    // A step along the gradient's perpendicular, then Newton steps along the gradient back onto f = c.
    const double scale = std::max({1.0, std::fabs(p[0]), std::fabs(p[1])});
    const double eps = 1e-4 * scale;
    double q[2][2];
    for (int side = 0; side < 2; ++side) {
        const double s = side == 0 ? eps : -eps;
        double x[2] = {p[0] - s * g[1] / norm, p[1] + s * g[0] / norm};
        for (int k = 0; k < 50; ++k) {
            double gx[2];
            const double v = f.valueAndGradient(x, gx);
            const double n2 = gx[0] * gx[0] + gx[1] * gx[1];
            if (!(n2 > 0) || !std::isfinite(v)) return false;
            const double t = (v - c) / n2;
            x[0] -= t * gx[0];
            x[1] -= t * gx[1];
            if (std::fabs(v - c) <= 1e-15 * std::max(1.0, std::fabs(c))) break;
        }
        q[side][0] = x[0];
        q[side][1] = x[1];
    }
    const double ux = q[0][0] - q[1][0], uy = q[0][1] - q[1][1];
    const double len = std::hypot(ux, uy);
    if (!(len > 0)) return false;
    direction[0] = ux / len;
    direction[1] = uy / len;
    return true;
}

} // namespace gradlab
