#pragma once

// The evaluated price under the lifecycle-cost basis, explained year by year
// (internal to Derivation.cpp; docs/scoring.md, "Lifecycle cost").

#include "scoring/Derivation.h"

namespace tulana {

void explainLifecycleCost(const Tender& tender, int bid, double evaluatedPrice, Derivation& d);

} // namespace tulana
