// The winner as a function of a weight: exact, because every unrounded score
// is linear in the technical weight, and piecewise linear in a criterion's
// weight (the pieces end where a bid crosses the minimum technical score,
// which changes the qualified set and so the lowest price, or where another
// bid becomes the highest technical score a normalised score divides by).
#include "Thresholds.h"

#include <algorithm>
#include <cmath>

namespace tulana::sensitivity {
namespace {

struct PricedSet
{
    double lowest = INFINITY;
    double highest = -INFINITY;
};

PricedSet pricesOf(const Model& model, const std::vector<std::size_t>& qualified)
{
    PricedSet set;
    for (std::size_t i : qualified) {
        set.lowest = std::min(set.lowest, model.contenders[i].price);
        set.highest = std::max(set.highest, model.contenders[i].price);
    }
    return set;
}

} // namespace

TechnicalWeight technicalWeightThresholds(const Model& model, const Range& allowed,
                                          double announcedPercent, int winner)
{
    TechnicalWeight result;
    result.announced = announcedPercent;
    result.allowed = allowed;
    std::vector<std::size_t> qualified;
    for (std::size_t i = 0; i < model.contenders.size(); ++i)
        if (model.contenders[i].qualified)
            qualified.push_back(i);
    const PricedSet prices = pricesOf(model, qualified);
    double highestTechnical = 0;
    for (std::size_t i : qualified)
        highestTechnical = std::max(highestTechnical, model.contenders[i].technical);

    // C(w) = F + w·(T − F), w from 0 to 1; shown in percent.
    std::vector<Line> lines;
    for (std::size_t i : qualified) {
        const Contender& c = model.contenders[i];
        const double t = model.normalised && highestTechnical > 0
                             ? 100.0 * c.technical / highestTechnical
                             : c.technical;
        const double f = financialScore(model.formula, c.price, prices.lowest, prices.highest);
        lines.push_back({c.bid, f, (t - f) / 100.0, c.priority});
    }
    std::vector<Segment> segments;
    sweepHighest(lines, 0, 100, segments);
    result.segments = merged(segments);
    result.winnerHolds = holdsAround(result.segments, announcedPercent, winner);
    return result;
}

namespace {

// One criterion's (or group's) weight x, the others rescaled so the total
// stays: each technical score is then a + b·x.
struct WeightLines
{
    std::vector<double> at;
    std::vector<double> slope;
};

WeightLines technicalLines(const Model& model, const std::vector<int>& leaves, double weight,
                           double total)
{
    WeightLines lines;
    for (const Contender& c : model.contenders) {
        double own = 0; // Σ over its leaves of leaf weight × fraction
        for (int k : leaves)
            own += model.leafWeights[std::size_t(k)] * c.fraction[std::size_t(k)];
        const double rest = c.technical - c.openness - own;
        const double perOwn = own / weight;
        const double perRest = rest / (total - weight);
        lines.at.push_back(c.openness + total * perRest);
        lines.slope.push_back(perOwn - perRest);
    }
    return lines;
}

// Where the set of bids at or above the minimum may change along (lo, hi).
std::vector<double> qualificationPoints(const Model& model, const WeightLines& t, double lo,
                                        double hi)
{
    std::vector<double> points{lo, hi};
    for (std::size_t i = 0; i < model.contenders.size(); ++i) {
        if (t.slope[i] == 0)
            continue;
        const double x = (model.minimum - t.at[i]) / t.slope[i];
        if (x > lo && x < hi)
            points.push_back(x);
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    return points;
}

// What each piece needs, kept between pieces so a sweep allocates nothing.
struct PieceScratch
{
    std::vector<std::size_t> qualified;
    std::vector<double> financial;
    std::vector<Line> lines;
    std::vector<Line> technical;
    std::vector<Segment> highest;
};

// The winners along one piece [lo, hi] in which the qualified set is fixed.
void sweepPiece(const Model& model, const WeightLines& t, double lo, double hi,
                PieceScratch& scratch, std::vector<Segment>& out)
{
    const double middle = (lo + hi) / 2;
    const double qualifying = qualifyingScore(model.minimum);
    std::vector<std::size_t>& qualified = scratch.qualified;
    qualified.clear();
    for (std::size_t i = 0; i < model.contenders.size(); ++i) {
        if (t.at[i] + t.slope[i] * middle < qualifying)
            continue;
        if (!model.contenders[i].priced) {
            out.push_back({lo, hi, kSealedDecides});
            return;
        }
        qualified.push_back(i);
    }
    if (qualified.empty()) {
        out.push_back({lo, hi, kNoWinner});
        return;
    }
    const PricedSet prices = pricesOf(model, qualified);
    const double w = model.technicalWeight;
    std::vector<double>& financial = scratch.financial;
    financial.clear();
    for (std::size_t i : qualified)
        financial.push_back(financialScore(model.formula, model.contenders[i].price, prices.lowest,
                                           prices.highest));

    std::vector<Line>& lines = scratch.lines;
    lines.clear();
    if (!model.normalised) {
        for (std::size_t q = 0; q < qualified.size(); ++q) {
            const std::size_t i = qualified[q];
            lines.push_back({model.contenders[i].bid, w * t.at[i] + (1 - w) * financial[q],
                             w * t.slope[i], model.contenders[i].priority});
        }
        sweepHighest(lines, lo, hi, out);
        return;
    }
    // Normalised: 100·T/Tmax·w + F·(1 − w) orders bids as 100·w·T + (1 − w)·F·Tmax
    // does, which is linear wherever one bid holds the highest technical score.
    std::vector<Line>& technical = scratch.technical;
    technical.clear();
    for (std::size_t i : qualified)
        technical.push_back({int(i), t.at[i], t.slope[i], model.contenders[i].priority});
    std::vector<Segment>& highest = scratch.highest;
    highest.clear();
    sweepHighest(technical, lo, hi, highest);
    for (const Segment& piece : highest) {
        const std::size_t top = std::size_t(piece.winner);
        lines.clear();
        for (std::size_t q = 0; q < qualified.size(); ++q) {
            const std::size_t i = qualified[q];
            lines.push_back({model.contenders[i].bid,
                             100 * w * t.at[i] + (1 - w) * financial[q] * t.at[top],
                             100 * w * t.slope[i] + (1 - w) * financial[q] * t.slope[top],
                             model.contenders[i].priority});
        }
        sweepHighest(lines, piece.from, piece.to, out);
    }
}

} // namespace

std::vector<Segment> criterionWeightSegments(const Model& model, const std::vector<int>& leaves,
                                             double weight, double total)
{
    const WeightLines t = technicalLines(model, leaves, weight, total);
    const std::vector<double> points = qualificationPoints(model, t, 0, total);
    std::vector<Segment> segments;
    PieceScratch scratch;
    for (std::size_t p = 0; p + 1 < points.size(); ++p)
        sweepPiece(model, t, points[p], points[p + 1], scratch, segments);
    return merged(segments);
}

} // namespace tulana::sensitivity
