#pragma once

#include "scoring/Evaluation.h"
#include "scoring/Scorer.h"

#include <vector>

namespace tulana {

// Relative scores (Sf = 100 × Fm / F, normalised technical scores) depend on
// the other bids, so removing a losing bid, or admitting one that was set
// aside, can change which of the others wins (Telgen & Timmer 2016; the
// example in domain.md §1). Only a bid that holds the lowest or highest price
// or the highest technical score moves those reference points, so only such
// bids are re-scored: the check stays linear in the number of bids.
std::vector<RankReversal> detectRankReversals(const Tender& tender, const Evaluation& evaluation,
                                              const Scorer& scorer);

} // namespace tulana
