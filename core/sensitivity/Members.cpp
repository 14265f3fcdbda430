// Does the award depend on one member? Leave-one-member-out through
// evaluate() itself, and a bootstrap that redraws the committee.
#include "Members.h"

#include "scoring/Evaluator.h"
#include "sensitivity/Random.h"

#include <algorithm>
#include <cmath>

namespace tulana::sensitivity {

namespace {

CommitteeRecord withoutMember(const CommitteeRecord& record, const QString& member)
{
    CommitteeRecord out = record;
    std::erase_if(out.declarations,
                  [&](const ConflictDeclaration& d) { return d.member == member; });
    std::erase_if(out.notes, [&](const MarkNote& n) { return n.member == member; });
    std::erase_if(out.moderations, [&](const Moderation& m) { return m.member == member; });
    return out;
}

} // namespace

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
        // The member's declarations, notes and moderations go with them: the
        // committee's record may name only members on the committee, and
        // evaluate() refuses a tender whose record names another.
        without.committee = withoutMember(tender.committee, tender.evaluators[std::size_t(e)].id);
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
    // A redrawn committee's scores are sums over its members: each member's
    // technical score of each bid, and marks on the criteria with a minimum,
    // are worked out once.
    std::vector<std::size_t> minima;
    for (std::size_t k = 0; k < model.leafMinMarks.size(); ++k)
        if (!std::isnan(model.leafMinMarks[k]))
            minima.push_back(k);
    const std::size_t n = model.contenders.size();
    const std::size_t m = std::size_t(members);
    std::vector<double> memberTechnical(n * m, 0.0);
    std::vector<double> memberMinimaMarks(n * m * minima.size());
    for (std::size_t i = 0; i < n; ++i) {
        const MarksSheet& marks = tender.bids[std::size_t(model.contenders[i].bid)].marks;
        for (std::size_t e = 0; e < m; ++e) {
            if (!model.contenders[i].marks(e))
                continue; // a declared conflict: no marks, and no weight below
            const double* column = marks.column(int(e));
            double t = 0;
            for (std::size_t k = 0; k < model.leafWeights.size(); ++k)
                t += model.leafWeights[k] * column[k] / model.leafMaxMarks[k];
            memberTechnical[i * m + e] = t;
            for (std::size_t j = 0; j < minima.size(); ++j)
                memberMinimaMarks[(i * m + e) * minima.size() + j] = column[minima[j]];
        }
    }
    Draws random(seed, 0);
    std::vector<int> counts(m, 0);
    std::vector<double> technical(n);
    for (int d = 0; d < draws; ++d) {
        random.redrawCommittee(counts);
        for (std::size_t i = 0; i < n; ++i) {
            const Contender& c = model.contenders[i];
            double t = 0;
            int marking = 0; // the drawn members who mark this bid
            for (std::size_t e = 0; e < m; ++e)
                if (c.marks(e)) {
                    t += counts[e] * memberTechnical[i * m + e];
                    marking += counts[e];
                }
            if (marking == 0) { // everyone drawn declared a conflict with it
                technical[i] = -INFINITY;
                continue;
            }
            technical[i] = c.openness + t / marking;
            for (std::size_t j = 0; j < minima.size(); ++j) {
                double sum = 0;
                for (std::size_t e = 0; e < m; ++e)
                    if (c.marks(e))
                        sum += counts[e] * memberMinimaMarks[(i * m + e) * minima.size() + j];
                if (!meetsMinimum(sum / marking, model.leafMinMarks[minima[j]])) {
                    technical[i] = -INFINITY; // set aside by a criterion's minimum
                    break;
                }
            }
        }
        const int winner = winnerWith(model, technical, model.technicalWeight);
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
