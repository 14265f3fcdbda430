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
    double excess = 0;
    for (int c = 0; c < criteria; ++c) {
        const double mark = column[c];
        sums[c] += mark;
        const double headroom = limits[c] - mark;
        excess += (std::fabs(mark) - mark) + (std::fabs(headroom) - headroom);
    }
    return excess;
}

} // namespace tulana
