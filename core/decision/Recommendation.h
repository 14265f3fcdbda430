#pragma once

#include "considerations/Assessment.h"
#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tulana {

// What the answered considerations say together (docs/considerations.md).
enum class ContextVerdict
{
    OpenBetterSuited,      // more considerations favour open source than proprietary
    ProprietaryAdvantages, // more favour proprietary
    Balanced,              // as many each way, or none answered
};

// Which branch of the brief's rule the recommendation follows.
enum class RecommendationRule
{
    NoAward,                   // the evaluation has no winner and no tie to settle
    NoOpenOption,              // no qualified open-source bid: the evaluation's winner
    WinnerIsOpen,              // the evaluation's winner is open source
    AdoptOpen,                 // open source better suited: adopt it
    ProprietaryMayBePreferred, // proprietary offers advantages: it may be preferred
    PrioritiseOpenness,        // equivalent: openness prioritised
};

QString toKey(ContextVerdict verdict);
QString toKey(RecommendationRule rule);

struct Recommendation
{
    std::vector<ConsiderationAssessment> considerations; // Table 3's order
    int favoursOpen = 0;
    int favoursProprietary = 0;
    int neutral = 0;
    int unanswered = 0;
    ContextVerdict verdict = ContextVerdict::Balanced;
    RecommendationRule rule = RecommendationRule::NoAward;
    std::vector<int> bids; // recommended, indices into Tender::bids (empty under NoAward)
    int bestOpenBid = -1;  // best-ranked qualified open-source bid, -1 if none
    bool departsFromEvaluation = false; // the recommended bid is not the evaluation's winner
    QString headline;                   // one sentence: which bid and the rule applied
    QStringList reasons;                // plain sentences, each citing Table 3 or the evaluation
};

// Combines the tender's context (tender.context) with the evaluation by the
// brief's rule: if open source is better suited it should be adopted; if
// proprietary offers advantages it may be preferred; if both are equivalent,
// openness can be prioritised. The rule as Tulana applies it is written down
// in docs/considerations.md.
Recommendation recommend(const Tender& tender, const Evaluation& evaluation,
                         const Table3& table = table3(),
                         const ContextQuestions& questions = contextQuestions());

} // namespace tulana
