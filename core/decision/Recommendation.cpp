#include "Recommendation.h"

#include "decision/Departure.h"
#include "i18n/Translate.h"
#include "support/Money.h"

#include <algorithm>

namespace tulana {
namespace {

QString bidName(const Tender& t, int b)
{
    const Bid& bid = t.bids[std::size_t(b)];
    return tulana::tr("%1 (%2, %3)").arg(bid.id, bid.bidder, displayName(bid.nature).toLower());
}

// The figure the method ranks by, in words: "a combined score of 84.02".
QString standingOf(const Tender& t, const Evaluation& ev, int b)
{
    const BidResult& r = ev.results[std::size_t(b)];
    if (const auto s = methodScore(r, ev.method))
        return tulana::tr("a %1 of %2")
            .arg(methodScoreName(ev.method), QString::number(*s, 'f', t.options.decimals));
    if (r.evaluatedPrice)
        return tulana::tr("an evaluated price of %1 %2")
            .arg(t.currency, formatAmount(*r.evaluatedPrice, t.currency));
    return tulana::tr("no score");
}

// Equivalent in the evaluation: the same score under the method (the same
// evaluated price under LCS), so only the tie-break rule separated them.
bool sameStanding(const Evaluation& ev, int a, int b)
{
    const BidResult& x = ev.results[std::size_t(a)];
    const BidResult& y = ev.results[std::size_t(b)];
    if (ev.method == SelectionMethod::Lcs)
        return x.evaluatedPrice && y.evaluatedPrice && *x.evaluatedPrice == *y.evaluatedPrice;
    const auto sx = methodScore(x, ev.method);
    const auto sy = methodScore(y, ev.method);
    return sx && sy && *sx == *sy;
}

QString namesWith(const std::vector<ConsiderationAssessment>& all, Leaning leaning)
{
    QStringList names;
    for (const ConsiderationAssessment& a : all)
        if (a.answered && a.leaning == leaning)
            names << a.name;
    return names.join(QStringLiteral("; "));
}

void countLeanings(Recommendation& r)
{
    for (const ConsiderationAssessment& a : r.considerations) {
        if (!a.answered)
            ++r.unanswered;
        else if (a.leaning == Leaning::FavoursOpen)
            ++r.favoursOpen;
        else if (a.leaning == Leaning::FavoursProprietary)
            ++r.favoursProprietary;
        else
            ++r.neutral;
    }
    r.verdict = r.favoursOpen > r.favoursProprietary   ? ContextVerdict::OpenBetterSuited
                : r.favoursProprietary > r.favoursOpen ? ContextVerdict::ProprietaryAdvantages
                                                       : ContextVerdict::Balanced;
}

void contextReasons(Recommendation& r)
{
    const int total = int(r.considerations.size());
    if (r.unanswered == total) {
        r.reasons << tulana::tr(
            "The tender's context has not been recorded: the recommendation rests on "
            "the evaluation alone.");
        return;
    }
    QString line =
        // Participles, not verbs, so that a count of 1 reads as well as a count of 3
        // without plural forms for each.
        tulana::tr("Context, of the %1 considerations of Table 3: %2 favouring open source, %3 "
                   "favouring proprietary, %4 neutral, %5 not answered.")
            .arg(total)
            .arg(r.favoursOpen)
            .arg(r.favoursProprietary)
            .arg(r.neutral)
            .arg(r.unanswered);
    r.reasons << line;
    for (const ConsiderationAssessment& a : r.considerations) {
        if (!a.answered || a.leaning == Leaning::Neutral)
            continue;
        r.reasons << tulana::tr("%1 %2 (%3): %4 Table 3 says: \u201c%5\u201d")
                         .arg(a.name, displayName(a.leaning), a.answer, a.rationale, a.support);
    }
}

} // namespace

QString toKey(ContextVerdict verdict)
{
    switch (verdict) {
    case ContextVerdict::OpenBetterSuited:
        return QStringLiteral("open-better-suited");
    case ContextVerdict::ProprietaryAdvantages:
        return QStringLiteral("proprietary-advantages");
    case ContextVerdict::Balanced:
        break;
    }
    return QStringLiteral("balanced");
}

QString toKey(RecommendationRule rule)
{
    switch (rule) {
    case RecommendationRule::NoAward:
        return QStringLiteral("no-award");
    case RecommendationRule::NoOpenOption:
        return QStringLiteral("no-open-option");
    case RecommendationRule::WinnerIsOpen:
        return QStringLiteral("winner-is-open");
    case RecommendationRule::AdoptOpen:
        return QStringLiteral("adopt-open");
    case RecommendationRule::ProprietaryMayBePreferred:
        return QStringLiteral("proprietary-may-be-preferred");
    case RecommendationRule::PrioritiseOpenness:
        break;
    }
    return QStringLiteral("prioritise-openness");
}

Recommendation recommend(const Tender& t, const Evaluation& ev, const Table3& table,
                         const ContextQuestions& questions)
{
    Recommendation r;
    r.considerations = assessContext(t.context, table, questions);
    countLeanings(r);
    const std::vector<int> open = qualifiedOpenBids(t, ev);
    r.bestOpenBid = open.empty() ? -1 : open.front();
    contextReasons(r);

    const auto quoteRule = [&](const QString& clause) {
        r.reasons << tulana::tr("The brief's rule applied: \u201c%1\u201d (%2).")
                         .arg(clause, table.source.table);
    };
    const auto finish = [&](RecommendationRule rule, int bid, const QString& headline) {
        r.rule = rule;
        if (bid >= 0)
            r.bids = {bid};
        r.departsFromEvaluation = bid >= 0 && bid != ev.winner;
        r.headline = headline;
        return r;
    };

    if (!ev.hasWinner()) {
        // An unresolved tie at the top: if an open bid is among the tied, the
        // options are equivalent in the evaluation and openness is prioritised.
        // (Other reasons for no award, such as a bid not yet scored, leave
        // nothing to recommend.)
        const auto firsts = std::count_if(ev.results.begin(), ev.results.end(),
                                          [](const BidResult& x) { return x.rank == 1; });
        for (int b : open) {
            if (firsts < 2 || ev.results[std::size_t(b)].rank != 1)
                continue;
            quoteRule(table.ruleClauses.equivalent);
            r.reasons << tulana::tr("Evaluation: no award, because the top bids are tied (%1).")
                             .arg(ev.noAwardReason);
            return finish(
                RecommendationRule::PrioritiseOpenness, b,
                tulana::tr("Select %1: the top bids are tied in the evaluation, and where the "
                           "options are equivalent openness is prioritised.")
                    .arg(bidName(t, b)));
        }
        return finish(RecommendationRule::NoAward, -1,
                      tulana::tr("No recommendation yet: the evaluation made no award (%1).")
                          .arg(ev.noAwardReason));
    }

    const int w = ev.winner;
    r.reasons << tulana::tr("Evaluation: %1 ranks first with %2.")
                     .arg(bidName(t, w), standingOf(t, ev, w));
    if (open.empty())
        return finish(RecommendationRule::NoOpenOption, w,
                      tulana::tr("Select %1, the evaluation's winner: no open-source bid qualified "
                                 "technically, so there is no open-source option to prefer.")
                          .arg(bidName(t, w)));
    if (t.bids[std::size_t(w)].nature == BidNature::OpenSource)
        return finish(
            RecommendationRule::WinnerIsOpen, w,
            tulana::tr("Select %1: the open-source bid wins the evaluation, so the evaluation "
                       "and the preference for openness agree.")
                .arg(bidName(t, w)));

    const int o = open.front();
    r.reasons << tulana::tr("The best-ranked open-source bid, %1, has %2 (rank %3).")
                     .arg(bidName(t, o), standingOf(t, ev, o))
                     .arg(ev.results[std::size_t(o)].rank);
    switch (r.verdict) {
    case ContextVerdict::OpenBetterSuited:
        quoteRule(table.ruleClauses.open);
        return finish(
            RecommendationRule::AdoptOpen, o,
            tulana::tr("Adopt %1: more considerations favour open source (%2) than proprietary "
                       "(%3), so open source is better suited. Selecting it instead of %4 "
                       "departs from the evaluation, and that needs its own reason.")
                .arg(bidName(t, o))
                .arg(namesWith(r.considerations, Leaning::FavoursOpen))
                .arg(r.favoursProprietary == 0
                         ? tulana::tr("none")
                         : namesWith(r.considerations, Leaning::FavoursProprietary))
                .arg(t.bids[std::size_t(w)].id));
    case ContextVerdict::ProprietaryAdvantages:
        quoteRule(table.ruleClauses.proprietary);
        return finish(
            RecommendationRule::ProprietaryMayBePreferred, w,
            tulana::tr("%1 may be preferred: more considerations favour proprietary (%2) than "
                       "open source, and it wins the evaluation. Selecting it departs from the "
                       "open-source option %3, which must be justified.")
                .arg(bidName(t, w), namesWith(r.considerations, Leaning::FavoursProprietary),
                     t.bids[std::size_t(o)].id));
    case ContextVerdict::Balanced:
        break;
    }
    // No consideration answered is not a balanced context: it is one that
    // nobody has looked at yet, and the headline must not claim otherwise.
    const bool unrecorded = r.unanswered == int(r.considerations.size());
    if (unrecorded && sameStanding(ev, w, o)) {
        quoteRule(table.ruleClauses.equivalent);
        return finish(
            RecommendationRule::PrioritiseOpenness, o,
            tulana::tr("Adopt %1: it ties with %2 in the evaluation (the tie-break rule alone put "
                       "%2 first), so the options are equivalent and openness is prioritised. "
                       "The context is not yet recorded: answer the considerations of Table 3 "
                       "before deciding. Selecting it departs from the evaluation, and that "
                       "needs its own reason.")
                .arg(bidName(t, o), t.bids[std::size_t(w)].id));
    }
    if (unrecorded)
        return finish(RecommendationRule::ProprietaryMayBePreferred, w,
                      tulana::tr("%1 ranks above the open-source bid %2 in the evaluation, but "
                                 "the context is not yet recorded: answer the considerations of "
                                 "Table 3 before deciding. Selecting %1 departs from the "
                                 "open-source option, which must be justified.")
                          .arg(bidName(t, w), t.bids[std::size_t(o)].id));
    if (sameStanding(ev, w, o)) {
        quoteRule(table.ruleClauses.equivalent);
        return finish(
            RecommendationRule::PrioritiseOpenness, o,
            tulana::tr("Adopt %1: the context is balanced and it ties with %2 in the "
                       "evaluation (the tie-break rule alone put %2 first), so the options are "
                       "equivalent and openness is prioritised. Selecting it departs from the "
                       "evaluation, and that needs its own reason.")
                .arg(bidName(t, o), t.bids[std::size_t(w)].id));
    }
    quoteRule(table.ruleClauses.proprietary);
    return finish(RecommendationRule::ProprietaryMayBePreferred, w,
                  tulana::tr("%1 may be preferred: the context is balanced and it ranks above the "
                             "open-source bid %2 in the evaluation. Selecting it departs from the "
                             "open-source option, which must be justified.")
                      .arg(bidName(t, w), t.bids[std::size_t(o)].id));
}

} // namespace tulana
