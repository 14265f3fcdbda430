#include "Lifecycle.h"

#include "cost/CostKinds.h"
#include "tender/Tender.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tulana::cost {

LineYears yearsOf(const CostLine& line, Timing timing, int horizonYears)
{
    switch (timing) {
    case Timing::OneTime: {
        const int year = line.fromYear.value_or(0);
        return {year, year};
    }
    case Timing::Recurring:
        return {line.fromYear.value_or(1), line.toYear.value_or(horizonYears)};
    case Timing::Exit: {
        const int year = line.toYear.value_or(horizonYears);
        return {year, year};
    }
    }
    return {};
}

LifecycleCost lifecycleCost(const LifecycleTerms& terms, const std::vector<CostLine>& lines)
{
    LifecycleCost out;
    const int horizon = std::clamp(terms.horizonYears, 0, kMaxHorizonYears);
    out.years.resize(std::size_t(horizon) + 1);
    for (int t = 0; t <= horizon; ++t)
        out.years[std::size_t(t)].year = t;

    const CostKinds& kinds = costKinds();
    for (const CostLine& line : lines) {
        const CostKind* kind = kinds.kind(line.kind);
        if (!kind)
            continue;
        const LineYears span = yearsOf(line, kind->timing, horizon);
        for (int t = std::max(span.first, 0); t <= std::min(span.last, horizon); ++t) {
            YearCost& y = out.years[std::size_t(t)];
            switch (kind->timing) {
            case Timing::OneTime:
                y.oneTime += line.amount;
                break;
            case Timing::Recurring:
                y.recurring += line.amount;
                break;
            case Timing::Exit:
                y.exit += line.amount;
                break;
            }
        }
    }

    const double growth = 1.0 + terms.discountRate / 100.0;
    double cumulative = 0;
    double cumulativeDiscounted = 0;
    for (YearCost& y : out.years) {
        y.discountDivisor = std::pow(growth, y.year);
        y.discounted = y.total() / y.discountDivisor;
        cumulative += y.total();
        cumulativeDiscounted += y.discounted;
        y.cumulative = cumulative;
        y.cumulativeDiscounted = cumulativeDiscounted;
        out.presentOneTime += y.oneTime / y.discountDivisor;
        out.presentRecurring += y.recurring / y.discountDivisor;
        out.presentExit += y.exit / y.discountDivisor;
    }
    out.npv = cumulativeDiscounted;
    out.undiscounted = cumulative;
    return out;
}

double evaluatedPrice(const Tender& tender, const Bid& bid)
{
    if (tender.lifecycle.basis == FinancialBasis::QuotedPrice)
        return tender.options.pricesIncludeTax ? bid.priceWithTax() : bid.price;
    if (bid.costs.empty())
        return std::numeric_limits<double>::quiet_NaN();
    return lifecycleCost(tender.lifecycle, bid.costs).npv;
}

} // namespace tulana::cost
