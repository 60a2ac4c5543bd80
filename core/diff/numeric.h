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

/// |error| of a scheme for h = 10^0 … 10^-16, `perDecade` steps per decade (log-spaced, h decreasing).
struct ErrorCurve {
    std::vector<double> h;
    std::vector<double> absError; ///< |slope - exact|; 0 is possible (exact hit) and kept as 0
    double bestH = 0.0;           ///< h with the smallest error
    double bestError = 0.0;
};

ErrorCurve errorCurve(const RealFunction& f, double a, double exact, DifferenceScheme scheme,
                      int perDecade = 10, double hMax = 1.0, double hMin = 1e-16);

} // namespace gradlab
