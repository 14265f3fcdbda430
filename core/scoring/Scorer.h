#pragma once

#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <vector>

namespace tulana {

// A qualified bid as the relative scores see it.
struct Candidate
{
    int bid = -1;
    double technical = 0; // as announced (rounded when each score is rounded)
    double price = 0;     // evaluated price
    double technicalForCombination = 0;
    double financialExact = 0;
    double financial = 0;
    double combinedExact = 0;
    double combined = 0;
};

// The formulas of domain.md §1 with the tender's announced options. Shared by
// the evaluation and the rank-reversal what-ifs so both score alike.
class Scorer
{
public:
    explicit Scorer(const Tender& tender);

    double roundFinal(double value) const; // always applied to the deciding score
    double roundStep(double value) const;  // applied only when each score is rounded

    ScoringBasis basisOf(const std::vector<Candidate>& candidates) const;
    void score(Candidate& c, const ScoringBasis& basis) const;

    // Negative when a ranks before b, positive when after, 0 when the method
    // and the tie-break cannot tell them apart. `*byTieBreak` is set when the
    // method's own score was equal and the tie-break rule decided.
    int compare(const Candidate& a, const Candidate& b, bool* byTieBreak = nullptr) const;

    // The best candidate under `basis`, skipping `skipBid`; -1 for none, or
    // when the best is tied beyond the tie-break.
    int winnerOf(const std::vector<Candidate>& candidates, const ScoringBasis& basis,
                 int skipBid = -1) const;

    SelectionMethod method() const { return m_method; }

private:
    int primary(const Candidate& a, const Candidate& b) const;
    int tieBreak(const Candidate& a, const Candidate& b) const;

    SelectionMethod m_method;
    EvaluationOptions m_options;
    double m_technicalWeight;
    double m_financialWeight;
};

} // namespace tulana
