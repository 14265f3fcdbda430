#include "LifecycleReport.h"

#include "CostComparison.h"
#include "EvaluationReport.h"
#include "TextColumns.h"
#include "i18n/Translate.h"
#include "support/JsonWriter.h"
#include "support/Money.h"

#include <QStringList>

namespace tulana {
namespace {

QString amount(const Tender& t, double v)
{
    return formatAmount(v, t.currency);
}

} // namespace

QString financialBasisRule(const Tender& t)
{
    if (t.method == SelectionMethod::Qbs)
        return {};
    return tulana::tr("financial basis: %1").arg(cost::basisText(t.lifecycle));
}

QString lifecycleCostTable(const Tender& t, const Evaluation& ev)
{
    const cost::CostComparison c = cost::compareCosts(t, ev);
    if (!c.anyCosts())
        return {};
    QStringList out;
    out << tulana::tr("Lifecycle cost over a %1-year horizon at a discount rate of %2% a year "
                      "(%3):")
               .arg(QString::number(t.lifecycle.horizonYears),
                    QString::number(t.lifecycle.discountRate, 'g', 6), t.currency);
    out << QStringLiteral("  ") + padColumn(tulana::tr("Bid"), 6) +
               padColumnLeft(tulana::tr("Quoted price"), 18) +
               padColumnLeft(tulana::tr("Lifecycle total"), 18) +
               padColumnLeft(tulana::tr("Lifecycle NPV"), 18) + QStringLiteral("  ") +
               tulana::tr("Lock-in");
    for (const cost::BidCostSummary& s : c.bids) {
        const Bid& b = t.bids[std::size_t(s.bid)];
        // The cost lines are part of the financial proposal: sealed with it
        // while the bid has not qualified (two envelopes, GFR 2017 Rule 190).
        const bool shown = s.opened && s.hasCosts;
        const QString notOpened = notOpenedText();
        const QString quoted = s.opened ? amount(t, s.quotedPrice) : notOpened;
        const QString total = !s.opened    ? notOpened
                              : s.hasCosts ? amount(t, s.lifecycle.undiscounted)
                                           : tulana::tr("no cost lines");
        const QString npv = shown ? amount(t, s.lifecycle.npv) : QStringLiteral("-");
        out << QStringLiteral("  ") + padColumn(b.id, 6) + padColumnLeft(quoted, 18) +
                   padColumnLeft(total, 18) + padColumnLeft(npv, 18) + QStringLiteral("  ") +
                   (shown ? cost::displayName(s.lockIn.level) : QStringLiteral("-"));
    }
    if (const QString sentence = cost::cheapestSentence(t, c, &amount); !sentence.isEmpty())
        out << QStringLiteral("  ") + sentence;
    out << QStringLiteral("  ") + tulana::tr("Lock-in: from the exit costs' and the recurring "
                                             "costs' shares of the NPV. %1")
                                      .arg(cost::lockInLinkText());
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void writeLifecycleJson(JsonWriter& w, const Tender& t)
{
    w.key("lifecycle");
    w.beginObject();
    w.field("financialBasis", cost::toKey(t.lifecycle.basis));
    w.field("horizonYears", double(t.lifecycle.horizonYears));
    w.field("discountRate", t.lifecycle.discountRate);
    w.endObject();
}

void writeBidLifecycleJson(JsonWriter& w, const Tender& t, const Evaluation& ev, int bid)
{
    w.key("lifecycleCost");
    const Bid& b = t.bids[std::size_t(bid)];
    // Cost lines come with the financial proposal: none are reported for a
    // bid whose proposal is not opened.
    const BidFacts* facts = ev.factsFor(bid);
    if (!facts || !facts->lifecycle) {
        w.null();
        return;
    }
    const cost::LifecycleCost& lc = *facts->lifecycle;
    const cost::LockInIndicator& lock = *facts->lockIn;
    w.beginObject();
    w.field("quotedPrice", t.options.pricesIncludeTax ? b.priceWithTax() : b.price);
    w.field("undiscounted", lc.undiscounted);
    w.field("npv", lc.npv);
    w.key("cumulative");
    w.beginInlineArray();
    for (const cost::YearCost& y : lc.years)
        w.value(y.cumulative);
    w.endArray();
    w.key("lockIn");
    w.beginObject();
    w.field("level", cost::toKey(lock.level));
    w.field("exitShare", lock.exitShare);
    w.field("recurringShare", lock.recurringShare);
    w.key("considerations");
    w.beginInlineArray();
    for (const QString& id : lock.considerations)
        w.value(id);
    w.endArray();
    w.endObject();
    w.endObject();
}

} // namespace tulana
