#pragma once

#include "cost/Lifecycle.h"
#include "cost/LockIn.h"
#include "diagnostics/Problem.h"
#include "eligibility/EligibilityCheck.h"
#include "openness/OpennessAssessment.h"
#include "tender/SelectionMethod.h"

#include <QString>

#include <optional>
#include <vector>

namespace tulana {

// Where a bid stands after evaluation. Only Qualified bids are ranked.
enum class Standing
{
    Qualified,
    BelowMinimumTechnical, // technical score under the tender's minimum
    BelowCriterionMinimum, // committee average under a criterion's minimum marks
    OverBudget,            // FBS: evaluated price above the fixed budget
    NonResponsive,
    Withdrawn,
    Ineligible, // failed a pass/fail eligibility criterion: not technically scored
    Incomplete, // price or marks missing or invalid: cannot be scored yet
};

QString toKey(Standing s);

// What every output shows in place of a figure from a financial proposal that
// is not opened (a price, a tax, a cost line, a lifecycle cost): the words
// "not opened", never the figure. Evaluation::envelopeOpened() decides.
QString notOpenedText();

// Why a bid is set aside (or, for a qualified bid, why it is not ranked yet),
// kept as the facts the sentence is made of. evaluate() gives one to each of
// thousands of bids in a large tender and most are never shown, so the
// sentence is written only when asked, in the language of that moment.
class BidReason
{
public:
    BidReason() = default; // no reason: a qualified, ranked bid
    static BidReason criterionBelowMinimum(double average, int decimals, const QString& criterion,
                                           double minimum);
    static BidReason technicalBelowMinimum(double technical, int decimals, double minimum);
    static BidReason envelopeNotOpened();
    static BidReason overBudget(double evaluatedPrice, double budget);
    static BidReason nonResponsive(const QString& statedReason);
    static BidReason withdrawn(const QString& statedReason);
    static BidReason ineligible(const QString& eligibilityReason);
    static BidReason cannotBeScored(const QString& detail);

    bool isEmpty() const { return m_kind == Kind::None; }
    QString text() const; // in plain words; empty when there is no reason

private:
    enum class Kind : unsigned char
    {
        None,
        CriterionBelowMinimum,
        TechnicalBelowMinimum,
        EnvelopeNotOpened,
        OverBudget,
        NonResponsive,
        Withdrawn,
        Ineligible,
        CannotBeScored,
    };
    BidReason(Kind kind, double first, double second, int decimals, const QString& words)
        : m_kind(kind)
        , m_decimals(decimals)
        , m_first(first)
        , m_second(second)
        , m_words(words)
    {}

    Kind m_kind = Kind::None;
    int m_decimals = 0;
    double m_first = 0;  // the figure found (an average, a score, a price)
    double m_second = 0; // the limit it is held against
    QString m_words;     // a criterion's name, or the words the sentence quotes
};

struct BidResult
{
    int bid = -1; // index into Tender::bids
    Standing standing = Standing::Incomplete;
    BidReason why; // set when the bid is not qualified (or not yet ranked)
    // Why the bid is not qualified, in plain words; empty when qualified.
    QString reason() const { return why.text(); }

    bool technicallyScored = false;
    std::vector<double> criterionAverages; // committee average per marked criterion
    // The marks of the tender's openness sub-criterion, when it is on: a line
    // of the technical score of its own, worked out once per bid from its
    // openness record (none recorded: 0).
    std::optional<double> openness;
    double technicalExact = 0; // Σ weight × average / max (+ openness marks), unrounded
    double technical = 0;      // the technical score as announced (rounded when each score is)
    // The technical score that enters the combined score: `technical`, or
    // normalised to the highest qualified bid when the tender says so.
    double technicalForCombination = 0;

    // Two envelopes: these are set only for bids whose financial proposal is
    // opened (qualified bids; under QBS only the winner's).
    std::optional<double> evaluatedPrice;
    std::optional<double> financialExact;
    std::optional<double> financial;
    std::optional<double> combinedExact;
    std::optional<double> combined;

    int rank = 0;           // 1 = best; 0 = not ranked; equal ranks are unresolved ties
    bool tieBroken = false; // ranked apart from an equal score by the tie-break rule
};

struct RankReversal
{
    enum class Kind
    {
        Removal,
        Addition
    };
    Kind kind = Kind::Removal;
    int bid = -1; // the bid removed, or added as if it had qualified
    int winnerBefore = -1;
    int winnerAfter = -1;
    QString explanation;
    // Addition: every bid set aside with this same outcome (`bid` is the first).
    std::vector<int> bids;
    // Addition: the evaluated prices that would change the winner, worked out
    // from the opened bids (the set-aside bid's own price stays sealed).
    std::optional<double> priceBelow;
    std::optional<double> priceAbove;
};

// What evaluate() finds about a bid besides its scores, for every bid and
// even when the tender itself cannot be scored. Worked out once: the reports,
// the memo and the app's pages read these instead of working them out again.
struct BidFacts
{
    eligibility::Outcome eligibility;
    std::optional<openness::OpennessAssessment> openness; // when the bid has an openness record
    // Cost lines are part of the financial proposal: these are set only for
    // a bid whose proposal is opened and that has cost lines, so a sealed
    // bid's lifecycle cost is never worked out, let alone shown.
    std::optional<cost::LifecycleCost> lifecycle;
    std::optional<cost::LockInIndicator> lockIn;
};

// The parameters every relative score depends on, among qualified bids.
struct ScoringBasis
{
    double lowestPrice = 0;
    double highestPrice = 0;
    double highestTechnical = 0;
};

struct Evaluation
{
    SelectionMethod method = SelectionMethod::Qcbs;
    // False when the tender itself cannot be evaluated (weights not adding
    // up, no criteria...): `problems` says why and no bid has a score.
    bool evaluated = false;
    Problems problems;
    std::vector<BidResult> results; // in the order of Tender::bids
    std::vector<BidFacts> facts;    // in the order of Tender::bids, always one per bid
    std::vector<int> ranking;       // indices into results, best first (qualified only)
    ScoringBasis basis;
    int winner = -1; // index into Tender::bids
    QString noAwardReason;
    QString tieBreakNote; // set when the tie-break rule decided a rank
    std::vector<RankReversal> rankReversals;

    bool hasWinner() const { return winner >= 0; }
    const BidResult* resultFor(int bid) const;
    const BidFacts* factsFor(int bid) const;
    // Whether the bid's financial proposal is opened (two envelopes: only
    // qualified bids', under QBS only the winner's). The one test every
    // output uses before it shows a price, a tax or a cost of the bid.
    bool envelopeOpened(int bid) const;
};

} // namespace tulana
