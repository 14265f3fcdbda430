#include "Model.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tulana::sensitivity {

double qualifyingScore(double minimum)
{
    // As the evaluation: a shortfall within the binary arithmetic is none.
    return minimum - 1e-9 * std::max(1.0, std::abs(minimum));
}

bool meetsMinimum(double technical, double minimum)
{
    return technical >= qualifyingScore(minimum);
}

double financialScore(PriceFormula formula, double price, double lowest, double highest)
{
    if (formula == PriceFormula::LowestOverPrice)
        return 100.0 * lowest / price;
    const double spread = highest - lowest;
    return spread > 0 ? 100.0 * (highest - price) / spread : 100.0;
}

namespace {

bool eligibleForWeights(const BidResult& r, bool withCriterionMinimum)
{
    return r.technicallyScored &&
           (r.standing == Standing::Qualified || r.standing == Standing::BelowMinimumTechnical ||
            (withCriterionMinimum && r.standing == Standing::BelowCriterionMinimum));
}

// The announced tie-break over unrounded scores: the order two bids with the
// same combined score are ranked in.
void setPriorities(std::vector<Contender>& contenders, TieBreak rule)
{
    std::vector<std::size_t> order(contenders.size());
    std::iota(order.begin(), order.end(), 0);
    const auto before = [&](std::size_t a, std::size_t b) {
        const Contender& x = contenders[a];
        const Contender& y = contenders[b];
        const double px = x.priced ? x.price : INFINITY;
        const double py = y.priced ? y.price : INFINITY;
        if (rule == TieBreak::HigherTechnicalThenLowerPrice) {
            if (x.technical != y.technical)
                return x.technical > y.technical;
            return px < py;
        }
        if (px != py)
            return px < py;
        return x.technical > y.technical;
    };
    std::stable_sort(order.begin(), order.end(), before);
    for (std::size_t i = 0; i < order.size(); ++i)
        contenders[order[i]].priority = int(i);
}

} // namespace

Model buildModel(const Tender& tender, const Evaluation& evaluation, bool withCriterionMinimum)
{
    Model model;
    model.minimum = tender.minimumTechnicalScore;
    model.technicalWeight = tender.technicalWeight / 100.0;
    model.formula = tender.options.priceFormula;
    model.normalised = tender.options.technicalBasis == TechnicalScoreBasis::NormalisedToHighest;
    for (const LeafRef& leaf : leavesOf(tender.criteria)) {
        model.leafWeights.push_back(leaf.criterion->weight);
        model.leafMaxMarks.push_back(leaf.criterion->maxMarks);
        model.leafMinMarks.push_back(leaf.criterion->minMarks.value_or(NAN));
    }
    for (const BidResult& r : evaluation.results) {
        if (!eligibleForWeights(r, withCriterionMinimum))
            continue;
        Contender c;
        c.bid = r.bid;
        c.qualified = r.standing == Standing::Qualified && r.rank > 0;
        c.priced = evaluation.envelopeOpened(r.bid);
        c.price = c.priced ? *r.evaluatedPrice : 0;
        c.openness = r.openness.value_or(0.0);
        if (tender.hasDeclaredConflicts())
            c.marking = tender.markingMembers(r.bid);
        c.fraction.resize(model.leafWeights.size());
        double technical = c.openness;
        for (std::size_t k = 0; k < c.fraction.size(); ++k) {
            c.fraction[k] = r.criterionAverages[k] / model.leafMaxMarks[k];
            technical += model.leafWeights[k] * c.fraction[k];
        }
        c.technical = technical;
        model.contenders.push_back(std::move(c));
    }
    setPriorities(model.contenders, tender.options.tieBreak);
    return model;
}

bool averagesFromMembers(const Model& model, const Contender& contender, const Bid& bid,
                         const std::vector<int>& counts, std::vector<double>& fraction)
{
    const MarksSheet& marks = bid.marks;
    int members = 0;
    for (std::size_t e = 0; e < counts.size(); ++e)
        members += contender.marks(e) ? counts[e] : 0;
    if (members == 0)
        return false; // no one drawn may mark it: it cannot be scored in this draw
    fraction.assign(model.leafWeights.size(), 0.0);
    for (std::size_t e = 0; e < counts.size(); ++e) {
        if (counts[e] == 0 || !contender.marks(e))
            continue;
        const double* column = marks.column(int(e));
        for (std::size_t k = 0; k < fraction.size(); ++k)
            fraction[k] += counts[e] * column[k];
    }
    bool meets = true;
    for (std::size_t k = 0; k < fraction.size(); ++k) {
        const double average = fraction[k] / members;
        const double minimum = model.leafMinMarks[k];
        if (!std::isnan(minimum) && !meetsMinimum(average, minimum))
            meets = false;
        fraction[k] = average / model.leafMaxMarks[k];
    }
    return meets;
}

int winnerWith(const Model& model, const std::vector<double>& technical, double w)
{
    double lowest = INFINITY;
    double highest = -INFINITY;
    double highestTechnical = 0;
    bool any = false;
    for (std::size_t i = 0; i < model.contenders.size(); ++i) {
        if (!meetsMinimum(technical[i], model.minimum))
            continue;
        const Contender& c = model.contenders[i];
        if (!c.priced)
            return kSealedDecides;
        any = true;
        lowest = std::min(lowest, c.price);
        highest = std::max(highest, c.price);
        highestTechnical = std::max(highestTechnical, technical[i]);
    }
    if (!any)
        return kNoWinner;
    int best = -1;
    double bestScore = -INFINITY;
    for (std::size_t i = 0; i < model.contenders.size(); ++i) {
        if (!meetsMinimum(technical[i], model.minimum))
            continue;
        const Contender& c = model.contenders[i];
        const double t = model.normalised && highestTechnical > 0
                             ? 100.0 * technical[i] / highestTechnical
                             : technical[i];
        const double score =
            w * t + (1 - w) * financialScore(model.formula, c.price, lowest, highest);
        if (best < 0 || score > bestScore ||
            (score == bestScore && c.priority < model.contenders[std::size_t(best)].priority)) {
            best = int(i);
            bestScore = score;
        }
    }
    return model.contenders[std::size_t(best)].bid;
}

void sweepHighest(const std::vector<Line>& lines, double lo, double hi, std::vector<Segment>& out)
{
    if (lines.empty()) {
        out.push_back({lo, hi, kNoWinner});
        return;
    }
    // The leader just after lo: the highest value, then the steeper line.
    const auto leadsAfter = [&](const Line& a, const Line& b, double x) {
        const double va = a.value(x);
        const double vb = b.value(x);
        const double tolerance = 1e-12 * std::max({1.0, std::abs(va), std::abs(vb)});
        if (std::abs(va - vb) > tolerance)
            return va > vb;
        if (a.slope != b.slope)
            return a.slope > b.slope;
        return a.priority < b.priority;
    };
    std::size_t leader = 0;
    for (std::size_t i = 1; i < lines.size(); ++i)
        if (leadsAfter(lines[i], lines[leader], lo))
            leader = i;
    double x = lo;
    // The upper envelope of n lines has at most n pieces; the bound guards
    // against a loop on rounding.
    for (std::size_t step = 0; step <= lines.size(); ++step) {
        const Line& l = lines[leader];
        double next = hi;
        std::size_t successor = leader;
        for (std::size_t j = 0; j < lines.size(); ++j) {
            if (j == leader || lines[j].slope <= l.slope)
                continue;
            const double cross = (l.at - lines[j].at) / (lines[j].slope - l.slope);
            if (!(cross > x) || cross > next)
                continue;
            if (cross < next || leadsAfter(lines[j], lines[successor], cross)) {
                next = cross;
                successor = j;
            }
        }
        out.push_back({x, next, l.who});
        if (successor == leader || next >= hi)
            return;
        x = next;
        leader = successor;
    }
}

std::vector<Segment> merged(const std::vector<Segment>& segments)
{
    std::vector<Segment> out;
    for (const Segment& s : segments) {
        if (s.to <= s.from && !out.empty())
            continue; // a point between two pieces
        if (!out.empty() && out.back().winner == s.winner)
            out.back().to = s.to;
        else
            out.push_back(s);
    }
    return out;
}

Range holdsAround(const std::vector<Segment>& segments, double x, int winner)
{
    for (const Segment& s : segments)
        if (s.winner == winner && s.from <= x && x <= s.to)
            return {s.from, s.to};
    return {x, x};
}

} // namespace tulana::sensitivity
