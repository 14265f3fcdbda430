#include "RankReversal.h"
#include "i18n/Translate.h"
#include "support/Money.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>

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

// The winner among the qualified bids had one more bid, with technical score
// `technical` and evaluated price `price`, been admitted beside them (it is
// not a contender itself: the question is what it does to the others).
int winnerWithAdmitted(const Scorer& scorer, const std::vector<Candidate>& contenders,
                       ScoringBasis basis, double technical, double price)
{
    basis.lowestPrice = std::min(basis.lowestPrice, price);
    basis.highestPrice = std::max(basis.highestPrice, price);
    basis.highestTechnical = std::max(basis.highestTechnical, technical);
    return scorer.winnerOf(contenders, basis);
}

// The boundary between the prices `changed` and `unchanged`, found by
// halving: between the two, each pair of bids swaps places at most once
// (a combined score is linear in 1/price or in the scale's other end), so
// the prices that change the winner form one interval ending at `changed`.
double boundary(const std::function<bool(double)>& changesWinner, double changed, double unchanged)
{
    for (int step = 0; step < 200 && std::abs(changed - unchanged) > 1e-7; ++step) {
        const double middle = (changed + unchanged) / 2;
        (changesWinner(middle) ? changed : unchanged) = middle;
    }
    return changed;
}

// What admitting one set-aside bid could do to the winner, worked out
// without its price: whatever the price, below a threshold, or above one.
struct Admission
{
    enum class When
    {
        WhateverPrice,
        PriceBelow,           // below a threshold under the lowest opened price
        PriceAbove,           // above a threshold over the highest (linear scale)
        PriceAboveNormalised, // above a threshold under the lowest (normalised scores)
        SomePrices            // normalised scores and a linear scale: no one threshold
    };
    When when = When::WhateverPrice;
    int winner = -1;
    double threshold = 0; // as shown: rounded to the paisa inwards
    ScoringBasis moved{}; // for WhateverPrice: the basis it would give
};

std::optional<Admission> admission(const Tender& tender, const Evaluation& ev, const Scorer& scorer,
                                   const std::vector<Candidate>& contenders, double technical)
{
    const ScoringBasis& basis = ev.basis;
    if (!(basis.lowestPrice > 0) || !std::isfinite(basis.highestPrice))
        return std::nullopt;
    const auto winnerAt = [&](double price) {
        return winnerWithAdmitted(scorer, contenders, basis, technical, price);
    };
    const auto changesWinner = [&](double price) { return winnerAt(price) != ev.winner; };
    const bool linear = tender.options.priceFormula == PriceFormula::LinearInterpolation;

    // Three kinds of price: within the opened ones (no price reference point
    // moves), below the lowest (every financial score shrinks towards zero)
    // and, on a linear scale, above the highest (the scale stretches).
    const double nearZero = basis.lowestPrice * 1e-9;
    const double farAbove = basis.highestPrice * 1e9 + 1;
    const int within = winnerAt(basis.lowestPrice);
    const int cheapWinner = winnerAt(nearZero);
    const int dearWinner = linear ? winnerAt(farAbove) : within;

    // Within the opened prices only a higher technical score (normalised
    // scores) can change the winner.
    if (within != ev.winner) {
        if (within < 0)
            return std::nullopt;
        const ScoringBasis moved{basis.lowestPrice, basis.highestPrice,
                                 std::max(basis.highestTechnical, technical)};
        if (cheapWinner != ev.winner && dearWinner != ev.winner)
            return Admission{Admission::When::WhateverPrice, within, 0, moved};
        if (cheapWinner == ev.winner && dearWinner != ev.winner) {
            // A very low price gives the winner back: the change needs a
            // price above a threshold below the lowest opened one.
            const double from = boundary(changesWinner, basis.lowestPrice, nearZero);
            return Admission{Admission::When::PriceAboveNormalised, within,
                             std::ceil(from * 100) / 100, moved};
        }
        return Admission{Admission::When::SomePrices, within, 0, moved};
    }
    if (cheapWinner >= 0 && cheapWinner != ev.winner) {
        const double below = boundary(changesWinner, nearZero, basis.lowestPrice);
        return Admission{
            Admission::When::PriceBelow, cheapWinner, std::floor(below * 100) / 100, {}};
    }
    if (!linear || dearWinner < 0 || dearWinner == ev.winner)
        return std::nullopt;
    const double above = boundary(changesWinner, farAbove, basis.highestPrice);
    return Admission{Admission::When::PriceAbove, dearWinner, std::ceil(above * 100) / 100, {}};
}

bool sameOutcome(const Admission& a, const Admission& b)
{
    return a.when == b.when && a.winner == b.winner && a.threshold == b.threshold &&
           a.moved.highestTechnical == b.moved.highestTechnical;
}

// "B3 (X Ltd)", "B3 (X Ltd) or B4 (Y Ltd)", "B3 (X Ltd), B4 (Y Ltd) or B5 (Z Ltd)".
QString labels(const Tender& t, const std::vector<int>& bids)
{
    QStringList names;
    for (int bid : bids)
        names << label(t, bid);
    if (names.size() == 1)
        return names.front();
    const QString last = names.takeLast();
    return tulana::tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

QString admissionText(const Tender& t, const Evaluation& ev, const Admission& a,
                      const std::vector<int>& bids)
{
    const QString who = labels(t, bids);
    switch (a.when) {
    case Admission::When::WhateverPrice:
        return tulana::tr("Had %1 qualified, %2 would rank above %3 among the other bids whatever "
                          "its price: %4. The disqualification decides between two other bids; "
                          "the financial proposal stays unopened.")
            .arg(who, label(t, a.winner), label(t, ev.winner), whatMoved(ev.basis, a.moved, t));
    case Admission::When::PriceBelow:
        return tulana::tr("Had %1 qualified, any evaluated price below %2 (the lowest opened price "
                          "is %3) would have made %4 rank above %5 among the other bids. The "
                          "disqualification decides between two other bids; the financial "
                          "proposal stays unopened, and this threshold is worked out from the "
                          "opened bids only.")
            .arg(who, formatAmount(a.threshold, t.currency),
                 formatAmount(ev.basis.lowestPrice, t.currency), label(t, a.winner),
                 label(t, ev.winner));
    case Admission::When::PriceAboveNormalised:
        return tulana::tr("Had %1 qualified, any evaluated price above %2 would have made %3 rank "
                          "above %4 among the other bids: %5. The disqualification decides "
                          "between two other bids; the financial proposal stays unopened, and "
                          "this threshold is worked out from the opened bids only.")
            .arg(who, formatAmount(a.threshold, t.currency), label(t, a.winner),
                 label(t, ev.winner), whatMoved(ev.basis, a.moved, t));
    case Admission::When::SomePrices:
        return tulana::tr("Had %1 qualified, %2 would rank above %3 among the other bids at some "
                          "evaluated prices: %4. The disqualification decides between two other "
                          "bids; the financial proposal stays unopened.")
            .arg(who, label(t, a.winner), label(t, ev.winner), whatMoved(ev.basis, a.moved, t));
    case Admission::When::PriceAbove:
        break;
    }
    return tulana::tr("Had %1 qualified, any evaluated price above %2 (the highest opened price is "
                      "%3, an end of the linear price scale) would have made %4 rank above %5 "
                      "among the other bids. The disqualification decides between two other bids; "
                      "the financial proposal stays unopened, and this threshold is worked out "
                      "from the opened bids only.")
        .arg(who, formatAmount(a.threshold, t.currency),
             formatAmount(ev.basis.highestPrice, t.currency), label(t, a.winner),
             label(t, ev.winner));
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
                {RankReversal::Kind::Removal,
                 c.bid,
                 ev.winner,
                 winner,
                 tulana::tr("If %1 were withdrawn or disqualified, %2 would win instead of "
                            "%3: %4. The winner depends on a bid that does not win.")
                     .arg(label(tender, c.bid), label(tender, winner), label(tender, ev.winner),
                          whatMoved(ev.basis, after, tender)),
                 {c.bid},
                 std::nullopt,
                 std::nullopt});
    }

    // Admitting a bid set aside: its technical score is known, but its
    // financial proposal stays unopened (GFR 2017 Rules 187 and 190), so the
    // what-if asks which prices would change the winner, never what it bid.
    const std::vector<Candidate> contenders = undominated(qualified);
    // Bids set aside with the same outcome (without normalised technical
    // scores, every one of them gives the same threshold) make one warning.
    std::vector<std::pair<Admission, std::vector<int>>> outcomes;
    // The admitted bid is not among the contenders: what it does depends
    // only on the scoring basis it would give, that is (its price being the
    // unknown) on the highest technical score with it. Worked out once per
    // such value, not once per bid set aside: a large tender sets thousands
    // aside, nearly all below the highest qualified score.
    std::map<double, std::optional<Admission>> byHighestTechnical;
    for (const BidResult& r : ev.results) {
        const bool scoredButShort = r.standing == Standing::BelowMinimumTechnical ||
                                    r.standing == Standing::BelowCriterionMinimum;
        if (!scoredButShort)
            continue;
        const double key = std::max(ev.basis.highestTechnical, r.technical);
        auto cached = byHighestTechnical.find(key);
        if (cached == byHighestTechnical.end())
            cached = byHighestTechnical
                         .emplace(key, admission(tender, ev, scorer, contenders, r.technical))
                         .first;
        const std::optional<Admission>& a = cached->second;
        if (!a)
            continue;
        const auto same = std::find_if(outcomes.begin(), outcomes.end(),
                                       [&](const auto& o) { return sameOutcome(o.first, *a); });
        if (same != outcomes.end())
            same->second.push_back(r.bid);
        else
            outcomes.push_back({*a, {r.bid}});
    }
    for (const auto& outcome : outcomes) {
        // Named, not a structured binding: Clang 14 cannot capture one in a lambda.
        const Admission& a = outcome.first;
        const auto& bids = outcome.second;
        const auto threshold = [&](Admission::When when) {
            return a.when == when ? std::optional<double>(a.threshold) : std::nullopt;
        };
        found.push_back({RankReversal::Kind::Addition, bids.front(), ev.winner, a.winner,
                         admissionText(tender, ev, a, bids), bids,
                         threshold(Admission::When::PriceBelow),
                         threshold(Admission::When::PriceAbove)});
    }
    return found;
}

} // namespace tulana
