#pragma once

#include "tender/CostLine.h"

#include <vector>

namespace tulana {
struct Tender;
struct Bid;
} // namespace tulana

namespace tulana::cost {

// One year t (0 = the start) of a bid's lifecycle cost.
struct YearCost
{
    int year = 0;
    double oneTime = 0;
    double recurring = 0;
    double exit = 0;
    double discountDivisor = 1; // (1 + r)^t
    double discounted = 0;      // total() / discountDivisor
    double cumulative = 0;      // sum of total() over years 0..t
    double cumulativeDiscounted = 0;

    double total() const { return oneTime + recurring + exit; }
};

// The lifecycle cost of a bid over the tender's horizon: years 0..H.
struct LifecycleCost
{
    std::vector<YearCost> years; // H + 1 entries
    double npv = 0;              // sum of the discounted costs
    double undiscounted = 0;     // sum of the costs
    // Each timing's part of the NPV, for the lock-in indicator.
    double presentOneTime = 0;
    double presentRecurring = 0;
    double presentExit = 0;
};

// The years in which a line's amount falls, as docs/scoring.md says: first
// and last (equal for one-time and exit costs). A line whose kind is unknown
// or whose years are not valid is the validator's to report; here it falls
// where its defaults put it.
struct LineYears
{
    int first = 0;
    int last = 0;
};
LineYears yearsOf(const CostLine& line, Timing timing, int horizonYears);

// NPV = sum over t = 0..H of cost_t / (1 + r/100)^t, r the discount rate in percent.
// Lines of unknown kinds are left out (the validator reports them).
LifecycleCost lifecycleCost(const LifecycleTerms& terms, const std::vector<CostLine>& lines);

// The price the financial score uses: under the quoted-price basis the
// quoted price (plus tax when the tender evaluates prices with taxes), as
// always; under the lifecycle-cost basis the NPV of the bid's cost lines
// (NaN when it has none: the validator reports bids[i].costs).
double evaluatedPrice(const Tender& tender, const Bid& bid);

} // namespace tulana::cost
