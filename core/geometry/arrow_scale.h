#pragma once
// How long to draw a gradient arrow so that its length means something: one scale per function (not one
// per point). Linear, from the function's typical slope rounded to a number a learner can read ("an arrow
// 1 unit long stands for a slope of 5"), for the contour map; or logarithmic, from the largest slope, for
// the 3-D surface, where one run meets slopes from thousands (Rosenbrock's walls) down to 10⁻⁷.

#include <cmath>

namespace gradlab {

/// How an arrow for a given |∇f| fits the figure.
enum class ArrowFit {
    Drawn,     ///< drawn to scale
    TooShort,  ///< to scale it would be shorter than the figure can show: not drawn, say so
    Shortened, ///< to scale it would be longer than the figure: drawn at the longest length, say so
    Undefined, ///< |∇f| is not finite
};

/// "drawn", "too_short", "shortened", "undefined".
const char* arrowFitName(ArrowFit fit);

class ArrowScale {
public:
    ArrowScale() = default;
    /// A scale that draws `typicalSlope` about `typicalLength` long (data units): the slope per unit of
    /// length is typicalSlope / typicalLength rounded to the nearest (in ratio) 1, 2 or 5 × 10ᵏ (1 when
    /// typicalSlope is 0, negative or not finite).
    ArrowScale(double typicalSlope, double typicalLength);
    /// A logarithmic scale: |∇f| = largestSlope is `longest` long, each factor of ten less is
    /// longest / decades shorter, and from largestSlope · 10^−decades down the length is 0 (a largestSlope
    /// that is 0, negative or not finite counts as 1).
    static ArrowScale logarithmic(double largestSlope, double longest, double decades);

    bool isLogarithmic() const { return m_logarithmic; }
    /// Logarithmic: the slope drawn longest, and the slope below which there is no arrow.
    double largestSlope() const { return m_largest; }
    double smallestSlope() const { return m_largest * std::pow(10.0, -m_decades); }
    double decades() const { return m_decades; }

    /// Linear: the |∇f| an arrow one unit of length long stands for.
    double slopePerUnit() const { return m_slopePerUnit; }
    /// The length (data units) of the arrow for |∇f| = slope, to scale; it grows with the slope.
    double lengthOf(double slope) const;
    /// How the arrow for |∇f| = slope fits between minLength and maxLength; writes the length to draw
    /// (0 unless Drawn or Shortened).
    ArrowFit fit(double slope, double minLength, double maxLength, double* drawnLength) const;

private:
    double m_slopePerUnit = 1.0;
    bool m_logarithmic = false;
    double m_largest = 1.0;
    double m_longest = 1.0;
    double m_decades = 4.0;
};

} // namespace gradlab
