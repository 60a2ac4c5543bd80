#include "plotting/log_ticker.h"

#include "lessons/number_format.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace gradlab {

namespace {
/// Round mantissas within a decade, coarsest first.
const std::array<std::vector<double>, 5> kMantissaSets = {{
    {1, 3},
    {1, 2, 5},
    {1, 2, 3, 5},
    {1, 1.5, 2, 3, 4, 5, 7},
    {1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9},
}};
constexpr int kMaxDecadeTicks = 7;
constexpr double kEps = 1e-9;

int countInside(const QVector<double>& ticks, const QCPRange& range) {
    int n = 0;
    for (double t : ticks)
        if (t >= range.lower * (1 - kEps) && t <= range.upper * (1 + kEps)) ++n;
    return n;
}

QVector<double> mantissaTicks(const std::vector<double>& set, const QCPRange& range) {
    QVector<double> ticks;
    const int first = static_cast<int>(std::floor(std::log10(range.lower))) - 1;
    const int last = static_cast<int>(std::ceil(std::log10(range.upper))) + 1;
    for (int e = first; e <= last; ++e)
        for (double m : set)
            ticks.append(m * std::pow(10.0, e));
    return ticks;
}

} // namespace

QVector<double> LogTicker::createTickVector(double tickStep, const QCPRange& range) {
    QVector<double> ticks;
    m_range = range;
    if (!(range.lower > 0) || !(range.upper > range.lower)) return ticks;
    const double lo = std::log10(range.lower), hi = std::log10(range.upper);
    const int powersInside = static_cast<int>(std::floor(hi + kEps) - std::ceil(lo - kEps)) + 1;
    if (powersInside >= 3) {
        // Every k-th decade, k round, so that at most kMaxDecadeTicks powers of ten show.
        static const int kSteps[] = {1, 2, 3, 5, 10, 20, 25, 50, 100};
        m_decadeStep = kSteps[std::size(kSteps) - 1];
        for (int k : kSteps)
            if ((hi - lo) / k <= kMaxDecadeTicks) {
                m_decadeStep = k;
                break;
            }
        m_mode = Mode::Decades;
        for (int e = static_cast<int>(std::floor(lo / m_decadeStep)) * m_decadeStep; e <= hi + m_decadeStep;
             e += m_decadeStep)
            ticks.append(std::pow(10.0, e));
        return ticks;
    }
    m_mode = Mode::Mantissas;
    for (const auto& set : kMantissaSets) {
        ticks = mantissaTicks(set, range);
        if (countInside(ticks, range) >= 3) return ticks;
    }
    // Narrower than one step between round mantissas: evenly spaced ticks, as on a linear axis.
    m_mode = Mode::Linear;
    return QCPAxisTicker::createTickVector(tickStep, range);
}

QVector<double> LogTicker::createSubTickVector(int subTickCount, const QVector<double>& ticks) {
    QVector<double> sub;
    switch (m_mode) {
    case Mode::Decades:
        // Between decade ticks: 2…9 times each power when ticks are a decade apart, else the skipped powers.
        for (int i = 0; i + 1 < ticks.size(); ++i) {
            if (m_decadeStep == 1)
                for (int m = 2; m <= 9; ++m)
                    sub.append(ticks[i] * m);
            else
                for (int k = 1; k < m_decadeStep; ++k)
                    sub.append(ticks[i] * std::pow(10.0, k));
        }
        return sub;
    case Mode::Mantissas:
        // The whole-number mantissas that are not ticks.
        for (int i = 0; i + 1 < ticks.size(); ++i) {
            const double e = std::pow(10.0, std::floor(std::log10(ticks[i]) + kEps));
            for (int m = 1; m <= 10; ++m) {
                const double s = m * e;
                if (s > ticks[i] * (1 + kEps) && s < ticks[i + 1] * (1 - kEps)) sub.append(s);
            }
        }
        return sub;
    case Mode::Linear:
        break;
    }
    return QCPAxisTicker::createSubTickVector(subTickCount, ticks);
}

QVector<QString> LogTicker::createLabelVector(const QVector<double>& ticks, const QLocale&, QChar, int) {
    // Powers of ten on whole decades ("10⁻⁴", "10²"); round mantissas in the one style of every axis: "30",
    // "50", "80" rather than "8·10¹" beside "50" (judged by the ticks on the axis).
    if (m_mode == Mode::Decades) return scientificValues(ticks);
    return axisLabels(ticks, [this](double t) { return m_range.contains(t); });
}

} // namespace gradlab
