// The memo's account of lifecycle cost (docs/scoring.md, "Lifecycle cost"):
// the financial basis the tender announced, each bid's quoted price beside
// its cost over the horizon, the lock-in indicator, and the cost lines in
// the annex.
#include "MemoText.h"

#include "i18n/Translate.h"
#include "report/CostComparison.h"
#include "support/Money.h"

#include <algorithm>

namespace tulana::memo {
namespace {

QString amount(const Tender& t, double v)
{
    return formatAmount(v, t.currency);
}

QString basisParagraph(const Tender& t)
{
    const cost::LifecycleTerms& terms = t.lifecycle;
    const QString tax =
        t.options.pricesIncludeTax ? tulana::tr("with taxes") : tulana::tr("without taxes");
    if (terms.basis == cost::FinancialBasis::LifecycleCost)
        return tulana::tr(
                   "The tender announced that the financial score uses the lifecycle cost, not "
                   "the quoted price: each bid's evaluated price is the net present value of its "
                   "cost lines over a %1-year horizon at a discount rate of %2% a year. One-time "
                   "costs fall in year 0, recurring costs in each of years 1 to %1, exit costs in "
                   "year %1, unless a line gives its years. Amounts are in %3, %4.")
            .arg(QString::number(terms.horizonYears), QString::number(terms.discountRate, 'g', 6),
                 t.currency, tax);
    return tulana::tr(
               "The tender announced that the financial score uses the quoted price. The "
               "lifecycle cost below, over a %1-year horizon at a discount rate of %2% a year, is "
               "for information and does not enter the scores. Amounts are in %3, %4.")
        .arg(QString::number(terms.horizonYears), QString::number(terms.discountRate, 'g', 6),
             t.currency, tax);
}

MemoTable comparisonTable(const Tender& t, const cost::CostComparison& c)
{
    MemoTable table;
    table.caption = tulana::tr("Quoted price and lifecycle cost (%1)").arg(t.currency);
    table.header = {tulana::tr("Bid"),
                    tulana::tr("Nature"),
                    tulana::tr("Quoted price"),
                    tulana::tr("Lifecycle cost, total"),
                    tulana::tr("Lifecycle cost, NPV"),
                    tulana::tr("Lock-in")};
    table.align = {MemoAlign::Left,  MemoAlign::Left,  MemoAlign::Right,
                   MemoAlign::Right, MemoAlign::Right, MemoAlign::Left};
    table.widths = {8, 16, 20, 20, 20, 16};
    for (const cost::BidCostSummary& s : c.bids) {
        const Bid& b = t.bids[std::size_t(s.bid)];
        if (s.bid == c.cheapestLifecycle)
            table.emphasised.push_back(int(table.rows.size()));
        // Cost lines are part of the financial proposal, sealed with it.
        const bool shown = s.opened && s.hasCosts;
        const QString notOpened = notOpenedText();
        table.rows.push_back({b.id, displayName(b.nature),
                              s.opened ? amount(t, s.quotedPrice) : notOpened,
                              !s.opened    ? notOpened
                              : s.hasCosts ? amount(t, s.lifecycle.undiscounted)
                                           : tulana::tr("no cost lines"),
                              shown ? amount(t, s.lifecycle.npv) : dash(),
                              shown ? cost::displayName(s.lockIn.level) : dash()});
    }
    table.note = tulana::tr("The financial proposals, cost lines included, of bids that did not "
                            "qualify technically are not opened. The cost lines of the other "
                            "bids are in the Annex.");
    return table;
}

MemoChart npvChart(const Tender& t, const cost::CostComparison& c)
{
    // In lakh for rupees, millions otherwise: the bars' labels stay short.
    const bool inr = t.currency == QLatin1String("INR");
    const double divisor = inr ? 1e5 : 1e6;
    const QString unit =
        inr ? tulana::tr("%1 lakh").arg(t.currency) : tulana::tr("%1 million").arg(t.currency);
    MemoChart chart;
    chart.caption =
        tulana::tr("Lifecycle cost (net present value) of the qualified bids, %1").arg(unit);
    chart.unit = unit;
    chart.decimals = 2;
    chart.maximum = 0;
    for (const cost::BidCostSummary& s : c.bids) {
        if (!s.opened || !s.hasCosts)
            continue;
        const Bid& b = t.bids[std::size_t(s.bid)];
        chart.bars.push_back({b.id, s.lifecycle.npv / divisor, toKey(b.nature)});
        chart.maximum = std::max(chart.maximum, s.lifecycle.npv / divisor);
    }
    chart.legend = {{toKey(BidNature::OpenSource), displayName(BidNature::OpenSource)},
                    {toKey(BidNature::Proprietary), displayName(BidNature::Proprietary)},
                    {toKey(BidNature::Mixed), displayName(BidNature::Mixed)}};
    return chart;
}

} // namespace

void addLifecycleSection(MemoDocument& m, const Tender& t, const Evaluation& ev)
{
    const cost::CostComparison c = cost::compareCosts(t, ev);
    if (!c.anyCosts() && t.lifecycle.basis == cost::FinancialBasis::QuotedPrice)
        return;
    SectionWriter s(addSection(m.sections, tulana::tr("Lifecycle cost")));
    s.paragraph(basisParagraph(t));
    s.table(comparisonTable(t, c));
    if (const QString sentence = cost::cheapestSentence(t, c, &money); !sentence.isEmpty())
        s.paragraph(sentence, MemoParagraph::Style::Strong);
    if (!c.anyCosts())
        return;
    s.paragraph(tulana::tr("Lock-in indicator, read from each bid's costs: the share of the "
                           "lifecycle cost paid on exit and the share paid year after year. It is "
                           "an indicator, not a score. %1")
                    .arg(cost::lockInLinkText()));
    for (const cost::BidCostSummary& b : c.bids)
        if (b.hasCosts && b.opened)
            s.item(tulana::tr("%1: %2. %3.")
                       .arg(t.bids[std::size_t(b.bid)].id, cost::displayName(b.lockIn.level),
                            b.lockIn.reasons.join(QStringLiteral("; "))));
    MemoChart chart = npvChart(t, c);
    if (!chart.bars.empty())
        s.chart(std::move(chart));
}

void addLifecycleAnnex(MemoDocument& m, const Tender& t, const Evaluation& ev)
{
    // Only the bids whose financial proposal was opened: the others' cost
    // lines stay sealed with their prices.
    const auto opened = [&](std::size_t i) { return ev.envelopeOpened(int(i)); };
    bool any = false;
    for (std::size_t i = 0; i < t.bids.size(); ++i)
        any = any || (!t.bids[i].costs.empty() && opened(i));
    if (!any)
        return;
    SectionWriter s(addSection(m.annex, tulana::tr("Cost lines of each bid"), true));
    s.paragraph(tulana::tr("As entered from the bids, in %1; recurring amounts are per year.")
                    .arg(t.currency));
    for (std::size_t i = 0; i < t.bids.size(); ++i) {
        const Bid& b = t.bids[i];
        if (b.costs.empty() || !opened(i))
            continue;
        MemoTable table;
        table.caption = tulana::tr("Cost lines of %1").arg(bidLabel(t, int(i)));
        table.header = {tulana::tr("Kind of cost"), tulana::tr("Years"), tulana::tr("Amount"),
                        tulana::tr("Note")};
        table.align = {MemoAlign::Left, MemoAlign::Left, MemoAlign::Right, MemoAlign::Left};
        table.widths = {30, 14, 18, 38};
        for (const cost::CostLine& line : b.costs)
            table.rows.push_back({cost::kindLabel(line.kind),
                                  cost::yearsText(line, t.lifecycle.horizonYears),
                                  amount(t, line.amount), line.note});
        s.table(std::move(table));
    }
}

} // namespace tulana::memo
