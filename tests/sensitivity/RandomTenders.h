#pragma once

// Random small tenders for the sensitivity property tests: a few bids,
// criteria (sometimes in a group), members and prices drawn so that ties,
// equal prices, bids near the minimum, both price formulas and normalised
// technical scores all turn up. Scores are rounded to 6 decimals, the
// combined score only, so rounding moves a score by at most 5e-7.

#include "tender/Tender.h"

#include <QString>

#include <random>

inline tulana::Tender randomTender(std::mt19937& rng)
{
    using namespace tulana;
    const auto pick = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    Tender t;
    t.reference = QStringLiteral("RANDOM");
    t.title = QStringLiteral("Random tender");
    t.method = SelectionMethod::Qcbs;
    t.technicalWeight = pick(20, 80);
    t.financialWeight = 100 - t.technicalWeight;
    const int minima[] = {0, 40, 55, 60, 65, 70};
    t.minimumTechnicalScore = minima[pick(0, 5)];
    t.options.decimals = 6;
    t.options.roundingPoint = RoundingPoint::CombinedOnly;
    t.options.priceFormula =
        pick(0, 1) ? PriceFormula::LowestOverPrice : PriceFormula::LinearInterpolation;
    t.options.technicalBasis =
        pick(0, 3) == 0 ? TechnicalScoreBasis::NormalisedToHighest : TechnicalScoreBasis::Marks;
    t.options.tieBreak = pick(0, 1) ? TieBreak::HigherTechnicalThenLowerPrice
                                    : TieBreak::LowerPriceThenHigherTechnical;

    // Integer weights adding up to 100, one top-level node sometimes a group.
    const int nodes = pick(1, 4);
    std::vector<int> cuts{0, 100};
    while (int(cuts.size()) < nodes + 1) {
        const int c = pick(1, 99);
        if (std::find(cuts.begin(), cuts.end(), c) == cuts.end())
            cuts.push_back(c);
    }
    std::sort(cuts.begin(), cuts.end());
    for (int i = 0; i < nodes; ++i) {
        Criterion c;
        c.id = QStringLiteral("C%1").arg(i + 1);
        c.name = QStringLiteral("Criterion %1").arg(i + 1);
        c.maxMarks = 10;
        c.weight = cuts[std::size_t(i + 1)] - cuts[std::size_t(i)];
        if (c.weight >= 2 && pick(0, 4) == 0) {
            const int first = pick(1, int(c.weight) - 1);
            for (int k = 0; k < 2; ++k) {
                Criterion child;
                child.id = c.id + QStringLiteral(".%1").arg(k + 1);
                child.name = c.name + QStringLiteral(".%1").arg(k + 1);
                child.maxMarks = 10;
                child.weight = k == 0 ? first : c.weight - first;
                c.children.push_back(child);
            }
        }
        t.criteria.push_back(c);
    }
    const int members = pick(1, 3);
    for (int e = 0; e < members; ++e)
        t.evaluators.push_back({QStringLiteral("E%1").arg(e + 1),
                                QStringLiteral("Member %1").arg(e + 1), QStringLiteral("Member")});
    const int bids = pick(1, 7);
    const double prices[] = {100, 120, 150, 150, 200, 240};
    for (int b = 0; b < bids; ++b) {
        Bid bid = t.newBid();
        bid.id = QStringLiteral("B%1").arg(b + 1);
        bid.bidder = bid.id + QStringLiteral(" Ltd");
        bid.system = QStringLiteral("System ") + bid.id;
        bid.price = pick(0, 2) == 0 ? prices[pick(0, 5)] : pick(80, 300);
        bid.tax = 0;
        for (int c = 0; c < bid.marks.criteria(); ++c)
            for (int e = 0; e < members; ++e)
                bid.marks.set(c, e, pick(8, 20) / 2.0);
        t.bids.push_back(bid);
    }
    return t;
}
