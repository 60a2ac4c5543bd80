#include "diff/numeric.h"

#include <algorithm>
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

double quotientRoundOff(double f1, double f2, double run) {
    return 2.0 * std::numeric_limits<double>::epsilon() * (std::fabs(f1) + std::fabs(f2)) / run;
}

namespace {
double run(const LimitRow& r, DifferenceScheme scheme) {
    return scheme == DifferenceScheme::Central ? 2.0 * r.h : r.h;
}

double roundOffOf(const LimitRow& r, double fa, DifferenceScheme scheme) {
    const double f1 = scheme == DifferenceScheme::Backward ? fa : r.fAPlusH;
    const double f2 = scheme == DifferenceScheme::Forward ? fa : r.fAMinusH;
    return quotientRoundOff(f1, f2, run(r, scheme));
}

double median(std::vector<double> v) {
    if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
    const auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    if (v.size() % 2) return *mid;
    return 0.5 * (*mid + *std::max_element(v.begin(), mid));
}

// Truncation is measurable where the error clearly exceeds round-off (100×) at both steps.
double measuredOrder(const RealFunction& f, double a, double fa, double exact, DifferenceScheme scheme) {
    const double h1 = 1e-2, h2 = 1e-3;
    const LimitRow r1 = row(f, a, fa, exact, h1, scheme), r2 = row(f, a, fa, exact, h2, scheme);
    const double e1 = std::fabs(r1.error), e2 = std::fabs(r2.error);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (!std::isfinite(e1) || !std::isfinite(e2)) return nan;
    if (e1 <= 100 * roundOffOf(r1, fa, scheme) || e2 <= 100 * roundOffOf(r2, fa, scheme)) return nan;
    return std::log10(e1 / e2) / std::log10(h1 / h2);
}
} // namespace

double truncationOrder(const RealFunction& f, double a, double exact, DifferenceScheme scheme) {
    return measuredOrder(f, a, f(a), exact, scheme);
}

bool ErrorCurve::risesAtSmallerH() const {
    if (!(bestError > 0) || !std::isfinite(bestError)) return false;
    for (std::size_t i = 0; i < h.size(); ++i)
        if (h[i] < bandLow && typicalError[i] > 2.0 * bestError) return true;
    return false;
}

ErrorCurve errorCurve(const RealFunction& f, double a, double exact, DifferenceScheme scheme, int perDecade,
                      double hMax, double hMin) {
    ErrorCurve c;
    const double fa = f(a);
    const double lo = std::log10(hMin), hi = std::log10(hMax);
    const int steps = static_cast<int>(std::lround((hi - lo) * perDecade));
    for (int i = 0; i <= steps; ++i) {
        const double h = std::pow(10.0, hi - static_cast<double>(i) / perDecade);
        c.h.push_back(h);
        c.absError.push_back(std::fabs(row(f, a, fa, exact, h, scheme).error));
    }
    // The typical error: the median over half a decade either side (NaNs, undefined quotients, left out).
    const int half = std::max(1, perDecade / 2);
    const int n = static_cast<int>(c.h.size());
    c.typicalError.resize(c.h.size());
    for (int i = 0; i < n; ++i) {
        std::vector<double> window;
        for (int j = std::max(0, i - half); j <= std::min(n - 1, i + half); ++j)
            if (!std::isnan(c.absError[static_cast<std::size_t>(j)]))
                window.push_back(c.absError[static_cast<std::size_t>(j)]);
        c.typicalError[static_cast<std::size_t>(i)] = median(window);
    }
    int best = -1;
    for (int i = 0; i < n; ++i) {
        const double e = c.typicalError[static_cast<std::size_t>(i)];
        if (std::isfinite(e) && (best < 0 || e < c.typicalError[static_cast<std::size_t>(best)])) best = i;
    }
    c.truncationOrder = measuredOrder(f, a, fa, exact, scheme);
    if (best < 0) {
        c.bestH = c.bandLow = c.bandHigh = std::numeric_limits<double>::quiet_NaN();
        c.bestError = std::numeric_limits<double>::infinity();
        return c;
    }
    c.bestH = c.h[static_cast<std::size_t>(best)];
    c.bestError = c.typicalError[static_cast<std::size_t>(best)];
    auto inBand = [&](int i) {
        const double e = c.typicalError[static_cast<std::size_t>(i)];
        return std::isfinite(e) && e <= 2.0 * c.bestError;
    };
    int first = best, last = best;
    while (first > 0 && inBand(first - 1))
        --first;
    while (last < n - 1 && inBand(last + 1))
        ++last;
    c.bandHigh = c.h[static_cast<std::size_t>(first)];
    c.bandLow = c.h[static_cast<std::size_t>(last)];
    return c;
}

} // namespace gradlab
