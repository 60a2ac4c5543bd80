#pragma once
// What locateMinimum found along its recent searches, so that a search reaching a point an earlier one passed
// through (bit for bit) need not go on: from there the search is the same arithmetic on the same numbers, so
// it ends where the earlier one ended, with its verdict. Runs that approach the same minimum mostly end
// Newton's method on the same last points (the minimum itself), and those last steps cost the most: the
// line search that no longer moves, the Hessian there and the probes of isLocalMinimum. Exact, never a guess
// by nearness. One memo serves one function, on one thread.

#include "descent/trajectory.h"

#include <cstdint>
#include <cstring>
#include <vector>

namespace gradlab {

class MinimumMemo {
public:
    /// How an earlier search went on from a point it passed through.
    struct Continuation {
        double end[kMaxDimension] = {0.0, 0.0}; ///< where it ended
        int iterations = 0;                     ///< the Newton iterations it took from that point
        bool minimum = false;                   ///< its verdict
    };

    /// How a search went on from `point`, if a remembered search passed through it; nullptr otherwise.
    const Continuation* find(const double* point) const {
        const Entry& e = m_entries[slot(point)];
        return e.used && std::memcmp(e.point, point, sizeof e.point) == 0 ? &e.continuation : nullptr;
    }

    /// Remembers a search that ended on its own (not at its iteration limit): its iterates path[0 …
    /// count − 1], then `more` iterations (those of a remembered continuation), its end and its verdict.
    void remember(const double (*path)[kMaxDimension], int count, int more, const double* end, bool minimum) {
        for (int i = 0; i < count; ++i) {
            Entry& e = m_entries[slot(path[i])]; // a newer point takes the place of an older one
            e.used = true;
            std::memcpy(e.point, path[i], sizeof e.point);
            std::memcpy(e.continuation.end, end, sizeof e.continuation.end);
            e.continuation.iterations = count - i + more;
            e.continuation.minimum = minimum;
        }
    }

private:
    static constexpr std::size_t kSlots = 256; ///< points remembered at most (a power of two)
    struct Entry {
        bool used = false;
        double point[kMaxDimension] = {0.0, 0.0};
        Continuation continuation;
    };
    /// Where a point is kept: a hash of its bits.
    static std::size_t slot(const double* point) {
        std::uint64_t a, b;
        std::memcpy(&a, &point[0], sizeof a);
        std::memcpy(&b, &point[1], sizeof b);
        const std::uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
        return static_cast<std::size_t>(h >> 56) & (kSlots - 1);
    }
    std::vector<Entry> m_entries = std::vector<Entry>(kSlots);
};

} // namespace gradlab
