#pragma once

#include "document/TenderChange.h"
#include "process/Acts.h"
#include "tender/Tender.h"

#include <QString>

#include <optional>
#include <vector>

namespace tulana {

// The one rule of the app's gate (TenderDocument::push): which parts of a
// recorded process (process/Acts.h) an edit would change. It follows the
// parts' declared projections (core/process/ProcessParts.cpp): a weight is
// in the announced rules, a bidder in the bids as received, a mark in the
// technical evaluation, a price in the opened figures. A change with no
// field on a criterion, bid or evaluator is one added or removed, which
// reshapes the marks too. An edit of any part also changes the decision
// (a finalised decision is withdrawn when what it was decided from
// changes), as does a context answer. Free text outside every part (a
// title, a criterion's description) changes none.
std::vector<process::Part> partsChangedBy(const TenderChange& change);

// Why the edit cannot be made now, in plain words, or nothing when it can:
// a financial figure typed in while it is sealed (process::
// figuresSealedBecause), or else process::lockedBecause for the first fixed
// part it would change, the announced rules excepted while a corrigendum is
// being prepared (`correctingRules`). A tender that does not record its
// process locks nothing.
std::optional<QString> editLockedBecause(const Tender& tender, const TenderChange& change,
                                         bool correctingRules = false);

} // namespace tulana
