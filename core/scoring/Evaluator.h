#pragma once

#include "scoring/Evaluation.h"
#include "tender/Tender.h"

namespace tulana {

// Evaluates a tender: a pure, deterministic function of its input. Tender-
// level problems (weights not adding up...) stop the evaluation; a bid with a
// missing or invalid price or mark is set aside as incomplete, the others are
// scored, and no award is made until every bid can be scored.
Evaluation evaluate(const Tender& tender);

} // namespace tulana
