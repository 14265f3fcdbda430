#pragma once

// The lifecycle-cost parts of `tulana-cli score` (docs/cli.md): the
// financial basis in the rules, quoted price beside lifecycle cost per bid,
// and the same in the JSON report.

#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QString>

namespace tulana {

class JsonWriter;

// "financial basis: lifecycle cost (net present value) over 5 years at a
// discount rate of 8% a year"; empty under QBS, where no price is scored.
QString financialBasisRule(const Tender& tender);

// Quoted price, lifecycle cost (undiscounted and NPV) and lock-in per bid,
// and a sentence when the cheapest quoted price is not the cheapest over the
// horizon. Empty when no bid has cost lines.
QString lifecycleCostTable(const Tender& tender, const Evaluation& evaluation);

// "lifecycle": the tender's terms, in the report's "tender" object.
void writeLifecycleJson(JsonWriter& w, const Tender& tender);
// "lifecycleCost" of bid `bid`: null when the bid has no cost lines.
void writeBidLifecycleJson(JsonWriter& w, const Tender& tender, const Evaluation& evaluation,
                           int bid);

} // namespace tulana
