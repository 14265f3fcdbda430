// The memo's annex: every score's derivation, the charts, and Table 3 as the
// brief prints it.
#include "MemoText.h"

#include "considerations/Table3.h"
#include "i18n/Translate.h"
#include "scoring/Derivation.h"
#include "support/Money.h"
#include "support/NumberText.h"

#include <algorithm>

namespace tulana::memo {
namespace {

// The name of a quantity that does not exist for a bid, for the row that says why.
QString quantityName(Quantity q, const QString& bid)
{
    switch (q) {
    case Quantity::EvaluatedPrice:
        return tulana::tr("Evaluated price of %1").arg(bid);
    case Quantity::Financial:
        return tulana::tr("Financial score of %1").arg(bid);
    case Quantity::Combined:
        return tulana::tr("Combined score of %1").arg(bid);
    case Quantity::Openness:
        return tulana::tr("Openness marks of %1").arg(bid);
    case Quantity::Technical:
    case Quantity::TechnicalForCombination:
    case Quantity::CriterionAverage:
        break;
    }
    return tulana::tr("Technical score of %1").arg(bid);
}

std::vector<MemoChart::LegendEntry> legend()
{
    return {{toKey(BidNature::OpenSource), displayName(BidNature::OpenSource)},
            {toKey(BidNature::Proprietary), displayName(BidNature::Proprietary)},
            {toKey(BidNature::Mixed), displayName(BidNature::Mixed)}};
}

// One member's cell: "conflict" for a bid they declared a conflict with (they
// do not mark it), "7 → 6 (moderated)" for a mark the committee revised, the
// original first, else the mark.
QString markCell(const Tender& t, const std::vector<LeafRef>& leaves, int bid,
                 const std::vector<char>& marking, int leaf, int member)
{
    if (!marking[std::size_t(member)])
        return tulana::tr("conflict");
    const MarksSheet& marks = t.bids[std::size_t(bid)].marks;
    if (!marks.isMarked(leaf, member))
        return dash();
    const std::vector<const Moderation*> moderations = t.committee.moderationsOf(
        t.bids[std::size_t(bid)].id, leaves[std::size_t(leaf)].criterion->id,
        t.evaluators[std::size_t(member)].id);
    if (moderations.empty())
        return numberText(marks.at(leaf, member));
    return tulana::tr("%1 → %2 (moderated)")
        .arg(numberText(moderations.front()->original), numberText(marks.at(leaf, member)));
}

// The committee's marks, averages and points of one bid, criterion by
// criterion. `leaves` is leavesOf(t.criteria), built once for all bids.
MemoTable marksTable(const Tender& t, const std::vector<LeafRef>& leaves, const BidResult& r)
{
    const Bid& b = t.bids[std::size_t(r.bid)];
    MemoTable table;
    table.caption = tulana::tr("Technical marks of %1").arg(bidLabel(t, r.bid));
    table.header = {tulana::tr("Criterion"), tulana::tr("Weight"), tulana::tr("Max.")};
    for (const Evaluator& e : t.evaluators)
        table.header << e.id;
    table.header << tulana::tr("Average") << tulana::tr("Points");
    table.align = {MemoAlign::Left, MemoAlign::Right, MemoAlign::Right};
    const int evaluators = int(t.evaluators.size());
    table.align.insert(table.align.end(), std::size_t(evaluators + 2), MemoAlign::Right);
    // Criterion 30%, weight and maximum 9% each, average 12%, points 10%;
    // the evaluators share the rest. A moderated mark ("5 → 14 (moderated)")
    // needs more room: the criterion gives up some.
    const bool moderated =
        std::any_of(t.committee.moderations.begin(), t.committee.moderations.end(),
                    [&](const Moderation& m) { return m.bid == b.id; });
    const int criterionWidth = moderated ? 18 : 30;
    table.widths = {criterionWidth, 9, 9};
    for (int i = 0; i < evaluators; ++i)
        table.widths.push_back((60 - criterionWidth) / std::max(1, evaluators));
    table.widths.push_back(12);
    table.widths.push_back(10);
    const std::vector<char> marking = t.markingMembers(r.bid);
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        const Criterion& c = *leaves[i].criterion;
        QStringList row{c.id + QStringLiteral(" ") + c.name, numberText(c.weight),
                        numberText(c.maxMarks)};
        for (int e = 0; e < evaluators; ++e)
            row << markCell(t, leaves, r.bid, marking, int(i), e);
        const double average = r.criterionAverages[i];
        row << QString::number(average, 'f', 2)
            << QString::number(c.weight * average / c.maxMarks, 'f', 2);
        table.rows.push_back(row);
    }
    table.note = tulana::tr("Evaluators: %1. Averages and points are shown to two decimals; the "
                            "technical score uses them unrounded.")
                     .arg([&] {
                         QStringList names;
                         for (const Evaluator& e : t.evaluators)
                             names << tulana::tr("%1 %2").arg(e.id, e.name);
                         return names.join(QStringLiteral(", "));
                     }());
    if (std::find(marking.begin(), marking.end(), 0) != marking.end())
        table.note += QLatin1Char(' ') +
                      tulana::tr("\"conflict\": the member declared a conflict of interest with "
                                 "this bid and did not mark it; its averages are over the other "
                                 "members.");
    if (moderated)
        table.note += QLatin1Char(' ') +
                      tulana::tr("\"7 → 6 (moderated)\": the committee revised the member's "
                                 "original mark 7 to 6, with the reason given in the committee "
                                 "section; the average uses the moderated mark.");
    return table;
}

MemoTable derivationTable(const Tender& t, const Explainer& explainer, const BidResult& r)
{
    MemoTable table;
    table.caption = tulana::tr("Derivation of the scores of %1").arg(t.bids[std::size_t(r.bid)].id);
    table.header = {tulana::tr("Quantity"), tulana::tr("Formula and working"), tulana::tr("Value")};
    table.align = {MemoAlign::Left, MemoAlign::Left, MemoAlign::Right};
    table.widths = {22, 62, 16};
    std::vector<Quantity> quantities;
    if (t.openness.isOn())
        quantities.push_back(Quantity::Openness);
    quantities.push_back(Quantity::Technical);
    if (t.options.technicalBasis == TechnicalScoreBasis::NormalisedToHighest)
        quantities.push_back(Quantity::TechnicalForCombination);
    quantities.insert(quantities.end(),
                      {Quantity::EvaluatedPrice, Quantity::Financial, Quantity::Combined});
    for (Quantity q : quantities) {
        const Derivation d = explainer.explain(r.bid, q);
        if (!d.available) {
            if (!d.note.isEmpty())
                table.rows.push_back(
                    {quantityName(q, t.bids[std::size_t(r.bid)].id), d.note, dash()});
            continue;
        }
        QString working = d.formula + QStringLiteral("\n") + d.working;
        if (!d.rounding.isEmpty())
            working += QStringLiteral("\n") + d.rounding;
        table.rows.push_back({d.quantity, working,
                              q == Quantity::EvaluatedPrice
                                  ? formatAmount(d.value, t.currency)
                                  : QString::number(d.value, 'f', t.options.decimals)});
    }
    return table;
}

void derivations(MemoDocument& m, const Tender& t, const Evaluation& ev)
{
    SectionWriter s(addSection(m.annex, tulana::tr("Derivation of the scores"), true));
    s.paragraph(
        tulana::tr("Every score in this note can be recomputed by hand from the tender file: the "
                   "committee's marks, the weights and the prices below are the inputs the "
                   "fingerprint covers."));
    std::vector<int> order = ev.ranking;
    for (const BidResult& r : ev.results)
        if (r.rank == 0)
            order.push_back(r.bid);
    const std::vector<LeafRef> leaves = leavesOf(t.criteria);
    const Explainer explainer(t, ev);
    for (int b : order) {
        const BidResult& r = ev.results[std::size_t(b)];
        if (!r.technicallyScored)
            continue;
        s.table(marksTable(t, leaves, r));
        s.table(derivationTable(t, explainer, r));
    }
}

QString categoryOf(const Bid& b)
{
    return toKey(b.nature);
}

} // namespace

void addCharts(std::vector<MemoSection>& sections, const Tender& t, const Evaluation& ev,
               bool lettered)
{
    SectionWriter s(addSection(sections, tulana::tr("Charts"), lettered));
    const int d = t.options.decimals;
    if (t.method == SelectionMethod::Qcbs && !ev.ranking.empty()) {
        MemoChart chart;
        chart.caption = tulana::tr("Combined score of the qualified bids, in rank order");
        chart.unit = tulana::tr("points");
        chart.decimals = d;
        chart.legend = legend();
        for (int b : ev.ranking)
            if (const auto& c = ev.results[std::size_t(b)].combined)
                chart.bars.push_back(
                    {t.bids[std::size_t(b)].id, *c, categoryOf(t.bids[std::size_t(b)])});
        s.chart(std::move(chart));
    }
    MemoChart technical;
    technical.caption = tulana::tr("Technical score of every bid scored, with the minimum");
    technical.unit = tulana::tr("points");
    technical.decimals = d;
    technical.legend = legend();
    technical.hasReference = true;
    technical.reference = t.minimumTechnicalScore;
    technical.referenceLabel = tulana::tr("minimum %1").arg(numberText(t.minimumTechnicalScore));
    for (const BidResult& r : ev.results)
        if (r.technicallyScored)
            technical.bars.push_back({t.bids[std::size_t(r.bid)].id, r.technical,
                                      categoryOf(t.bids[std::size_t(r.bid)])});
    s.chart(std::move(technical));
}

namespace {

void table3AsPrinted(MemoDocument& m)
{
    const Table3& t3 = table3();
    SectionWriter s(
        addSection(m.annex, tulana::tr("Table 3 of the policy brief, as printed"), true));
    MemoTable table;
    table.caption = t3.source.table + QStringLiteral(": ") + t3.source.tableTitle;
    table.header = {t3.columns.consideration, t3.columns.open, t3.columns.openNotes,
                    t3.columns.proprietary, t3.columns.proprietaryNotes};
    table.align = std::vector<MemoAlign>(5, MemoAlign::Left);
    table.widths = {16, 23, 19, 23, 19};
    for (const Table3Row& row : t3.rows)
        table.rows.push_back(
            {row.name, row.open.text, row.open.notes, row.proprietary.text, row.proprietary.notes});
    table.note = tulana::tr("Source: %1").arg(t3.source.citation());
    s.table(std::move(table));
}

} // namespace

void addAnnex(MemoDocument& m, const Tender& t, const Evaluation& ev)
{
    m.annexTitle = tulana::tr("Annex");
    if (ev.evaluated) {
        derivations(m, t, ev);
        addCharts(m.annex, t, ev, true);
    }
    table3AsPrinted(m);
}

} // namespace tulana::memo
