#pragma once

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

// Draws for the simulations: the standard Mersenne Twister, with the bits
// turned into numbers here so a seed gives the same draws with every
// standard library. Internal to core/sensitivity.
namespace tulana::sensitivity {

class Draws
{
public:
    // One independent stream per (seed, stream): the chunks of a
    // simulation get the same draws whichever thread runs them.
    Draws(std::uint64_t seed, std::uint64_t stream)
        : m_engine(mix(seed ^ mix(stream + 0x9e3779b97f4a7c15ULL)))
    {}

    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // 0 ≤ result < n; the bias of a 64-bit multiply-shift is below 2^-32.
    int below(int n) { return int((m_engine() >> 32) * std::uint64_t(n) >> 32); }
    // Two different numbers below n (n ≥ 2) from one draw: the high and low
    // halves of its 64 bits.
    void pair(int n, int& a, int& b)
    {
        const std::uint64_t bits = m_engine();
        a = int((bits >> 32) * std::uint64_t(n) >> 32);
        b = int((bits & 0xffffffffULL) * std::uint64_t(n - 1) >> 32);
        if (b >= a)
            ++b;
    }

    // A committee of the same size drawn with replacement from its members:
    // counts[e] is how many times member e is drawn (the bootstrap's draw).
    void redrawCommittee(std::vector<int>& counts)
    {
        const int members = int(counts.size());
        std::fill(counts.begin(), counts.end(), 0);
        for (int e = 0; e < members; ++e)
            ++counts[std::size_t(below(members))];
    }

private:
    // SplitMix64's finaliser: spreads nearby seeds apart before seeding.
    static std::uint64_t mix(std::uint64_t x)
    {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    std::mt19937_64 m_engine;
};

} // namespace tulana::sensitivity
