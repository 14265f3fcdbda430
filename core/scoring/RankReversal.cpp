#include "RankReversal.h"
#include "i18n/Translate.h"

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
    return a.lowestPrice == b.lowestPrice && (!linear || a.highestPrice == b.highestPrice)
        && (!normalised || a.highestTechnical == b.highestTechnical);
}

QString whatMoved(const ScoringBasis& before, const ScoringBasis& after, const Tender& t)
{
    if (before.lowestPrice != after.lowestPrice)
        return tr("the lowest evaluated price, which sets every financial score, would be %1 "
                  "instead of %2")
            .arg(QString::number(after.lowestPrice, 'f', 2),
                 QString::number(before.lowestPrice, 'f', 2));
    if (before.highestPrice != after.highestPrice)
        return tr("the highest evaluated price, an end of the linear price scale, would be %1 "
                  "instead of %2")
            .arg(QString::number(after.highestPrice, 'f', 2),
                 QString::number(before.highestPrice, 'f', 2));
    return tr("the highest technical score, which normalises the others, would be %1 instead of "
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

bool holdsExtreme(const Candidate& c, const ScoringBasis& b)
{
    return c.price == b.lowestPrice || c.price == b.highestPrice
        || c.technical == b.highestTechnical;
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
        if (c.bid == ev.winner || !holdsExtreme(c, ev.basis))
            continue;
        const ScoringBasis after = basisWithout(scorer, qualified, c.bid);
        if (sameBasis(after, ev.basis, tender.options))
            continue;
        const int winner = scorer.winnerOf(qualified, after, c.bid);
        if (winner >= 0 && winner != ev.winner)
            found.push_back({RankReversal::Kind::Removal, c.bid, ev.winner, winner,
                             tr("If %1 were withdrawn or disqualified, %2 would win instead of "
                                "%3: %4. The winner depends on a bid that does not win.")
                                 .arg(label(tender, c.bid), label(tender, winner),
                                      label(tender, ev.winner),
                                      whatMoved(ev.basis, after, tender))});
    }

    for (const BidResult& r : ev.results) {
        const bool scoredButShort = r.standing == Standing::BelowMinimumTechnical
            || r.standing == Standing::BelowCriterionMinimum;
        if (!scoredButShort)
            continue;
        const Bid& bid = tender.bids[std::size_t(r.bid)];
        const double price = tender.options.pricesIncludeTax ? bid.priceWithTax() : bid.price;
        std::vector<Candidate> widened = qualified;
        widened.push_back({r.bid, r.technical, price});
        const ScoringBasis after = scorer.basisOf(widened);
        if (sameBasis(after, ev.basis, tender.options))
            continue;
        const int winner = scorer.winnerOf(qualified, after);
        if (winner >= 0 && winner != ev.winner)
            found.push_back({RankReversal::Kind::Addition, r.bid, ev.winner, winner,
                             tr("Had %1 qualified, %2 would rank above %3 among the other bids: "
                                "%4. Its disqualification decides between two other bids.")
                                 .arg(label(tender, r.bid), label(tender, winner),
                                      label(tender, ev.winner),
                                      whatMoved(ev.basis, after, tender))});
    }
    return found;
}

} // namespace tulana
