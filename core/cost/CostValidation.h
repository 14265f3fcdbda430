#pragma once

#include "diagnostics/Problem.h"

namespace tulana {
struct Tender;
}

namespace tulana::cost {

// "tender.lifecycle": a horizon of at least one year, a discount rate
// between 0 and 100 percent.
void checkLifecycleTerms(const Tender& tender, Problems& out);

// "bids[i].costs": known kinds, amounts zero or more, years that fit the
// kind and the horizon; and, under the lifecycle-cost basis, at least one
// line for a bid that is evaluated.
void checkBidCosts(const Tender& tender, int bidIndex, Problems& out);

} // namespace tulana::cost
