#pragma once

#include "scoring/Evaluation.h"
#include "support/DerivationRecord.h"
#include "tender/Tender.h"

#include <QList>
#include <QString>

namespace tulana {

enum class Quantity
{
    CriterionAverage, // needs the criterion's leaf index
    Openness,         // the marks of the announced openness sub-criterion
    Technical,
    TechnicalForCombination,
    EvaluatedPrice,
    Financial,
    Combined,
};

QString toKey(Quantity q);

// Built on demand from the evaluation and the tender: evaluating 10,000 bids
// does not pay for explanations nobody reads.
Derivation explain(const Tender& tender, const Evaluation& evaluation, int bid, Quantity quantity,
                   int criterion = -1);

} // namespace tulana
