#pragma once

#include "SelectionMethod.h"

namespace tulana {

// How the evaluation is carried out. Every option is announced in the tender
// document before bids are opened; the defaults are the first variant listed
// in domain.md §1.
struct EvaluationOptions
{
    TechnicalScoreBasis technicalBasis = TechnicalScoreBasis::Marks;
    PriceFormula priceFormula = PriceFormula::LowestOverPrice;
    int decimals = 2;
    RoundingPoint roundingPoint = RoundingPoint::EachScore;
    TieBreak tieBreak = TieBreak::HigherTechnicalThenLowerPrice;
    bool pricesIncludeTax = true; // evaluated price = price + tax (ultimate cost to the buyer)

    friend bool operator==(const EvaluationOptions&, const EvaluationOptions&) = default;
};

} // namespace tulana
