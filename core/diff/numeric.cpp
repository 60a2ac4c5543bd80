#include "diff/numeric.h"

#include <cmath>
#include <limits>

namespace gradlab {

const char* schemeName(DifferenceScheme s) {
    switch (s) {
    case DifferenceScheme::Forward:
        return "forward";
    case DifferenceScheme::Backward:
        return "backward";
    case DifferenceScheme::Central:
        return "central";
    }
    return "forward";
}

bool schemeByName(const std::string& name, DifferenceScheme& out) {
    for (DifferenceScheme s :
         {DifferenceScheme::Forward, DifferenceScheme::Backward, DifferenceScheme::Central}) {
        if (name == schemeName(s)) {
            out = s;
            return true;
        }
    }
    return false;
}

namespace {
LimitRow row(const RealFunction& f, double a, double fa, double exact, double h, DifferenceScheme scheme) {
    LimitRow r;
    r.h = h;
    r.fAPlusH = f(a + h);
    r.fAMinusH = f(a - h);
    switch (scheme) {
    case DifferenceScheme::Forward:
        r.deltaY = r.fAPlusH - fa;
        r.slope = r.deltaY / h;
        break;
    case DifferenceScheme::Backward:
        r.deltaY = fa - r.fAMinusH;
        r.slope = r.deltaY / h;
        break;
    case DifferenceScheme::Central:
        r.deltaY = r.fAPlusH - r.fAMinusH;
        r.slope = r.deltaY / (2.0 * h);
        break;
    }
    r.error = r.slope - exact;
    return r;
}
} // namespace

double differenceQuotient(const RealFunction& f, double a, double h, DifferenceScheme scheme) {
    return row(f, a, f(a), 0.0, h, scheme).slope;
}

LimitTable limitTable(const RealFunction& f, double a, double exact, const std::vector<double>& hs,
                      DifferenceScheme scheme) {
    LimitTable t;
    t.a = a;
    t.fA = f(a);
    t.exact = exact;
    t.scheme = scheme;
    for (double h : hs)
        t.rows.push_back(row(f, a, t.fA, exact, h, scheme));
    return t;
}

ErrorCurve errorCurve(const RealFunction& f, double a, double exact, DifferenceScheme scheme, int perDecade,
                      double hMax, double hMin) {
    ErrorCurve c;
    const double fa = f(a);
    const double lo = std::log10(hMin), hi = std::log10(hMax);
    const int steps = static_cast<int>(std::lround((hi - lo) * perDecade));
    c.bestError = std::numeric_limits<double>::infinity();
    for (int i = 0; i <= steps; ++i) {
        const double h = std::pow(10.0, hi - static_cast<double>(i) / perDecade);
        const double e = std::fabs(row(f, a, fa, exact, h, scheme).error);
        c.h.push_back(h);
        c.absError.push_back(e);
        if (e < c.bestError) {
            c.bestError = e;
            c.bestH = h;
        }
    }
    return c;
}

} // namespace gradlab
