#include "geometry/arrow_scale.h"

#include <cmath>
#include <initializer_list>

namespace gradlab {

const char* arrowFitName(ArrowFit fit) {
    switch (fit) {
    case ArrowFit::Drawn:
        return "drawn";
    case ArrowFit::TooShort:
        return "too_short";
    case ArrowFit::Shortened:
        return "shortened";
    case ArrowFit::Undefined:
        return "undefined";
    }
    return "undefined";
}

ArrowScale::ArrowScale(double typicalSlope, double typicalLength) {
    if (!(std::isfinite(typicalSlope) && typicalSlope > 0 && std::isfinite(typicalLength) &&
          typicalLength > 0))
        return;
    const double raw = typicalSlope / typicalLength;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    // The nearest of 1, 2, 5, 10 × 10ᵏ in ratio, so the typical slope is drawn within a factor √2.5 of
    // the length asked for.
    double best = decade;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (std::fabs(std::log(m * decade / raw)) < std::fabs(std::log(best / raw))) best = m * decade;
    m_slopePerUnit = best;
}

ArrowScale ArrowScale::logarithmic(double largestSlope, double longest, double decades) {
    ArrowScale s;
    s.m_logarithmic = true;
    s.m_largest = (std::isfinite(largestSlope) && largestSlope > 0) ? largestSlope : 1.0;
    s.m_longest = longest;
    s.m_decades = decades > 0 ? decades : 4.0;
    return s;
}

double ArrowScale::lengthOf(double slope) const {
    if (!m_logarithmic) return slope / m_slopePerUnit;
    if (!(slope > smallestSlope())) return 0.0;
    return m_longest * (1.0 + std::log10(slope / m_largest) / m_decades);
}

ArrowFit ArrowScale::fit(double slope, double minLength, double maxLength, double* drawnLength) const {
    *drawnLength = 0.0;
    if (!std::isfinite(slope)) return ArrowFit::Undefined;
    const double length = lengthOf(std::fabs(slope));
    if (!(length >= minLength) || length == 0.0) return ArrowFit::TooShort;
    if (length > maxLength) {
        *drawnLength = maxLength;
        return ArrowFit::Shortened;
    }
    *drawnLength = length;
    return ArrowFit::Drawn;
}

} // namespace gradlab
