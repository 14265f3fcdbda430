#pragma once

#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

// How robust is the award (docs/sensitivity.md)? Exact answers where the
// scores are linear in the quantity varied (the technical weight, a
// criterion's weight, a bid's price or technical score), simulation where
// they are not (rank acceptability over ranges of weights, a bootstrap over
// the committee's members).
//
// Every exact threshold is worked on the unrounded scores: at the threshold
// itself two bids tie, and within the announced rounding of it (a few
// hundredths of a point) the rounded scores may tie and the announced
// tie-break decide. The analyses never use a price the evaluation has not
// opened: where a sealed bid would qualify, the answer stops there.
namespace tulana::sensitivity {

inline constexpr int kNoWinner = -1;      // no bid qualifies, or a tie beyond the tie-break
inline constexpr int kSealedDecides = -2; // a bid whose price is sealed would qualify

// A closed range of a weight, in percent (the technical weight) or points
// of the technical score (a criterion's weight).
struct Range
{
    double from = 0;
    double to = 0;
    bool contains(double x) const { return x >= from && x <= to; }
};

// Over [from, to] the winner is `winner` (a bid index, kNoWinner or
// kSealedDecides). At a boundary the two neighbours tie.
struct Segment
{
    double from = 0;
    double to = 0;
    int winner = kNoWinner;
};

struct TechnicalWeight
{
    double announced = 0;          // percent
    Range allowed{0, 100};         // what the tender's rulebook allows for its method
    std::vector<Segment> segments; // over 0–100, consecutive
    Range winnerHolds;             // the segments around `announced` won by the winner
};

struct CriterionWeight
{
    int node = -1; // depth-first index over the whole tree (groups included)
    QString id;
    QString name;
    bool group = false;
    double weight = 0;             // announced, points of the technical score
    double total = 0;              // the points it shares with the others (usually 100)
    std::vector<Segment> segments; // over 0–total, the others rescaled in proportion
    Range holds;
    // How far the announced weight is from the nearer end of `holds`,
    // relative to the weight: the smaller, the greater the risk (the
    // tornado's order).
    double slack() const;
};

struct PriceToWin
{
    int bid = -1;
    double price = 0; // its evaluated price now
    // The evaluated price below which it would win (others unchanged); for
    // the winner, the price up to which it still wins. Absent: it cannot win
    // on price alone (or, for the winner, wins at any price).
    std::optional<double> threshold;
    // For a bid that does not win: the cut that means, as a fraction of its
    // price (0.03 = 3%). For the winner: the rise it could bear.
    std::optional<double> change;
    // When it cannot win on price alone: how far its technical score is
    // below the winner's, in points.
    double technicalGap = 0;
};

// The fewest extra marks (committee average) on one criterion.
struct ExtraMarks
{
    int leaf = -1; // index into leavesOf(tender.criteria)
    double marks = 0;
};

struct TechnicalToWin
{
    int bid = -1;
    double technical = 0;             // its technical score now (unrounded)
    std::optional<double> threshold;  // the score above which it would win
    std::vector<ExtraMarks> cheapest; // where the fewest extra marks would do it
};

struct MemberLeftOut
{
    int member = -1;        // index into Tender::evaluators
    int winner = kNoWinner; // from evaluate() without that member's marks
};

struct Shares
{
    int draws = 0;
    std::uint64_t seed = 0;
    std::vector<double> winShare; // per bid, in the order of Tender::bids
    double sealedDecides = 0;     // share of draws a sealed price would decide
    double noWinner = 0;
};

struct BidAcceptability
{
    int bid = -1;
    // ranks[r]: the share of draws at rank r + 1, for the first 20 ranks (a
    // tender of thousands of bids would otherwise need millions of counts);
    // lowerRanks: below those, together.
    std::vector<double> ranks;
    std::vector<double> errors; // the Monte Carlo standard error of each
    double lowerRanks = 0;
    double notQualified = 0; // share of draws in which it falls below the minimum
    // The mean weights of the draws it wins (criteria in leaf order, then the
    // technical weight in percent); empty when it never wins.
    std::vector<double> centralWeights;
    // Whether it wins with its central weights (with the marks drawn: how
    // often), SMAA-2's confidence factor.
    std::optional<double> confidence;
};

struct AcceptabilityOptions
{
    int draws = 10000;
    std::uint64_t seed = 1;
    double weightRange = 10; // ± percent of each announced weight (and of w)
    bool drawMarks = false;  // resample the committee's members in each draw
    int threads = 0;         // 0: as many as the machine has
};

struct Acceptability
{
    AcceptabilityOptions options;
    Range technicalWeight;               // the range w was drawn from
    std::vector<Range> criterionWeights; // per leaf
    std::vector<BidAcceptability> bids;  // the bids that can qualify
    double sealedDecides = 0;            // share of draws a sealed price would decide
};

struct Options
{
    AcceptabilityOptions acceptability;
    bool simulate = true; // rank acceptability and the bootstrap
    int bootstrapDraws = 1000;
};

struct Report
{
    // False when there is no award to test (no winner yet, envelopes not
    // opened, not QCBS): `why` says so in plain words.
    bool available = false;
    QString why;
    int winner = kNoWinner;
    // Set when the unrounded scores rank another bid first and the award
    // rests on the announced rounding and tie-break: every interval is then
    // empty at the announced point.
    bool decidedByRounding = false;

    TechnicalWeight technicalWeight;
    std::vector<CriterionWeight> criteria;      // the tornado's order: least slack first
    std::vector<PriceToWin> priceToWin;         // the winner first, then by rank
    std::vector<TechnicalToWin> technicalToWin; // by rank
    std::vector<MemberLeftOut> members;
    std::optional<Shares> bootstrap;
    std::optional<Acceptability> acceptability;
};

// Everything above for the tender as evaluated. `evaluation` is
// evaluate(tender).
Report analyse(const Tender& tender, const Evaluation& evaluation, const Options& options = {});

// The exact analyses alone (no simulation), for the memo and benchmarks.
Report analyseExact(const Tender& tender, const Evaluation& evaluation);

// SMAA-2 rank acceptability (hit-and-run over the weights, optionally a
// bootstrap over members per draw); the same result for a given seed
// whatever the number of threads.
Acceptability rankAcceptability(const Tender& tender, const Evaluation& evaluation,
                                const AcceptabilityOptions& options);

// Leave-one-member-out: the winner with each member's marks set aside, from
// evaluate() itself (shared with the committee's views).
std::vector<MemberLeftOut> leaveOneMemberOut(const Tender& tender);

// The range the tender's rulebook allows the technical weight under its
// method (0–100 when it says nothing).
Range allowedTechnicalWeight(const Tender& tender);

} // namespace tulana::sensitivity
