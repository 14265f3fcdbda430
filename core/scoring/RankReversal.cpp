#include "RankReversal.h"
#include "cost/Lifecycle.h"
#include "i18n/Translate.h"
#include "report/EvaluationReport.h"

#include <QCoreApplication>

#include <algorithm>

namespace tulana {
namespace {

QString label(const Tender& t, int bid)
{
    const Bid& b = t.bids[std::size_t(bid)];
    return b.id + QStringLiteral(" (") + b.bidder + QLatin1Char(')');
}

bool sameBasis(const ScoringBasis& a, const ScoringBasis& b, const EvaluationOptions& o)
{
    const bool normalised = o.technicalBasis == TechnicalScoreBasis::NormalisedToHighest;
    const bool linear = o.priceFormula == PriceFormula::LinearInterpolation;
    return a.lowestPrice == b.lowestPrice && (!linear || a.highestPrice == b.highestPrice) &&
           (!normalised || a.highestTechnical == b.highestTechnical);
}

QString whatMoved(const ScoringBasis& before, const ScoringBasis& after, const Tender& t)
{
    if (before.lowestPrice != after.lowestPrice)
        return tulana::tr(
                   "the lowest evaluated price, which sets every financial score, would be %1 "
                   "instead of %2")
            .arg(formatAmount(after.lowestPrice, t.currency),
                 formatAmount(before.lowestPrice, t.currency));
    if (before.highestPrice != after.highestPrice)
        return tulana::tr(
                   "the highest evaluated price, an end of the linear price scale, would be %1 "
                   "instead of %2")
            .arg(formatAmount(after.highestPrice, t.currency),
                 formatAmount(before.highestPrice, t.currency));
    return tulana::tr(
               "the highest technical score, which normalises the others, would be %1 instead of "
               "%2")
        .arg(QString::number(after.highestTechnical, 'f', t.options.decimals),
             QString::number(before.highestTechnical, 'f', t.options.decimals));
}

// Reference points of the qualified bids with one of them left out.
ScoringBasis basisWithout(const Scorer& s, const std::vector<Candidate>& all, int bid)
{
    std::vector<Candidate> rest;
    rest.reserve(all.size());
    std::copy_if(all.begin(), all.end(), std::back_inserter(rest),
                 [bid](const Candidate& c) { return c.bid != bid; });
    return s.basisOf(rest);
}

bool holdsExtreme(const Candidate& c, const ScoringBasis& b, const EvaluationOptions& o)
{
    return c.price == b.lowestPrice ||
           (o.priceFormula == PriceFormula::LinearInterpolation && c.price == b.highestPrice) ||
           (o.technicalBasis == TechnicalScoreBasis::NormalisedToHighest &&
            c.technical == b.highestTechnical);
}

struct WhatIf
{
    int bid;
    ScoringBasis basis;
    int winner;
};

// Every score is non-decreasing in the technical score and non-increasing in
// the price, whatever the reference points, and the tie-break prefers the
// same. So a bid that another beats on both counts (at least as good on each,
// better on one) can never win, under any what-if that keeps that other bid.
// The what-ifs of admitting a bid keep every qualified bid, so they only need
// the bids nobody dominates: a handful, even among 10,000.
std::vector<Candidate> undominated(std::vector<Candidate> all)
{
    std::stable_sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
        return a.technical != b.technical ? a.technical > b.technical : a.price < b.price;
    });
    std::vector<Candidate> frontier;
    for (const Candidate& c : all) {
        const bool cheaper = frontier.empty() || c.price < frontier.back().price;
        const bool sameAsLast = !frontier.empty() && c.price == frontier.back().price &&
                                c.technical == frontier.back().technical;
        if (cheaper || sameAsLast)
            frontier.push_back(c);
    }
    return frontier;
}

} // namespace

std::vector<RankReversal> detectRankReversals(const Tender& tender, const Evaluation& ev,
                                              const Scorer& scorer)
{
    std::vector<RankReversal> found;
    if (tender.method != SelectionMethod::Qcbs || !ev.hasWinner())
        return found;

    std::vector<Candidate> qualified;
    for (int bid : ev.ranking) {
        const BidResult& r = ev.results[std::size_t(bid)];
        qualified.push_back({bid, r.technical, *r.evaluatedPrice});
    }

    for (const Candidate& c : qualified) {
        if (c.bid == ev.winner || !holdsExtreme(c, ev.basis, tender.options))
            continue;
        const ScoringBasis after = basisWithout(scorer, qualified, c.bid);
        if (sameBasis(after, ev.basis, tender.options))
            continue;
        const int winner = scorer.winnerOf(qualified, after, c.bid);
        if (winner >= 0 && winner != ev.winner)
            found.push_back(
                {RankReversal::Kind::Removal, c.bid, ev.winner, winner,
                 tulana::tr("If %1 were withdrawn or disqualified, %2 would win instead of "
                            "%3: %4. The winner depends on a bid that does not win.")
                     .arg(label(tender, c.bid), label(tender, winner), label(tender, ev.winner),
                          whatMoved(ev.basis, after, tender))});
    }

    // Admitting a bid set aside can only move the reference points outwards.
    std::vector<WhatIf> additions;
    for (const BidResult& r : ev.results) {
        const bool scoredButShort = r.standing == Standing::BelowMinimumTechnical ||
                                    r.standing == Standing::BelowCriterionMinimum;
        if (!scoredButShort)
            continue;
        const Bid& bid = tender.bids[std::size_t(r.bid)];
        const double price = cost::evaluatedPrice(tender, bid);
        ScoringBasis after = ev.basis;
        after.lowestPrice = std::min(after.lowestPrice, price);
        after.highestPrice = std::max(after.highestPrice, price);
        after.highestTechnical = std::max(after.highestTechnical, r.technical);
        if (!sameBasis(after, ev.basis, tender.options))
            additions.push_back({r.bid, after, -1});
    }
    const std::vector<Candidate> contenders = undominated(qualified);
    for (WhatIf& w : additions)
        w.winner = scorer.winnerOf(contenders, w.basis);
    for (const WhatIf& w : additions)
        if (w.winner >= 0 && w.winner != ev.winner)
            found.push_back(
                {RankReversal::Kind::Addition, w.bid, ev.winner, w.winner,
                 tulana::tr("Had %1 qualified, %2 would rank above %3 among the other bids: "
                            "%4. Its disqualification decides between two other bids.")
                     .arg(label(tender, w.bid), label(tender, w.winner), label(tender, ev.winner),
                          whatMoved(ev.basis, w.basis, tender))});
    return found;
}

} // namespace tulana
