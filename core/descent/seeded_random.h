#pragma once
// Random numbers that are the same for the same seed on every platform and standard library: the
// standard's engines are specified to the bit, its distributions are not, so the draws are made here.

#include <cstdint>
#include <random>
#include <vector>

namespace gradlab {

class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_engine(seed) {}

    /// Uniform in [0, 1), with 53 random bits.
    double uniform();
    /// Standard normal (Box–Muller).
    double normal();
    /// Uniform whole number in [0, n), n ≥ 1, without bias.
    std::uint64_t below(std::uint64_t n);
    /// Fisher–Yates.
    void shuffle(std::vector<int>& v);

private:
    std::mt19937_64 m_engine;
    bool m_hasSpare = false;
    double m_spare = 0.0;
};

} // namespace gradlab
