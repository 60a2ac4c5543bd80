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
    /// t of each value (NaN stays NaN).
    std::vector<double> toScale(const std::vector<double>& values) const;
    /// f(t), the inverse of toScale.
    double fromScale(double t) const;
    double top() const { return toScale(m_high); }
    /// At most `count` + 1 round values of f for a colour bar, ascending, all within [low, high], with 0
    /// among them whenever low < 0 < high. Where at least three read well on the bar (see kMinTickGap and
    /// kMaxTickGapRatio) they are the
    /// multiples of one 1, 2 or 5 × 10^k step (the finest such), evenly spaced in value. On a strongly
    /// logarithmic scale (a narrow valley) they are spread evenly in t instead, each rounded to a 1, 2 or 5 ×
    /// 10^k step no larger than half the gap to its neighbours.
    std::vector<double> ticks(int count) const;
    /// How close two even-step ticks may be on the bar (a fraction of the even spacing top()/count): closer,
    /// their labels crowd.
    static constexpr double kMinTickGap = 0.3;
    /// How much wider than the narrowest the widest gap between even-step ticks may be on the bar: more, and
    /// a logarithmic bar has most of its length unlabelled (0, 1000, 2000, 3000 on Rosenbrock).
    static constexpr double kMaxTickGapRatio = 5.0;

private:
    /// The multiples of `step` in [low, high], or none if there are more than `most`.
    std::vector<double> multiplesOf(double step, int most) const;
    /// Values spread evenly in t, each rounded to a step that suits its place on the scale.
    std::vector<double> spreadTicks(int count) const;

    double m_low = 0, m_high = 1, m_knee = 1;
};

} // namespace gradlab
