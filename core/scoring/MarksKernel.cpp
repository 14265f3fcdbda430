#include "MarksKernel.h"

#include <cmath>

namespace tulana {

// Written as arithmetic rather than comparisons because GCC vectorises the
// one and not the other: |v| − v is 0 for v ≥ 0 and exactly 2|v| > 0 for
// v < 0, so the sum of such terms is 0 only when every mark is ≥ 0 and within
// its limit, and NaN or infinity carries through. On x86-64 an AVX2 clone is
// picked at load time where the processor has it.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) &&                             \
    !defined(__SANITIZE_ADDRESS__)
__attribute__((target_clones("avx2", "default")))
#endif
double
addMarksColumn(double* __restrict sums, const double* __restrict column,
               const double* __restrict limits, int criteria)
{
    // The excess is kept in four running sums, one per lane, so that its
    // additions need not follow each other and vectorise too: every term is
    // 0, positive or NaN, so the total is 0 exactly when every term is,
    // whatever the order of the additions.
    constexpr int kLanes = 4;
    double excess[kLanes] = {0, 0, 0, 0};
    int c = 0;
    for (; c + kLanes <= criteria; c += kLanes)
        for (int lane = 0; lane < kLanes; ++lane) {
            const double mark = column[c + lane];
            sums[c + lane] += mark;
            const double headroom = limits[c + lane] - mark;
            excess[lane] += (std::fabs(mark) - mark) + (std::fabs(headroom) - headroom);
        }
    for (; c < criteria; ++c) {
        const double mark = column[c];
        sums[c] += mark;
        const double headroom = limits[c] - mark;
        excess[0] += (std::fabs(mark) - mark) + (std::fabs(headroom) - headroom);
    }
    return (excess[0] + excess[1]) + (excess[2] + excess[3]);
}

} // namespace tulana
