#pragma once

namespace tulana {

// The innermost loop of an evaluation, run for every evaluator of every bid
// (2.5 million marks in the benchmark tender): adds one evaluator's column of
// marks into the per-criterion sums and returns how far the marks stray out
// of [0, limit]: exactly 0 when every mark is in range, > 0 or NaN otherwise
// (NaN is a criterion not yet marked).
double addMarksColumn(double* sums, const double* column, const double* limits, int criteria);

} // namespace tulana
