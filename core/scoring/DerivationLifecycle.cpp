#include "DerivationLifecycle.h"

#include "cost/Lifecycle.h"
#include "i18n/Translate.h"
#include "support/NumberText.h"

namespace tulana {

void explainLifecycleCost(const Tender& t, int bid, double evaluatedPrice, Derivation& d)
{
    const cost::LifecycleTerms& terms = t.lifecycle;
    const Bid& b = t.bids[std::size_t(bid)];
    const cost::LifecycleCost lc = cost::lifecycleCost(terms, b.costs);
    const QString costs = QStringLiteral("bids[%1].costs").arg(bid);

    d.available = true;
    d.quantity = tulana::tr("Evaluated price of %1").arg(b.id);
    d.formula = tulana::tr("F = NPV = Σ cost_t / (1 + r/100)^t for t = 0 … H (the tender scores "
                           "lifecycle cost: one-time costs in year 0, recurring costs in years "
                           "1 to H, exit costs in year H, unless a cost line gives its years)");
    d.inputs << Term{tulana::tr("H, the horizon in years"), double(terms.horizonYears),
                     QStringLiteral("tender.lifecycle.horizonYears")}
             << Term{tulana::tr("r, the discount rate in percent a year"), terms.discountRate,
                     QStringLiteral("tender.lifecycle.discountRate")};
    const QString growth = numberText(1.0 + terms.discountRate / 100.0);
    QStringList parts;
    for (const cost::YearCost& y : lc.years) {
        d.inputs << Term{tulana::tr("cost in year %1").arg(y.year), y.total(), costs};
        parts << QStringLiteral("%1 / %2^%3").arg(numberText(y.total()), growth).arg(y.year);
    }
    d.working =
        parts.join(QStringLiteral(" + ")) + QStringLiteral(" = ") + numberText(evaluatedPrice);
    d.exact = d.value = evaluatedPrice;
    d.rounding = tulana::tr("not rounded: the net present value is used in full");
    d.note = tulana::tr("financial basis: %1 over %n year(s) at a discount rate of %2%; "
                        "undiscounted total %3",
                        nullptr, terms.horizonYears)
                 .arg(cost::displayName(terms.basis), numberText(terms.discountRate),
                      numberText(lc.undiscounted));
}

} // namespace tulana
