#include "Departure.h"

#include "i18n/Translate.h"
#include "support/Money.h"

#include <QStringList>

#include <algorithm>

#include <cmath>

namespace tulana {

std::optional<double> methodScore(const BidResult& result, SelectionMethod method)
{
    if (result.standing != Standing::Qualified)
        return std::nullopt;
    switch (method) {
    case SelectionMethod::Qcbs:
        return result.combined;
    case SelectionMethod::Qbs:
    case SelectionMethod::Fbs:
        return result.technical;
    case SelectionMethod::Lcs:
        break;
    }
    return std::nullopt;
}

QString methodScoreName(SelectionMethod method)
{
    switch (method) {
    case SelectionMethod::Qcbs:
        return tulana::tr("combined score");
    case SelectionMethod::Qbs:
    case SelectionMethod::Fbs:
        return tulana::tr("technical score");
    case SelectionMethod::Lcs:
        break;
    }
    return tulana::tr("evaluated price");
}

std::vector<int> qualifiedOpenBids(const Tender& tender, const Evaluation& evaluation)
{
    std::vector<int> out;
    // Ranked bids first, in rank order, then any qualified bid left unranked
    // (an unresolved tie ranks bids equally but still lists them).
    for (int b : evaluation.ranking)
        if (tender.bids[std::size_t(b)].nature == BidNature::OpenSource)
            out.push_back(b);
    for (const BidResult& r : evaluation.results)
        if (r.standing == Standing::Qualified &&
            tender.bids[std::size_t(r.bid)].nature == BidNature::OpenSource &&
            std::find(out.begin(), out.end(), r.bid) == out.end())
            out.push_back(r.bid);
    return out;
}

Departure detectDeparture(const Tender& tender, const Evaluation& evaluation, int selected)
{
    Departure d;
    d.winner = evaluation.winner;
    d.selectedByOfficer = selected >= 0;
    d.selected = selected >= 0 ? selected : evaluation.winner;
    const BidResult* chosen = evaluation.resultFor(d.selected);
    if (!chosen || std::size_t(d.selected) >= tender.bids.size()) {
        d.selected = -1;
        return d;
    }
    const SelectionMethod method = evaluation.method;
    d.selectedIsOpen = tender.bids[std::size_t(d.selected)].nature == BidNature::OpenSource;

    if (!d.selectedIsOpen) {
        for (int open : qualifiedOpenBids(tender, evaluation)) {
            const BidResult& r = evaluation.results[std::size_t(open)];
            PassedOverBid p;
            p.bid = open;
            p.rank = r.rank;
            const auto mine = methodScore(*chosen, method);
            const auto theirs = methodScore(r, method);
            if (mine && theirs)
                p.scoreGap = *mine - *theirs;
            p.technicalGap = chosen->technical - r.technical;
            if (chosen->evaluatedPrice && r.evaluatedPrice) {
                p.priceGap = *chosen->evaluatedPrice - *r.evaluatedPrice;
                if (*r.evaluatedPrice != 0)
                    p.priceGapPercent = 100.0 * *p.priceGap / *r.evaluatedPrice;
            }
            d.passedOver.push_back(p);
        }
        d.fromOpenSource = !d.passedOver.empty();
    }

    d.fromEvaluation = d.selected != evaluation.winner;
    if (d.fromEvaluation && evaluation.hasWinner()) {
        const BidResult& w = evaluation.results[std::size_t(evaluation.winner)];
        const auto mine = methodScore(*chosen, method);
        const auto best = methodScore(w, method);
        if (mine && best)
            d.scoreGapToWinner = *best - *mine;
        if (chosen->evaluatedPrice && w.evaluatedPrice)
            d.priceGapToWinner = *chosen->evaluatedPrice - *w.evaluatedPrice;
    }
    return d;
}

Departure detectDeparture(const Tender& tender, const Evaluation& evaluation)
{
    if (tender.decision.selectedBid.isEmpty())
        return detectDeparture(tender, evaluation, -1);
    const int index = bidIndex(tender, tender.decision.selectedBid);
    if (index < 0) {
        Departure d;
        d.winner = evaluation.winner;
        d.selectedByOfficer = true;
        return d;
    }
    return detectDeparture(tender, evaluation, index);
}

namespace {

QString points(double gap, int decimals)
{
    return QString::number(std::abs(gap), 'f', decimals);
}

QString gapSentence(const Tender& t, const Bid& selected, const Bid& open, const PassedOverBid& p,
                    SelectionMethod method)
{
    const int d = t.options.decimals;
    QStringList parts;
    if (p.scoreGap) {
        if (*p.scoreGap > 0)
            parts << tulana::tr("%1's %2 is %3 points higher")
                         .arg(selected.id, methodScoreName(method), points(*p.scoreGap, d));
        else if (*p.scoreGap < 0)
            parts << tulana::tr("%1's %2 is %3 points lower")
                         .arg(selected.id, methodScoreName(method), points(*p.scoreGap, d));
        else
            parts << tulana::tr("the two have the same %1").arg(methodScoreName(method));
    }
    if (p.priceGap) {
        const QString amount = formatAmount(std::abs(*p.priceGap), t.currency);
        const QString percent =
            p.priceGapPercent ? QString::number(std::abs(*p.priceGapPercent), 'f', 2) : QString();
        if (*p.priceGap > 0)
            parts << tulana::tr("it costs %1 %2 (%3%) more than %4")
                         .arg(t.currency, amount, percent, open.id);
        else if (*p.priceGap < 0)
            parts << tulana::tr("it costs %1 %2 (%3%) less than %4")
                         .arg(t.currency, amount, percent, open.id);
        else
            parts << tulana::tr("the evaluated prices are equal");
    } else {
        parts << tulana::tr("the price gap is not known (a financial proposal was not opened)");
    }
    return parts.join(tulana::tr("; "));
}

} // namespace

QStringList describeDeparture(const Tender& t, const Evaluation& ev, const Departure& d)
{
    QStringList out;
    if (d.selected < 0) {
        out << (d.selectedByOfficer
                    ? tulana::tr("The selected bid \"%1\" is not one of the tender's bids.")
                          .arg(t.decision.selectedBid)
                    : tulana::tr("No bid is selected and the evaluation made no award."));
        return out;
    }
    const Bid& s = t.bids[std::size_t(d.selected)];
    const QString who =
        d.selectedByOfficer ? tulana::tr("selected") : tulana::tr("recommended by the evaluation");
    if (d.fromOpenSource) {
        for (const PassedOverBid& p : d.passedOver) {
            const Bid& o = t.bids[std::size_t(p.bid)];
            out << tulana::tr("%1 (%2, %3) is %4 although the open-source bid %5 (%6) qualified "
                              "technically (rank %7): %8.")
                       .arg(s.id, s.bidder, displayName(s.nature).toLower(), who, o.id, o.bidder)
                       .arg(p.rank > 0 ? QString::number(p.rank) : tulana::tr("unranked"))
                       .arg(gapSentence(t, s, o, p, ev.method));
        }
    } else if (d.selectedIsOpen) {
        out << tulana::tr("%1 (%2) is open source: the open-source option is %3.")
                   .arg(s.id, s.bidder,
                        d.selectedByOfficer ? tulana::tr("selected") : tulana::tr("recommended"));
    } else {
        out << tulana::tr(
                   "No open-source bid qualified technically: the selection of %1 (%2) does not "
                   "depart from an open-source option.")
                   .arg(s.id, displayName(s.nature).toLower());
    }
    // An open-source bid that failed an announced eligibility criterion was
    // never an option to pass over; said so, so the reader does not look for it.
    if (!d.selectedIsOpen)
        for (const BidResult& r : ev.results) {
            const Bid& o = t.bids[std::size_t(r.bid)];
            if (r.standing == Standing::Ineligible && o.nature == BidNature::OpenSource)
                out << tulana::tr("The open-source bid %1 (%2) was excluded before technical "
                                  "scoring by an eligibility criterion announced in the tender "
                                  "(%3), so it is not an option passed over.")
                           .arg(o.id, o.bidder, r.reason());
        }
    if (d.fromEvaluation) {
        if (ev.hasWinner()) {
            const Bid& w = t.bids[std::size_t(ev.winner)];
            QString gap;
            if (d.scoreGapToWinner)
                gap = tulana::tr(" (%1 points lower on the %2)")
                          .arg(points(*d.scoreGapToWinner, t.options.decimals),
                               methodScoreName(ev.method));
            out << tulana::tr(
                       "%1 is selected instead of the evaluation's winner, %2%3: this departs from "
                       "the evaluation.")
                       .arg(s.id, w.id, gap);
        } else {
            out << tulana::tr("The evaluation made no award (%1): selecting %2 departs from it.")
                       .arg(ev.noAwardReason, s.id);
        }
    }
    return out;
}

} // namespace tulana
