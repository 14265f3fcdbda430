#pragma once

#include "scoring/Evaluation.h"
#include "sensitivity/Sensitivity.h"
#include "tender/Tender.h"

#include <vector>

// The evaluation as the exact analyses see it: every score unrounded and
// written as a function of the weights, so a threshold is where two lines
// cross. Internal to core/sensitivity.
namespace tulana::sensitivity {

// A bid whose standing can change with the weights: technically scored and
// not set aside by a criterion's minimum marks (averages do not depend on
// weights, so that verdict stands whatever the weights).
struct Contender
{
    int bid = -1;
    bool qualified = false;       // ranked by the evaluation
    bool priced = false;          // its financial proposal is opened: `price` is known
    double price = 0;             // evaluated price
    double openness = 0;          // the openness marks line (0 when the scheme is off)
    std::vector<double> fraction; // per leaf: committee average / maximum marks
    double technical = 0;         // openness + Σ leaf weight × fraction, unrounded
    int priority = 0;             // the announced tie-break's order, 0 first
    // Which members mark it (Tender::markingMembers): all but those who
    // declared a conflict with it. Empty when every member marks every bid.
    std::vector<char> marking;
    bool marks(std::size_t member) const { return marking.empty() || marking[member]; }
};

struct Model
{
    std::vector<Contender> contenders;
    std::vector<double> leafWeights;
    std::vector<double> leafMaxMarks;
    std::vector<double> leafMinMarks; // NaN where a criterion has no minimum
    double minimum = 0;               // the minimum technical score
    double technicalWeight = 0;       // w, a fraction
    PriceFormula formula = PriceFormula::LowestOverPrice;
    bool normalised = false; // technical scores normalised to the highest qualified
};

// `withCriterionMinimum`: also the bids a criterion's minimum sets aside,
// for analyses that change the averages (a bootstrap over members).
Model buildModel(const Tender& tender, const Evaluation& evaluation,
                 bool withCriterionMinimum = false);

// The averages of the contender's marks from a multiset of members
// (counts[e] times member e), into `fraction`; false when one falls below
// its criterion's minimum.
bool averagesFromMembers(const Model& model, const Contender& contender, const Bid& bid,
                         const std::vector<int>& counts, std::vector<double>& fraction);

// The rule of the evaluation, on unrounded scores: the lowest score that
// meets the minimum, and whether a score does.
double qualifyingScore(double minimum);
bool meetsMinimum(double technical, double minimum);
// The financial score of `price` among qualified prices [lowest, highest].
double financialScore(PriceFormula formula, double price, double lowest, double highest);

// Who wins with these technical scores (one per contender) and weight w:
// a contender's bid, kNoWinner, or kSealedDecides when a contender whose
// price is sealed would qualify. The brute force the exact analyses are
// checked against, and the step of the simulations.
int winnerWith(const Model& model, const std::vector<double>& technical, double w);

// A line a + b·x: a score as a function of the quantity varied.
struct Line
{
    int who = -1; // bid index
    double at = 0;
    double slope = 0;
    int priority = 0;
    double value(double x) const { return at + slope * x; }
};

// The winner along [lo, hi] of the highest line (ties at a crossing go to
// the line that leads after it), appended to `out` as segments.
void sweepHighest(const std::vector<Line>& lines, double lo, double hi, std::vector<Segment>& out);

// Joins neighbouring segments with the same winner.
std::vector<Segment> merged(const std::vector<Segment>& segments);
// The merged segment around x won by `winner`; {x, x} when x is not won by it.
Range holdsAround(const std::vector<Segment>& segments, double x, int winner);

} // namespace tulana::sensitivity
