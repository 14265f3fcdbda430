#pragma once

#include "diagnostics/Problem.h"

namespace tulana {
struct Tender;
}

namespace tulana::eligibility {

// "tender.eligibility": every criterion has a unique id and a name.
void checkCriteria(const Tender& tender, Problems& out);

// "bids[i].eligibility", "bids[i].certifications": responses name a known
// criterion once each (errors); an alternative the criterion does not allow
// is a warning, located at the response's "how", because it is a finding of
// the evaluation (the bid is not eligible), not a broken file.
void checkBid(const Tender& tender, int bidIndex, Problems& out);

} // namespace tulana::eligibility
