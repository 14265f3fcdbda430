#pragma once

#include "scoring/Evaluation.h"
#include "support/DerivationRecord.h"
#include "tender/Tender.h"

#include <QList>
#include <QString>

#include <memory>

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

// Explains the numbers of one evaluation, built on demand from it and the
// tender: evaluating 10,000 bids does not pay for explanations nobody reads.
// What does not depend on the bid (the marked criteria, each one's name,
// weight and maximum as text, the rounding sentence) is worked out once, when
// the explainer is made and in the language of that moment, so a report that
// explains every bid does not work it out again for each one. The tender and
// the evaluation must outlive the explainer and not change while it is used.
class Explainer
{
public:
    Explainer(const Tender& tender, const Evaluation& evaluation);
    // It keeps references: a temporary would be gone before it is used.
    Explainer(Tender&&, const Evaluation&) = delete;
    Explainer(const Tender&, Evaluation&&) = delete;
    ~Explainer();
    Explainer(const Explainer&) = delete;
    Explainer& operator=(const Explainer&) = delete;

    Derivation explain(int bid, Quantity quantity, int criterion = -1) const;

    struct Texts; // the bid-independent texts (Derivation.cpp)

private:
    const Tender& m_tender;
    const Evaluation& m_evaluation;
    std::unique_ptr<const Texts> m_texts;
};

// One number's working, for callers that explain one at a time (a tooltip,
// a panel): the same as an Explainer made for it.
Derivation explain(const Tender& tender, const Evaluation& evaluation, int bid, Quantity quantity,
                   int criterion = -1);

} // namespace tulana
