// The price at which a bid would win. Its own financial score falls as its
// price rises; once it undercuts the lowest (or, under the linear formula,
// passes the highest) price, the others' financial scores move too. Each of
// those pieces is solved in closed form; the advantage of the bid over the
// best of the others only falls as its price rises, so the first piece that
// has a solution gives the threshold.
#include "Thresholds.h"

#include <algorithm>
#include <cmath>

namespace tulana::sensitivity {
namespace {

struct Others
{
    std::vector<double> weighted; // w·T (or the normalised T) of each other qualified bid
    std::vector<double> prices;
    double lowest = INFINITY;
    double highest = -INFINITY;
};

double technicalForCombination(const Model& model, const Contender& c, double highest)
{
    return model.normalised && highest > 0 ? 100.0 * c.technical / highest : c.technical;
}

// Sf = 100 × Fm / F.
double lowestOverPrice(double own, const Others& o, double K)
{
    const double m = o.lowest;
    double best = -INFINITY; // the best other combined score while own price ≥ m
    for (std::size_t i = 0; i < o.prices.size(); ++i)
        best = std::max(best, o.weighted[i] + K * m / o.prices[i]);
    // Own price p ≥ m: own score own + K·m/p beats `best` while p < K·m/(best − own).
    if (best - own <= 0)
        return INFINITY;
    const double above = K * m / (best - own);
    if (above >= m)
        return above;
    // p < m: own financial score is 100 and the others' are K·p/Pi.
    double below = m;
    for (std::size_t i = 0; i < o.prices.size(); ++i)
        below = std::min(below, o.prices[i] * (own + K - o.weighted[i]) / K);
    return below;
}

// Sf = 100 × (Fmax − F) / (Fmax − Fmin), over the qualified prices with own p.
double linearFormula(double own, const Others& o, double K)
{
    const double m = o.lowest;
    const double M = o.highest;
    // m ≤ p ≤ M (a spread among the others): their scores stay.
    if (M > m) {
        double best = -INFINITY;
        for (std::size_t i = 0; i < o.prices.size(); ++i)
            best = std::max(best, o.weighted[i] + K * (M - o.prices[i]) / (M - m));
        const double inside = M - (best - own) * (M - m) / K;
        if (inside >= m && inside <= M)
            return inside;
        if (inside > M) {
            // It still wins at the highest price; above it its financial
            // score is 0 and the others' rise towards 100 as p grows.
            double above = INFINITY;
            for (std::size_t i = 0; i < o.prices.size(); ++i) {
                const double d = own - o.weighted[i];
                if (d < K)
                    above = std::min(above, (K * o.prices[i] - d * m) / (K - d));
            }
            return above;
        }
    } else {
        // All others at one price: above it its score is 0, theirs 100.
        bool winsAbove = true;
        for (double other : o.weighted)
            winsAbove = winsAbove && own > other + K;
        if (winsAbove)
            return INFINITY;
        // At that very price every bid scores 100.
        bool winsLevel = true;
        for (double other : o.weighted)
            winsLevel = winsLevel && own > other;
        if (winsLevel)
            return std::nextafter(m, INFINITY);
    }
    // p < m: own financial score is 100; the others' are K·(M − Pi)/(M − p).
    double below = m;
    for (std::size_t i = 0; i < o.prices.size(); ++i) {
        const double gap = own + K - o.weighted[i];
        if (gap <= 0)
            return 0;
        below = std::min(below, M - K * (M - o.prices[i]) / gap);
    }
    return below;
}

} // namespace

std::vector<double> priceThresholds(const Model& model)
{
    const double w = model.technicalWeight;
    const double K = (1 - w) * 100.0;
    double highestTechnical = 0;
    for (const Contender& c : model.contenders)
        if (c.qualified)
            highestTechnical = std::max(highestTechnical, c.technical);
    Others all;
    std::vector<std::size_t> index;
    for (std::size_t i = 0; i < model.contenders.size(); ++i) {
        const Contender& c = model.contenders[i];
        if (!c.qualified)
            continue;
        index.push_back(i);
        all.weighted.push_back(w * technicalForCombination(model, c, highestTechnical));
        all.prices.push_back(c.price);
    }
    std::vector<double> thresholds(model.contenders.size(), NAN);
    Others others;
    for (std::size_t j = 0; j < index.size(); ++j) {
        // The others: every qualified bid but this one.
        others.weighted.clear();
        others.prices.clear();
        others.lowest = INFINITY;
        others.highest = -INFINITY;
        for (std::size_t i = 0; i < index.size(); ++i) {
            if (i == j)
                continue;
            others.weighted.push_back(all.weighted[i]);
            others.prices.push_back(all.prices[i]);
            others.lowest = std::min(others.lowest, all.prices[i]);
            others.highest = std::max(others.highest, all.prices[i]);
        }
        const double own = all.weighted[j];
        double& threshold = thresholds[index[j]];
        if (others.prices.empty())
            threshold = INFINITY; // alone: it wins at any price
        else if (K <= 0)          // the price carries no weight: it cannot change the winner
            threshold = own > *std::max_element(others.weighted.begin(), others.weighted.end())
                            ? INFINITY
                            : 0;
        else
            threshold = model.formula == PriceFormula::LowestOverPrice
                            ? lowestOverPrice(own, others, K)
                            : linearFormula(own, others, K);
    }
    return thresholds;
}

} // namespace tulana::sensitivity
