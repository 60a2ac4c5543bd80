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

std::vector<ContourLevel> traceContours(const Grid& g, const std::vector<double>& levels) {
    std::vector<ContourLevel> result;
    result.reserve(levels.size());
    const int nx = g.nx, ny = g.ny;
    const double dx = (g.xmax - g.xmin) / (nx - 1), dy = (g.ymax - g.ymin) / (ny - 1);
    for (double level : levels) {
        ContourLevel c;
        c.level = level;
        for (int j = 0; j + 1 < ny; ++j) {
            const double* row0 = g.values.data() + static_cast<std::size_t>(j) * nx;
            const double* row1 = row0 + nx;
            const double y0 = g.ymin + j * dy;
            for (int i = 0; i + 1 < nx; ++i) {
                // Corners: a (i, j), b (i+1, j), c (i+1, j+1), d (i, j+1).
                const double a = row0[i], b = row0[i + 1], cc = row1[i + 1], d = row1[i];
                const int index = (a > level) | ((b > level) << 1) | ((cc > level) << 2) | ((d > level) << 3);
                if (index == 0 || index == 15) continue;
                if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(cc) || !std::isfinite(d))
                    continue;
                const double x0 = g.xmin + i * dx;
                // Crossing points on the four edges (bottom, right, top, left).
                auto lerp = [level](double u, double v) { return (level - u) / (v - u); };
                const double bx = x0 + dx * lerp(a, b), by = y0;
                const double rx = x0 + dx, ry = y0 + dy * lerp(b, cc);
                const double tx = x0 + dx * lerp(d, cc), ty = y0 + dy;
                const double lx = x0, ly = y0 + dy * lerp(a, d);
                auto segment = [&c](double x1, double y1, double x2, double y2) {
                    c.x.push_back(x1);
                    c.y.push_back(y1);
                    c.x.push_back(x2);
                    c.y.push_back(y2);
                };
                switch (index) {
                case 1:
                case 14:
                    segment(lx, ly, bx, by);
                    break;
                case 2:
                case 13:
                    segment(bx, by, rx, ry);
                    break;
                case 3:
                case 12:
                    segment(lx, ly, rx, ry);
                    break;
                case 4:
                case 11:
                    segment(rx, ry, tx, ty);
                    break;
                case 6:
                case 9:
                    segment(bx, by, tx, ty);
                    break;
                case 7:
                case 8:
                    segment(lx, ly, tx, ty);
                    break;
                case 5:
                case 10: {
                    // Saddle: decide by the centre value which pairs of edges connect.
                    const bool centreAbove = 0.25 * (a + b + cc + d) > level;
                    if ((index == 5) == centreAbove) {
                        segment(lx, ly, tx, ty);
                        segment(bx, by, rx, ry);
                    } else {
                        segment(lx, ly, bx, by);
                        segment(rx, ry, tx, ty);
                    }
                    break;
                }
                default:
                    break;
                }
            }
        }
        result.push_back(std::move(c));
    }
    return result;
}

std::vector<double> contourLevels(const Grid& g, const ValueScale& scale, int count, double minGap) {
    std::vector<double> levels;
    if (!scale.isValid() || count <= 0 || g.nx < 2 || g.ny < 2) return levels;
    const double step = scale.top() / (count + 1);
    std::vector<double> candidates;
    for (int k = 1; k <= count; ++k)
        candidates.push_back(scale.fromScale(k * step));
    // Each cell: the range of f over its corners and |∇f| (units of f per unit of x and y).
    struct Cell {
        double lo, hi, slope;
    };
    std::vector<Cell> cells;
    cells.reserve(static_cast<std::size_t>(g.nx - 1) * (g.ny - 1));
    const double dx = (g.xmax - g.xmin) / (g.nx - 1), dy = (g.ymax - g.ymin) / (g.ny - 1);
    for (int j = 0; j + 1 < g.ny; ++j)
        for (int i = 0; i + 1 < g.nx; ++i) {
            const double a = g.at(i, j), b = g.at(i + 1, j), c = g.at(i + 1, j + 1), d = g.at(i, j + 1);
            if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(c) || !std::isfinite(d)) continue;
            const double lo = std::min({a, b, c, d}), hi = std::max({a, b, c, d});
            if (scale.toScale(hi) - scale.toScale(lo) > 3 * step) continue;
            const double gx = 0.5 * ((b - a) + (c - d)) / dx, gy = 0.5 * ((d - a) + (c - b)) / dy;
            cells.push_back({lo, hi, std::hypot(gx, gy)});
        }
    // Greedy from the lowest: a level is kept if its line and the last kept level's line are at least
    // minGap apart in every cell that lies between them.
    for (double level : candidates) {
        bool spaced = true;
        if (!levels.empty()) {
            const double below = levels.back();
            for (const Cell& c : cells)
                if (c.hi >= below && c.lo <= level && c.slope * minGap > level - below) {
                    spaced = false;
                    break;
                }
        }
        if (spaced) levels.push_back(level);
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
