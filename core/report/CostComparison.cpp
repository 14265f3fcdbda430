#include "CostComparison.h"

#include "considerations/Table3.h"
#include "cost/CostKinds.h"
#include "i18n/Translate.h"
#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <algorithm>

namespace tulana::cost {
namespace {

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

// A Table 3 consideration's name as printed, in the current language.
QString considerationName(const QString& id)
{
    const Table3Row* row = table3().row(id);
    return row ? row->name : id;
}

int lowest(const std::vector<BidCostSummary>& bids, double (*of)(const BidCostSummary&))
{
    int best = -1;
    for (const BidCostSummary& s : bids) {
        if (!s.opened || !s.hasCosts)
            continue;
        // Ties keep the first in the tender's order: the sentence names one bid.
        if (best < 0 || of(s) < of(bids[std::size_t(best)]))
            best = s.bid;
    }
    return best;
}

} // namespace

bool CostComparison::anyCosts() const
{
    return std::any_of(bids.begin(), bids.end(),
                       [](const BidCostSummary& s) { return s.hasCosts; });
}

CostComparison compareCosts(const Tender& t, const Evaluation& ev)
{
    CostComparison out;
    for (std::size_t i = 0; i < t.bids.size(); ++i) {
        const Bid& b = t.bids[i];
        BidCostSummary s;
        s.bid = int(i);
        s.opened = ev.envelopeOpened(int(i));
        s.hasCosts = !b.costs.empty();
        if (!s.opened) { // sealed: no figure of it enters the comparison
            out.bids.push_back(std::move(s));
            continue;
        }
        s.quotedPrice = t.options.pricesIncludeTax ? b.priceWithTax() : b.price;
        if (const BidFacts* f = ev.factsFor(int(i)); f && f->lifecycle) {
            s.lifecycle = *f->lifecycle;
            s.lockIn = *f->lockIn;
        }
        out.bids.push_back(std::move(s));
    }
    out.cheapestQuoted = lowest(out.bids, [](const BidCostSummary& s) { return s.quotedPrice; });
    out.cheapestLifecycle =
        lowest(out.bids, [](const BidCostSummary& s) { return s.lifecycle.npv; });
    return out;
}

QString basisText(const LifecycleTerms& terms)
{
    if (terms.basis == FinancialBasis::QuotedPrice)
        return displayName(terms.basis);
    // "a 5-year horizon": no plural, so the text reads right before its
    // catalogue has plural forms.
    return tulana::tr("%1 over a %2-year horizon at a discount rate of %3% a year")
        .arg(displayName(terms.basis), QString::number(terms.horizonYears),
             number(terms.discountRate));
}

QString cheapestSentence(const Tender& t, const CostComparison& c,
                         QString (*money)(const Tender&, double))
{
    if (!c.cheapestDiffers())
        return {};
    const BidCostSummary& q = c.bids[std::size_t(c.cheapestQuoted)];
    const BidCostSummary& l = c.bids[std::size_t(c.cheapestLifecycle)];
    return tulana::tr("%1 has the lowest quoted price (%2) but not the lowest lifecycle cost over "
                      "the %3-year horizon: its net present value is %4, and %5's is lower, %6.")
        .arg(t.bids[std::size_t(q.bid)].id, money(t, q.quotedPrice),
             QString::number(t.lifecycle.horizonYears), money(t, q.lifecycle.npv),
             t.bids[std::size_t(l.bid)].id, money(t, l.lifecycle.npv));
}

QString kindLabel(const QString& kind)
{
    const CostKind* k = costKinds().kind(kind);
    return k ? k->label : kind;
}

QString yearsText(const CostLine& line, int horizonYears)
{
    const CostKind* k = costKinds().kind(line.kind);
    if (!k)
        return QStringLiteral("-");
    const LineYears y = yearsOf(line, k->timing, horizonYears);
    if (y.first == y.last)
        return tulana::tr("year %1").arg(y.first);
    return tulana::tr("years %1 to %2").arg(y.first).arg(y.last);
}

QString lockInLinkText()
{
    const CostKinds& data = costKinds();
    return tulana::tr("High exit costs bear on Table 3's \u201c%1\u201d; a large share of "
                      "recurring costs bears on \u201c%2\u201d.")
        .arg(considerationName(data.exitShare.consideration),
             considerationName(data.recurringShare.consideration));
}

} // namespace tulana::cost
