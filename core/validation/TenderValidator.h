#pragma once

#include "diagnostics/Problem.h"
#include "tender/Tender.h"

namespace tulana {

// Checks the values of a tender the way an evaluation committee would before
// scoring: weights that add up, prices and marks that are present, finite and
// in range, identifiers that are unique. Every problem names its JSON path.
// Paths of problems that concern a single bid start with "bids[i]"; the
// evaluation uses that to keep scoring the other bids.
//
// The evaluation checks the marks while it sums them (one pass over 2.5
// million marks instead of two) and asks for MarksRange::Skip.
enum class MarksRange
{
    Check,
    Skip
};
Problems validateTender(const Tender& tender, MarksRange marks = MarksRange::Check);

// The problems of one bid only (a subset of validateTender's).
Problems validateBid(const Tender& tender, int bidIndex);

// What the top-level criteria's weights must add up to: 100, less the
// maximum of an openness sub-criterion that is on.
double criteriaWeightTarget(const Tender& tender);
// The same under an openness scheme (before and after it changes, say).
double criteriaWeightTarget(const openness::OpennessScheme& scheme);

// Everything a committee must fix before scoring: values and the rulebook.
Problems checkTenderValues(const Tender& tender);

} // namespace tulana
