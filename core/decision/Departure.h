#pragma once

#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QString>

#include <optional>
#include <vector>

namespace tulana {

// The score that ranks bids under the tender's method, as announced: the
// combined score (QCBS) or the technical score (QBS, FBS). None under LCS,
// which ranks by price alone, or for a bid that was not scored.
std::optional<double> methodScore(const BidResult& result, SelectionMethod method);
QString methodScoreName(SelectionMethod method); // "combined score"...

// Qualified open-source bids, best ranked first. "Qualified" is the
// evaluation's standing: technically qualified and eligible for award.
std::vector<int> qualifiedOpenBids(const Tender& tender, const Evaluation& evaluation);

// An open-source bid passed over by the selection, and by how much. Gaps are
// the selected bid's figure minus the open bid's: a positive score gap means
// the selected bid scored higher, a positive price gap that it costs more.
struct PassedOverBid
{
    int bid = -1; // index into Tender::bids
    int rank = 0;
    std::optional<double> scoreGap; // in points of methodScore(); none under LCS
    double technicalGap = 0;
    std::optional<double> priceGap;        // evaluated price; none when an envelope was not opened
    std::optional<double> priceGapPercent; // of the open bid's evaluated price
};

// What the selected bid departs from (docs/considerations.md, "Departures").
struct Departure
{
    int selected = -1; // index into Tender::bids; -1 when nothing is selected or recommended
    // True when the officer selected the bid (decision.selectedBid); false
    // when the evaluation's winner stands for a decision not yet recorded.
    bool selectedByOfficer = false;
    bool selectedIsOpen = false;
    int winner = -1;

    // From the open-source option: the selected bid is not open source while
    // at least one qualified open-source bid exists.
    bool fromOpenSource = false;
    std::vector<PassedOverBid> passedOver; // best ranked first

    // From the evaluation: a bid other than its winner is selected (or any
    // bid when the evaluation made no award).
    bool fromEvaluation = false;
    std::optional<double> scoreGapToWinner; // winner's methodScore − selected's
    std::optional<double> priceGapToWinner; // selected's evaluated price − winner's

    bool any() const { return fromOpenSource || fromEvaluation; }
};

// `selected` is an index into Tender::bids, or -1 for the evaluation's winner.
Departure detectDeparture(const Tender& tender, const Evaluation& evaluation, int selected);
// The tender's own decision (decision.selectedBid), or the winner while none
// is recorded. An id that names no bid selects nothing: checkDecision() says so.
Departure detectDeparture(const Tender& tender, const Evaluation& evaluation);

// Plain sentences for screens and memos: what the selection departs from and
// which open bids it passes over, with the gaps.
QStringList describeDeparture(const Tender& tender, const Evaluation& evaluation,
                              const Departure& departure);

} // namespace tulana
