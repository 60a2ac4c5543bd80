#pragma once
// How a surface's values are spread over colours and contour levels: t = log(1 + (f − low)/knee), linear
// below the knee and logarithmic above it, so a narrow valley (Rosenbrock) and an even slope (a saddle)
// both use the whole colour range. The colour map, its colour bar and the contour levels share one scale.

#include <vector>

namespace gradlab {

class ValueScale {
public:
    ValueScale() = default;
    ValueScale(double low, double high, double knee);
    /// The scale for these samples (non-finite ones ignored): low and high their extremes, the knee their
    /// 5th percentile above the lowest (bounded below by a millionth of the range), so that about one
    /// sample in twenty lies in the linear part.
    static ValueScale fit(const std::vector<double>& values);

    double low() const { return m_low; }
    double high() const { return m_high; }
    double knee() const { return m_knee; }
    bool isValid() const { return m_high > m_low; }
    /// t(f): 0 at low, top() at high; below low it mirrors (−t(2·low − f)), so it is defined everywhere.
    double toScale(double f) const;
    /// f(t), the inverse of toScale.
    double fromScale(double t) const;
    double top() const { return toScale(m_high); }
    /// About `count` + 1 round values of f for a colour bar, spread evenly in t from low to high: each is
    /// rounded to a 1, 2 or 5 × 10^k step no larger than half the gap to its neighbours, so the labels are
    /// short and distinct. Ascending, all within [low, high].
    std::vector<double> ticks(int count) const;

private:
    double m_low = 0, m_high = 1, m_knee = 1;
};

} // namespace gradlab
