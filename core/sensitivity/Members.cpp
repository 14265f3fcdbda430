// Does the award depend on one member? Leave-one-member-out through
// evaluate() itself, and a bootstrap that redraws the committee.
#include "Members.h"

#include "scoring/Evaluator.h"
#include "sensitivity/Random.h"

#include <algorithm>

namespace tulana::sensitivity {

std::vector<MemberLeftOut> leaveOneMemberOut(const Tender& tender)
{
    std::vector<MemberLeftOut> result;
    const int members = int(tender.evaluators.size());
    if (members < 2)
        return result;
    Tender without = tender; // copied once; only the marks change below
    for (int e = 0; e < members; ++e) {
        without.evaluators = tender.evaluators;
        without.evaluators.erase(without.evaluators.begin() + e);
        for (std::size_t b = 0; b < tender.bids.size(); ++b) {
            MarksSheet& marks = without.bids[b].marks;
            marks = tender.bids[b].marks;
            if (marks.evaluators() == members)
                marks.removeEvaluator(e);
        }
        result.push_back({e, evaluate(without).winner});
    }
    return result;
}

Shares memberBootstrap(const Tender& tender, const Model& model, int draws, std::uint64_t seed)
{
    Shares shares;
    shares.draws = draws;
    shares.seed = seed;
    shares.winShare.assign(tender.bids.size(), 0.0);
    const int members = int(tender.evaluators.size());
    if (members < 2 || draws <= 0 || model.contenders.empty())
        return shares;
    Draws random(seed, 0);
    std::vector<int> counts(std::size_t(members), 0);
    std::vector<double> technical(model.contenders.size());
    std::vector<double> fraction;
    const double w = model.technicalWeight;
    for (int d = 0; d < draws; ++d) {
        std::fill(counts.begin(), counts.end(), 0);
        for (int e = 0; e < members; ++e)
            ++counts[std::size_t(random.below(members))];
        for (std::size_t i = 0; i < model.contenders.size(); ++i) {
            const Contender& c = model.contenders[i];
            const Bid& bid = tender.bids[std::size_t(c.bid)];
            if (!averagesFromMembers(model, bid, counts, fraction)) {
                technical[i] = -INFINITY; // set aside by a criterion's minimum
                continue;
            }
            double t = c.openness;
            for (std::size_t k = 0; k < fraction.size(); ++k)
                t += model.leafWeights[k] * fraction[k];
            technical[i] = t;
        }
        const int winner = winnerWith(model, technical, w);
        if (winner >= 0)
            shares.winShare[std::size_t(winner)] += 1;
        else if (winner == kSealedDecides)
            shares.sealedDecides += 1;
        else
            shares.noWinner += 1;
    }
    for (double& s : shares.winShare)
        s /= draws;
    shares.sealedDecides /= draws;
    shares.noWinner /= draws;
    return shares;
}

} // namespace tulana::sensitivity
