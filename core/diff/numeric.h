#pragma once
// Numerical derivatives by finite differences: forward (f(a+h) - f(a))/h, backward (f(a) - f(a-h))/h and
// central (f(a+h) - f(a-h))/2h, the lesson's limit table and the error as h shrinks.

#include <functional>
#include <string>
#include <vector>

namespace gradlab {

enum class DifferenceScheme { Forward, Backward, Central };

/// "forward", "backward", "central".
const char* schemeName(DifferenceScheme s);
/// Parses a scheme name; returns false if unknown.
bool schemeByName(const std::string& name, DifferenceScheme& out);

using RealFunction = std::function<double(double)>;

/// The difference quotient of f at a with step h (h > 0) by the given scheme.
double differenceQuotient(const RealFunction& f, double a, double h, DifferenceScheme scheme);

/// One row of the limit table. For the forward scheme Δy = f(a+h) - f(a); backward: f(a) - f(a-h);
/// central: f(a+h) - f(a-h). slope = Δy / run where run is h (2h for central); error = slope - exact.
struct LimitRow {
    double h = 0.0;
    double fAPlusH = 0.0;
    double fAMinusH = 0.0;
    double deltaY = 0.0;
    double slope = 0.0;
    double error = 0.0;
};

struct LimitTable {
    double a = 0.0;
    double fA = 0.0;
    double exact = 0.0;
    DifferenceScheme scheme = DifferenceScheme::Forward;
    std::vector<LimitRow> rows;
};

/// The limit table at a for each step in hs, against the exact derivative `exact`.
LimitTable limitTable(const RealFunction& f, double a, double exact, const std::vector<double>& hs,
                      DifferenceScheme scheme);

/// The round-off scale of a difference quotient whose two function values are f1 and f2 and whose run
/// is `run` (h, or 2h for central): each value carries about one rounding of its size, so the quotient
/// is uncertain by about 2ε(|f1| + |f2|)/run. Errors below this are noise, not truncation.
double quotientRoundOff(double f1, double f2, double run);

/// |error| of a scheme for h = 10^0 … 10^-16, `perDecade` steps per decade (log-spaced, h decreasing),
/// and what a teacher measuring near each h would find: below the best h the raw error is round-off
/// noise that scatters over a decade or more between neighbouring h, so the best h and its error are
/// read from the typical (median) error over half a decade either side, never from a lucky single h.
struct ErrorCurve {
    std::vector<double> h;
    std::vector<double> absError;     ///< |slope - exact|; 0 is possible (exact hit) and kept as 0
    std::vector<double> typicalError; ///< median of absError over h·10^±0.5 (NaN where none is finite)
    double bestH = 0.0;               ///< the h where typicalError is smallest (the largest such h on a tie)
    double bestError = 0.0;           ///< typicalError at bestH: what `gradlab limit` at h near bestH gives
    double bandLow = 0.0;             ///< the h around bestH where typicalError stays within 2× bestError:
    double bandHigh = 0.0;            ///< [bandLow, bandHigh] is the sweet spot, a band rather than one point
    /// The measured slope of log|error| against log h where truncation dominates (between h = 10⁻² and
    /// 10⁻³): about 1 for forward and backward, 2 for central, more where terms vanish (forward at an
    /// inflection point), 0 when the quotient does not approach the exact value (a corner). NaN when
    /// there is no truncation error to measure: the error is round-off only (x² central, |x| at 1), or
    /// the exact derivative is not defined.
    double truncationOrder = 0.0;
    bool hasTruncation() const { return truncationOrder == truncationOrder; }
    /// True when a band is found (a best error > 0) and at smaller h than the band the typical error
    /// rises above 2× the best again: round-off takes over. False where the error only falls over the
    /// whole range (sin at 0: its values near 0 carry almost no round-off) or there is no band.
    bool risesAtSmallerH() const;
};

ErrorCurve errorCurve(const RealFunction& f, double a, double exact, DifferenceScheme scheme,
                      int perDecade = 10, double hMax = 1.0, double hMin = 1e-16);

/// The measured truncation slope of a scheme at a (ErrorCurve::truncationOrder, without the curve).
double truncationOrder(const RealFunction& f, double a, double exact, DifferenceScheme scheme);

} // namespace gradlab
