#include "descent/seeded_random.h"

#include <cmath>
#include <utility>

namespace gradlab {

double SeededRandom::uniform() {
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

double SeededRandom::normal() {
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    const double twoPi = 6.28318530717958647692;
    const double u1 = 1.0 - uniform(); // (0, 1]: the logarithm is finite
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    m_spare = r * std::sin(twoPi * u2);
    m_hasSpare = true;
    return r * std::cos(twoPi * u2);
}

std::uint64_t SeededRandom::below(std::uint64_t n) {
    // Rejects the top partial block of 2^64 so that every remainder is equally likely.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t x;
    do
        x = m_engine();
    while (x >= limit);
    return x % n;
}

void SeededRandom::shuffle(std::vector<int>& v) {
    for (std::size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[below(i)]);
}

} // namespace gradlab
