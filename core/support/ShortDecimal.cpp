#include "ShortDecimal.h"

#include <charconv>
#include <cmath>

namespace tulana {

// The shortest exact text of a short decimal has at most two decimals, and
// writing it from an integer is many times cheaper than the general
// shortest-round-trip algorithm, which took most of the time of saving a
// large tender.
// `v == m / 10^k` (one correctly rounded division) guarantees the text "m/10^k"
// reads back as exactly v; anything else takes the general path.
char* writeShortDecimal(char* out, char* end, double v)
{
    static constexpr double scales[] = {1.0, 10.0, 100.0};
    if (!(std::abs(v) < 1e15))
        return nullptr;
    for (int k = 0; k < 3; ++k) {
        const double scaled = v * scales[k];
        const double whole = std::trunc(scaled);
        if (scaled != whole || whole / scales[k] != v)
            continue;
        const long long digits = static_cast<long long>(whole);
        if (k > 0 && digits % 10 == 0)
            continue; // a shorter form exists at a smaller k
        const bool negative = digits < 0;
        const long long magnitude = negative ? -digits : digits;
        const long long integral = magnitude / static_cast<long long>(scales[k]);
        const long long fraction = magnitude % static_cast<long long>(scales[k]);
        if (negative)
            *out++ = '-';
        out = std::to_chars(out, end, integral).ptr;
        if (k > 0) {
            *out++ = '.';
            if (k == 2 && fraction < 10)
                *out++ = '0';
            out = std::to_chars(out, end, fraction).ptr;
        }
        return out;
    }
    return nullptr;
}

} // namespace tulana
