#include "Evaluator.h"
#include "i18n/Translate.h"

#include "cost/Lifecycle.h"
#include "cost/LockIn.h"
#include "eligibility/EligibilityCheck.h"
#include "io/PlaceNames.h"
#include "openness/OpennessPoints.h"
#include "rulebook/Rulebook.h"
#include "scoring/MarksKernel.h"
#include "scoring/RankReversal.h"
#include "scoring/Scorer.h"
#include "validation/TenderValidator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tulana {
namespace {

// Marks and weights are decimals; their binary sums can land a hair under a
// limit they meet exactly (5 + 5 + 7.7 = 17.7 averages to 5.8999999999999995).
// A shortfall smaller than this is the arithmetic, not the bid.
bool isBelow(double value, double minimum)
{
    return value < minimum - 1e-9 * std::max(1.0, std::abs(minimum));
}

bool isBidPath(const QString& where)
{
    return where.startsWith(QLatin1String("bids["));
}

int bidOfPath(const QString& where)
{
    const int close = where.indexOf(QLatin1Char(']'));
    return where.mid(5, close - 5).toInt();
}

struct LeafWeight
{
    double weightPerMark; // weight / maxMarks
    double maxMarks;
    std::optional<double> minMarks;
    QString name;
};

// Sums the marks and checks their range in the same pass. Returns false when
// a mark is missing or out of range; the validator then says which.
// `marking` flags the members whose marks count (Tender::markingMembers);
// empty when every member marks, the usual case.
bool scoreTechnically(const Tender& t, const std::vector<LeafWeight>& leaves,
                      const std::vector<double>& maxMarks, const Scorer& s, const Bid& bid,
                      const std::vector<char>& marking, std::optional<double> openness,
                      BidResult& r)
{
    const int criteria = int(leaves.size());
    std::vector<double>& sums = r.criterionAverages;
    sums.assign(leaves.size(), 0.0);
    // Evaluator by evaluator over contiguous columns: each criterion's marks
    // are added in committee order, as by hand.
    double excess = 0;
    int members = 0;
    for (int e = 0; e < bid.marks.evaluators(); ++e) {
        if (!marking.empty() && !marking[std::size_t(e)])
            continue; // declared a conflict with this bid: does not mark it
        excess += addMarksColumn(sums.data(), bid.marks.column(e), maxMarks.data(), criteria);
        ++members;
    }
    const bool inRange = excess == 0.0 && members > 0;
    double total = 0;
    for (std::size_t c = 0; c < leaves.size(); ++c) {
        sums[c] /= members;
        total += leaves[c].weightPerMark * sums[c];
    }
    if (!inRange) {
        r.criterionAverages.clear();
        return false;
    }
    if (openness) { // a line of its own, added after the criteria
        r.openness = openness;
        total += *openness;
    }
    r.technicallyScored = true;
    r.technicalExact = total;
    r.technical = s.roundStep(total);
    r.technicalForCombination = r.technical;

    const int decimals = t.options.decimals;
    for (std::size_t c = 0; c < leaves.size(); ++c) {
        const LeafWeight& leaf = leaves[c];
        if (leaf.minMarks && isBelow(r.criterionAverages[c], *leaf.minMarks)) {
            r.standing = Standing::BelowCriterionMinimum;
            r.why = BidReason::criterionBelowMinimum(r.criterionAverages[c], decimals, leaf.name,
                                                     *leaf.minMarks);
            return true;
        }
    }
    if (isBelow(r.technical, t.minimumTechnicalScore)) {
        r.standing = Standing::BelowMinimumTechnical;
        r.why = BidReason::technicalBelowMinimum(r.technical, decimals, t.minimumTechnicalScore);
        return true;
    }
    r.standing = Standing::Qualified;
    return true;
}

// The quoted price or the lifecycle cost, as the tender announces.
double evaluatedPrice(const Tender& t, const Bid& bid)
{
    return cost::evaluatedPrice(t, bid);
}

void rankQualified(const Tender& t, const Scorer& s, Evaluation& ev)
{
    // A recorded process opens the qualified bids' envelopes after the
    // technical lock (docs/process.md): until then there is a technical
    // result and no ranking. (Under QBS only the winner's is opened, after
    // the ranking, which needs no price.)
    if (t.method != SelectionMethod::Qbs) {
        QStringList sealed;
        for (BidResult& r : ev.results)
            if (r.standing == Standing::Qualified && t.isFinanciallySealed(r.bid)) {
                sealed << t.bids[std::size_t(r.bid)].id;
                r.why = BidReason::envelopeNotOpened();
            }
        if (!sealed.isEmpty()) {
            ev.noAwardReason =
                tulana::tr("the financial envelopes of the technically qualified bids (%1) are "
                           "not yet opened")
                    .arg(sealed.join(QStringLiteral(", ")));
            return;
        }
    }
    std::vector<Candidate> candidates;
    for (BidResult& r : ev.results) {
        if (r.standing != Standing::Qualified)
            continue;
        const double price = evaluatedPrice(t, t.bids[std::size_t(r.bid)]);
        if (t.method == SelectionMethod::Fbs && price > *t.budget) {
            r.standing = Standing::OverBudget;
            r.evaluatedPrice = price;
            r.why = BidReason::overBudget(price, *t.budget);
            continue;
        }
        candidates.push_back({r.bid, r.technical, price});
    }
    ev.basis = s.basisOf(candidates);
    if (t.method == SelectionMethod::Qbs) {
        // Under QBS the price envelopes stay closed (but the winner's, and
        // those of bids tied on the technical score when the tie-break looks
        // at price); no price reference point is published.
        ev.basis.lowestPrice = ev.basis.highestPrice = 0;
    }
    for (Candidate& c : candidates)
        s.score(c, ev.basis);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](const Candidate& a, const Candidate& b) { return s.compare(a, b) < 0; });

    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate& c = candidates[i];
        BidResult& r = ev.results[std::size_t(c.bid)];
        r.technicalForCombination = c.technicalForCombination;
        if (t.method == SelectionMethod::Qcbs) {
            r.financialExact = c.financialExact;
            r.financial = c.financial;
            r.combinedExact = c.combinedExact;
            r.combined = c.combined;
        }
        if (t.method != SelectionMethod::Qbs)
            r.evaluatedPrice = c.price;
        bool byTieBreak = false;
        if (i > 0 && s.compare(candidates[i - 1], c, &byTieBreak) == 0) {
            r.rank = ev.results[std::size_t(candidates[i - 1].bid)].rank;
        } else {
            r.rank = int(i) + 1;
            if (byTieBreak) {
                r.tieBroken = true;
                ev.results[std::size_t(candidates[i - 1].bid)].tieBroken = true;
            }
        }
        ev.ranking.push_back(c.bid);
    }
}

QString bidLabel(const Tender& t, int bid)
{
    const Bid& b = t.bids[std::size_t(bid)];
    return b.id + QStringLiteral(" (") + b.bidder + QLatin1Char(')');
}

void decideAward(const Tender& t, Evaluation& ev)
{
    const auto incomplete =
        std::count_if(ev.results.begin(), ev.results.end(),
                      [](const BidResult& r) { return r.standing == Standing::Incomplete; });
    if (incomplete > 0) {
        ev.noAwardReason =
            tulana::tr("the evaluation is not complete: %n bid(s) cannot be scored yet "
                       "(see the problems listed)",
                       nullptr, int(incomplete));
        return;
    }
    if (!ev.noAwardReason.isEmpty())
        return; // the ranking waits for the financial opening
    if (ev.ranking.empty()) {
        ev.noAwardReason = t.bids.empty()
                               ? tulana::tr("no bids have been entered")
                               : tulana::tr("no bid is qualified: every bid was rejected or "
                                            "fell short (see each bid's reason)");
        return;
    }
    const int first = ev.ranking.front();
    if (ev.ranking.size() > 1 && ev.results[std::size_t(ev.ranking[1])].rank == 1) {
        QStringList tied;
        for (int b : ev.ranking)
            if (ev.results[std::size_t(b)].rank == 1)
                tied << bidLabel(t, b);
        ev.noAwardReason =
            tulana::tr("%1 are tied and the announced tie-break (%2) does not separate "
                       "them: the committee must decide as the tender provides")
                .arg(tied.join(QStringLiteral(", ")), displayName(t.options.tieBreak));
        return;
    }
    ev.winner = first;
    // Under QBS only the winner's financial proposal is opened (and, in a
    // recorded process, only once its envelope is).
    if (t.method == SelectionMethod::Qbs && !t.isFinanciallySealed(first))
        ev.results[std::size_t(first)].evaluatedPrice =
            evaluatedPrice(t, t.bids[std::size_t(first)]);
    if (ev.results[std::size_t(first)].tieBroken)
        ev.tieBreakNote =
            tulana::tr("%1 and another bid had the same score; the announced tie-break "
                       "(%2) ranked %1 first")
                .arg(bidLabel(t, first), displayName(t.options.tieBreak));
}

// The openness marks depend on a bid's record alone, not on the evaluators:
// none while the scheme is off.
std::optional<double> opennessMarksOf(const Tender& t, const BidFacts& facts)
{
    if (!t.openness.isOn())
        return std::nullopt;
    if (!facts.openness)
        return 0.0;
    return openness::opennessMarks(t.openness, *facts.openness).marks;
}

// What does not depend on the scoring: eligibility and openness, for every bid.
void assessBids(const Tender& t, Evaluation& ev)
{
    ev.facts.resize(t.bids.size());
    for (std::size_t i = 0; i < t.bids.size(); ++i) {
        const Bid& bid = t.bids[i];
        BidFacts& f = ev.facts[i];
        f.eligibility = eligibility::assessEligibility(t, int(i));
        if (bid.openness)
            f.openness = openness::assessOpenness(*bid.openness);
    }
}

// The lifecycle cost of each bid whose financial proposal the scoring opened.
void costOpenedBids(const Tender& t, Evaluation& ev)
{
    for (std::size_t i = 0; i < t.bids.size(); ++i) {
        const Bid& bid = t.bids[i];
        if (bid.costs.empty() || !ev.envelopeOpened(int(i)))
            continue;
        BidFacts& f = ev.facts[i];
        f.lifecycle = cost::lifecycleCost(t.lifecycle, bid.costs);
        f.lockIn = cost::lockIn(*f.lifecycle);
    }
}

} // namespace

Evaluation evaluate(const Tender& tender)
{
    Evaluation ev;
    ev.method = tender.method;
    ev.problems = validateTender(tender, MarksRange::Skip);
    ev.problems += checkRulebook(tender);
    assessBids(tender, ev);
    const bool tenderBroken =
        std::any_of(ev.problems.begin(), ev.problems.end(),
                    [](const Problem& p) { return p.isError() && !isBidPath(p.where); });
    if (tenderBroken) {
        ev.noAwardReason =
            tulana::tr("the tender cannot be evaluated until the problems listed are fixed");
        return ev;
    }
    ev.evaluated = true;

    std::vector<QString> bidProblem(tender.bids.size());
    for (const Problem& p : ev.problems)
        if (p.isError() && isBidPath(p.where)) {
            QString& first = bidProblem[std::size_t(bidOfPath(p.where))];
            if (first.isEmpty())
                first = describeProblem(tender, p.where, p.message);
        }

    std::vector<LeafWeight> leaves;
    for (const LeafRef& leaf : leavesOf(tender.criteria))
        leaves.push_back({leaf.criterion->weight / leaf.criterion->maxMarks,
                          leaf.criterion->maxMarks, leaf.criterion->minMarks,
                          leaf.criterion->name});

    std::vector<double> maxMarks;
    for (const LeafWeight& leaf : leaves)
        maxMarks.push_back(leaf.maxMarks);
    const Scorer scorer(tender);
    const bool conflicts = tender.hasDeclaredConflicts();
    ev.results.resize(tender.bids.size());
    for (std::size_t i = 0; i < tender.bids.size(); ++i) {
        const Bid& bid = tender.bids[i];
        BidResult& r = ev.results[i];
        r.bid = int(i);
        if (bid.status == BidStatus::NonResponsive) {
            r.standing = Standing::NonResponsive;
            r.why = BidReason::nonResponsive(bid.statusReason);
            continue;
        }
        if (bid.status == BidStatus::Withdrawn) {
            r.standing = Standing::Withdrawn;
            r.why = BidReason::withdrawn(bid.statusReason);
            continue;
        }
        // Eligibility is pass/fail before technical scoring: a bid that fails
        // is not scored at all, like a non-responsive one, with the criterion
        // it failed as the reason (docs/scoring.md, "Eligibility").
        const eligibility::Outcome& eligible = ev.facts[i].eligibility;
        if (eligible.excludesBid()) {
            r.standing = Standing::Ineligible;
            r.why = BidReason::ineligible(eligible.reason);
        } else if (!bidProblem[i].isEmpty()) {
            r.standing = Standing::Incomplete;
            r.why = BidReason::cannotBeScored(bidProblem[i]);
        } else if (eligible.status == eligibility::Outcome::Status::NotYetAssessed) {
            r.standing = Standing::Incomplete;
            r.why = BidReason::cannotBeScored(eligible.reason);
        } else if (!scoreTechnically(tender, leaves, maxMarks, scorer, bid,
                                     conflicts ? tender.markingMembers(int(i))
                                               : std::vector<char>(),
                                     opennessMarksOf(tender, ev.facts[i]), r)) {
            const Problems marks = validateBid(tender, int(i));
            ev.problems += marks;
            r.standing = Standing::Incomplete;
            r.why = BidReason::cannotBeScored(
                marks.isEmpty() ? QString()
                                : describeProblem(tender, marks.constFirst().where,
                                                  marks.constFirst().message));
        }
    }
    rankQualified(tender, scorer, ev);
    decideAward(tender, ev);
    costOpenedBids(tender, ev);
    if (ev.hasWinner())
        ev.rankReversals = detectRankReversals(tender, ev, scorer);
    return ev;
}

} // namespace tulana
