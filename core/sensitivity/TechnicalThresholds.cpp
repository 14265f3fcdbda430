// The technical score at which a bid would win, its price and the others'
// scores unchanged, and where the fewest extra marks would get it there.
#include "Thresholds.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tulana::sensitivity {

double technicalThreshold(const Model& model, std::size_t index)
{
    const double w = model.technicalWeight;
    if (w <= 0)
        return INFINITY;
    double lowest = INFINITY;
    double highest = -INFINITY;
    double highestOther = 0;
    for (std::size_t i = 0; i < model.contenders.size(); ++i) {
        const Contender& c = model.contenders[i];
        if (!c.qualified)
            continue;
        lowest = std::min(lowest, c.price);
        highest = std::max(highest, c.price);
        if (i != index)
            highestOther = std::max(highestOther, c.technical);
    }
    const Contender& own = model.contenders[index];
    const double ownFinancial = financialScore(model.formula, own.price, lowest, highest);
    const auto financialOf = [&](const Contender& c) {
        return financialScore(model.formula, c.price, lowest, highest);
    };
    if (!model.normalised) {
        double best = -INFINITY;
        for (std::size_t i = 0; i < model.contenders.size(); ++i)
            if (model.contenders[i].qualified && i != index)
                best = std::max(best, w * model.contenders[i].technical +
                                          (1 - w) * financialOf(model.contenders[i]));
        return (best - (1 - w) * ownFinancial) / w;
    }
    // Normalised, below the highest other score: 100·T/Tmax·w + own F.
    double best = -INFINITY;
    for (std::size_t i = 0; i < model.contenders.size(); ++i)
        if (model.contenders[i].qualified && i != index)
            best = std::max(best, w * 100.0 * model.contenders[i].technical / highestOther +
                                      (1 - w) * financialOf(model.contenders[i]));
    const double within = (best - (1 - w) * ownFinancial) * highestOther / (100.0 * w);
    if (within <= highestOther)
        return within;
    // Above it, it holds 100 and each other bid 100·Ti/T: it wins once T
    // exceeds 100·w·Ti / (100·w + (1 − w)·(own F − Fi)) for every one.
    double needed = highestOther;
    for (std::size_t i = 0; i < model.contenders.size(); ++i) {
        const Contender& c = model.contenders[i];
        if (!c.qualified || i == index)
            continue;
        const double room = 100.0 * w + (1 - w) * (ownFinancial - financialOf(c));
        if (room <= 0)
            return INFINITY;
        needed = std::max(needed, 100.0 * w * c.technical / room);
    }
    return needed;
}

namespace {

double perMark(const Model& model, int k)
{
    return model.leafWeights[std::size_t(k)] / model.leafMaxMarks[std::size_t(k)];
}

} // namespace

std::vector<int> byMarkValue(const Model& model)
{
    // Points per mark: weight / maximum. The fewest marks come from the
    // criteria that pay the most per mark, as far as each has room.
    std::vector<int> order(model.leafWeights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return perMark(model, a) > perMark(model, b); });
    return order;
}

std::vector<ExtraMarks> cheapestMarks(const Model& model, const std::vector<int>& byValue,
                                      std::size_t index, double points)
{
    const Contender& c = model.contenders[index];
    std::vector<ExtraMarks> steps;
    double left = points;
    for (int k : byValue) {
        if (left <= 0)
            break;
        const double room = (1 - c.fraction[std::size_t(k)]) * model.leafMaxMarks[std::size_t(k)];
        if (room <= 0 || perMark(model, k) <= 0)
            continue;
        const double marks = std::min(room, left / perMark(model, k));
        steps.push_back({k, marks});
        left -= marks * perMark(model, k);
    }
    if (left > 1e-9 * std::max(1.0, points))
        return {};
    return steps;
}

} // namespace tulana::sensitivity
