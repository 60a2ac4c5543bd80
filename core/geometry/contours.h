#pragma once
// Contour lines by marching squares over a sampled grid, and the levels that show a surface's shape.

#include "function/compiled_function.h"
#include "geometry/value_scale.h"

#include <vector>

namespace gradlab {

/// f sampled on an nx × ny grid over [xmin, xmax] × [ymin, ymax]; values[j * nx + i] is f(x_i, y_j).
struct Grid {
    int nx = 0, ny = 0;
    double xmin = 0, xmax = 1, ymin = 0, ymax = 1;
    std::vector<double> values;
    double x(int i) const { return xmin + (xmax - xmin) * i / (nx - 1); }
    double y(int j) const { return ymin + (ymax - ymin) * j / (ny - 1); }
    double at(int i, int j) const { return values[static_cast<std::size_t>(j) * nx + i]; }
};

/// Samples f (two variables) on the grid with the block evaluator, one row at a time.
Grid sampleGrid(const CompiledFunction& f, double xmin, double xmax, double ymin, double ymax, int nx,
                int ny);

/// One contour level as line segments: segment k runs from (x[2k], y[2k]) to (x[2k+1], y[2k+1]). The segments
/// come in chains: where segment k + 1 starts exactly (bit for bit) where segment k ends, they are one line.
struct ContourLevel {
    double level = 0;
    std::vector<double> x, y;
};

/// Marching squares for each level. Cells with a non-finite corner are skipped; saddle cells are
/// resolved by the value at the cell centre (the average of the corners). Two cells that share an edge end
/// their segments at the same point of it, and the segments are ordered along each line (see ContourLevel).
std::vector<ContourLevel> traceContours(const Grid& grid, const std::vector<double>& levels);

/// Up to `count` levels uniform in `scale`'s value t between its low and high ends, less those that would
/// draw two neighbouring lines closer than `minGap` (in the grid's units of x and y) anywhere on the grid:
/// where the surface is steep, fewer lines, never a solid band. The gap between two levels a < b in a cell
/// is estimated as (b − a) / |∇f| from the cell's corners; cells where f changes by more than three level
/// steps across one cell (a pole, a jump) are left out, since no choice of levels can space lines there.
/// `scaled`, if given, holds scale.toScale of each of the grid's values (computed once for the colours too).
std::vector<double> contourLevels(const Grid& grid, const ValueScale& scale, int count, double minGap,
                                  const std::vector<double>* scaled = nullptr);
/// The same with the grid's own scale (ValueScale::fit) and a gap of 1 % of the grid's larger side.
std::vector<double> contourLevels(const Grid& grid, int count);

/// The direction (unit vector) of the level curve of f through p, found from two points on that level
/// curve on either side of p (each reached from p ± ε·t by Newton steps onto f = f(p)). False where the
/// gradient vanishes (no level curve through p).
bool levelCurveDirection(const CompiledFunction& f, const double* p, double* direction);

} // namespace gradlab
