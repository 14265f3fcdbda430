#pragma once

#include "document/DocumentTypes.h"
#include "tender/Tender.h"

#include <QString>

namespace tulana {

// Identifiers for new items, in the style of the samples: "B4" after the
// highest B-number in use, "E4" for evaluators, "T4" for a top-level
// criterion and "T2.3" for the third child of "T2". Never one in use.
QString nextBidId(const Tender& tender);
QString nextEvaluatorId(const Tender& tender);
QString nextCriterionId(const Tender& tender, const CriterionPath& parent);
// A top-level group's id such that "<id>.1", its first child's, is free too.
QString nextGroupId(const Tender& tender);

} // namespace tulana
