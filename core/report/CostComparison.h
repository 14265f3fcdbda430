#pragma once

#include "cost/Lifecycle.h"
#include "cost/LockIn.h"

#include <QString>

#include <vector>

namespace tulana {
struct Tender;
struct Evaluation;
} // namespace tulana

namespace tulana::cost {

// One bid's quoted price beside its lifecycle cost, whatever the financial
// basis: what the report, the memo and the Costs page set side by side.
struct BidCostSummary
{
    int bid = -1;
    // The financial proposal is opened (two envelopes: a bid that did not
    // qualify keeps its prices closed, and is left out of the comparison).
    bool opened = false;
    bool hasCosts = false;
    double quotedPrice = 0; // with or without tax, as the tender evaluates prices
    LifecycleCost lifecycle;
    LockInIndicator lockIn;
};

struct CostComparison
{
    std::vector<BidCostSummary> bids; // one per bid, in the tender's order
    // Among opened bids with cost lines: the lowest quoted price and the
    // lowest lifecycle cost (NPV); -1 when there is none.
    int cheapestQuoted = -1;
    int cheapestLifecycle = -1;

    bool anyCosts() const;
    // The bid cheapest on quoted price is not the cheapest over the horizon.
    bool cheapestDiffers() const
    {
        return cheapestQuoted >= 0 && cheapestLifecycle >= 0 && cheapestQuoted != cheapestLifecycle;
    }
};

CostComparison compareCosts(const Tender& tender, const Evaluation& evaluation);

// "quoted price" or "lifecycle cost (net present value) over 5 years at a
// discount rate of 8% a year": the financial basis as the rules state it.
QString basisText(const LifecycleTerms& terms);

// When cheapestDiffers(): "B2 has the lowest quoted price (...) but not the
// lowest lifecycle cost over 5 years: B1's is lower (...)". Empty otherwise.
// `money` formats an amount in the tender's currency.
QString cheapestSentence(const Tender& tender, const CostComparison& comparison,
                         QString (*money)(const Tender&, double));

// The kind's label in the current language; the id itself for an unknown kind.
QString kindLabel(const QString& kind);

// When a line falls: "year 0", "years 1 to 5", "year 5" (yearsOf()).
QString yearsText(const CostLine& line, int horizonYears);

// "the exit costs bear on maintenance requirements, the recurring share on
// resource constraints": the lock-in indicator's link to Table 3, in words.
QString lockInLinkText();

} // namespace tulana::cost
