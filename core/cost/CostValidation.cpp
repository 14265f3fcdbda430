#include "CostValidation.h"

#include "cost/CostKinds.h"
#include "cost/Lifecycle.h"
#include "i18n/Translate.h"
#include "support/NumberText.h"
#include "tender/Amount.h"
#include "tender/Tender.h"

#include <cmath>

namespace tulana::cost {
namespace {

void checkYears(const CostLine& line, Timing timing, int horizon, const QString& at, Problems& out)
{
    const QString from = at + QStringLiteral(".fromYear");
    const QString to = at + QStringLiteral(".toYear");
    switch (timing) {
    case Timing::OneTime:
        if (line.toYear)
            out << error(to, tulana::tr("a one-time cost falls in one year: give it as fromYear "
                                        "(0, the start, when absent)"));
        if (line.fromYear && (*line.fromYear < 0 || *line.fromYear > horizon))
            out << error(from, tulana::tr("year %1 is outside the horizon: a one-time cost falls "
                                          "in a year from 0 to %2")
                                   .arg(*line.fromYear)
                                   .arg(horizon));
        return;
    case Timing::Exit:
        if (line.fromYear)
            out << error(from, tulana::tr("an exit cost falls in the year the system is left: "
                                          "give it as toYear (the horizon, when absent)"));
        if (line.toYear && (*line.toYear < 1 || *line.toYear > horizon))
            out << error(to, tulana::tr("year %1 is outside the horizon: an exit cost falls in a "
                                        "year from 1 to %2")
                                 .arg(*line.toYear)
                                 .arg(horizon));
        return;
    case Timing::Recurring:
        break;
    }
    bool inside = true;
    for (const auto& [year, where] : {std::pair{line.fromYear, from}, std::pair{line.toYear, to}})
        if (year && (*year < 1 || *year > horizon)) {
            inside = false;
            out << error(where, tulana::tr("year %1 is outside the horizon: a recurring cost "
                                           "falls in years 1 to %2")
                                    .arg(*year)
                                    .arg(horizon));
        }
    const LineYears span = yearsOf(line, timing, horizon);
    if (inside && span.last < span.first)
        out << error(to, tulana::tr("the line runs from year %1 to year %2: it applies in no "
                                    "year; give a toYear on or after its fromYear")
                             .arg(span.first)
                             .arg(span.last));
}

} // namespace

void checkLifecycleTerms(const Tender& tender, Problems& out)
{
    const LifecycleTerms& l = tender.lifecycle;
    if (l.horizonYears < 1 || l.horizonYears > kMaxHorizonYears)
        out << error(QStringLiteral("tender.lifecycle.horizonYears"),
                     tulana::tr("the horizon must be from 1 to %1 years, not %2")
                         .arg(kMaxHorizonYears)
                         .arg(l.horizonYears));
    if (!std::isfinite(l.discountRate) || l.discountRate < 0 || l.discountRate > 100)
        out << error(QStringLiteral("tender.lifecycle.discountRate"),
                     tulana::tr("the discount rate must be a percentage between 0 and 100, not %1")
                         .arg(numberText(l.discountRate)));
}

void checkBidCosts(const Tender& tender, int bidIndex, Problems& out)
{
    const Bid& bid = tender.bids[std::size_t(bidIndex)];
    if (bid.costs.empty() && tender.lifecycle.basis == FinancialBasis::QuotedPrice)
        return; // most bids of most tenders: nothing to check, nothing to build
    const QString path = QStringLiteral("bids[%1].costs").arg(bidIndex);
    if (bid.costs.empty()) {
        if (tender.lifecycle.basis == FinancialBasis::LifecycleCost &&
            bid.status == BidStatus::Responsive)
            out << error(path, tulana::tr("the tender scores lifecycle cost but %1 has no cost "
                                          "lines: enter what the bid costs over the horizon")
                                   .arg(bid.id));
        return;
    }
    const CostKinds& kinds = costKinds();
    const int horizon = tender.lifecycle.horizonYears;
    for (std::size_t i = 0; i < bid.costs.size(); ++i) {
        const CostLine& line = bid.costs[i];
        const QString at = path + QStringLiteral("[%1]").arg(i);
        if (!std::isfinite(line.amount) || line.amount < 0)
            out << error(
                at + QStringLiteral(".amount"),
                tulana::tr("a cost must be zero or more, not %1").arg(numberText(line.amount)));
        else if (!isWithinAmountCeiling(line.amount))
            out << error(at + QStringLiteral(".amount"), amountCeilingProblem(line.amount));
        const CostKind* kind = kinds.kind(line.kind);
        if (!kind) {
            out << error(at + QStringLiteral(".kind"),
                         tulana::tr("\"%1\" is not a kind of cost: use one of %2")
                             .arg(line.kind, kinds.ids().join(QStringLiteral(", "))));
            continue;
        }
        if (horizon >= 1 && horizon <= kMaxHorizonYears)
            checkYears(line, kind->timing, horizon, at, out);
    }
}

} // namespace tulana::cost
