// "Robustness of the award" (docs/memo.md): whether the award would stand had
// the technical weight, a criterion's weight, a bid's price or one member's
// marks been different, in plain words an approver reads. Only the exact
// analyses (core/sensitivity) are used, never the simulation, so the section
// is the same every time the memo is made and verify-memo can make it again.
#include "MemoText.h"

#include "i18n/Translate.h"
#include "sensitivity/Sensitivity.h"

#include <algorithm>
#include <cmath>

namespace tulana::memo {
namespace {

namespace sens = sensitivity;

// At most this many criteria in the table: the ones with the least slack,
// which are the ones an approver needs to see.
constexpr std::size_t kCriteriaShown = 5;
// At most this many bids that do not win, by rank, with their price to win.
constexpr std::size_t kPricesShown = 4;

// A figure with at most two decimals and no trailing zeros ("80", "63.5",
// "63.47"): thresholds are exact, and more digits say nothing to a reader.
QString figure(double value)
{
    QString text = QString::number(std::round(value * 100) / 100, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString weightText(double percentValue)
{
    return figure(percentValue) + QLatin1Char('%');
}

// A change in price as a percentage: one decimal, two below 1% so that a
// small margin does not read "0.0%".
QString changeText(double fraction)
{
    const double pct = fraction * 100;
    return QString::number(pct, 'f', std::abs(pct) < 1 ? 2 : 1) + QLatin1Char('%');
}

QString bidId(const Tender& t, int bid)
{
    return t.bids[std::size_t(bid)].id;
}

// Who wins in a segment, as the subject of "… would win".
QString winnerWords(const Tender& t, int winner)
{
    if (winner == sens::kSealedDecides)
        return tulana::tr("a bid whose financial proposal was not opened would come into "
                          "contention, and the analysis stops there");
    if (winner == sens::kNoWinner)
        return tulana::tr("no bid would win");
    return tulana::tr("%1 would win").arg(bidId(t, winner));
}

// The winner of the segment just below (or above) `at`.
int neighbourWinner(const std::vector<sens::Segment>& segments, double at, bool below)
{
    for (const sens::Segment& s : segments) {
        if (below && s.from < at && s.to <= at + 1e-9 && s.to >= at - 1e-9)
            return s.winner;
        if (!below && s.to > at && s.from >= at - 1e-9 && s.from <= at + 1e-9)
            return s.winner;
    }
    return sens::kNoWinner;
}

QString technicalWeightParagraph(const Tender& t, const sens::Report& r)
{
    const sens::TechnicalWeight& w = r.technicalWeight;
    const double from = std::max(w.winnerHolds.from, w.allowed.from);
    const double to = std::min(w.winnerHolds.to, w.allowed.to);
    const QString winner = bidId(t, r.winner);
    const QString announced =
        tulana::tr("The announced weight is %1.").arg(weightText(w.announced));
    if (from <= w.allowed.from && to >= w.allowed.to)
        return tulana::tr("%1 wins for any technical weight the rulebook allows, from %2 to %3.")
                   .arg(winner, weightText(w.allowed.from), weightText(w.allowed.to)) +
               u' ' + announced;
    QString holds;
    const bool atLeast = from <= w.allowed.from;
    const bool atMost = to >= w.allowed.to;
    if (atLeast)
        holds = tulana::tr("%1 wins for any technical weight from %2 (the least the rulebook "
                           "allows) to %3.")
                    .arg(winner, weightText(from), weightText(to));
    else if (atMost)
        holds = tulana::tr("%1 wins for any technical weight from %2 to %3 (the most the rulebook "
                           "allows).")
                    .arg(winner, weightText(from), weightText(to));
    else
        holds = tulana::tr("%1 wins for any technical weight from %2 to %3.")
                    .arg(winner, weightText(from), weightText(to));
    QStringList sentences{holds};
    if (!atLeast)
        sentences << tulana::tr("Below %1, %2.")
                         .arg(weightText(from),
                              winnerWords(t, neighbourWinner(w.segments, from, true)));
    if (!atMost)
        sentences << tulana::tr("Above %1, %2.")
                         .arg(weightText(to),
                              winnerWords(t, neighbourWinner(w.segments, to, false)));
    sentences << announced;
    return sentences.join(u' ');
}

QString priceSentence(const Tender& t, const sens::Report& r, const sens::PriceToWin& p)
{
    const QString id = bidId(t, p.bid);
    if (p.bid == r.winner) {
        if (!p.threshold)
            return tulana::tr("%1 would still win at any evaluated price.").arg(id);
        return tulana::tr("%1 would still have won with an evaluated price up to %2, %3 above its "
                          "own %4.")
            .arg(id, money(t, *p.threshold), changeText(p.change.value_or(0)), money(t, p.price));
    }
    if (!p.threshold)
        return tulana::tr("%1 could not win on price alone: its technical score is %2 points "
                          "below %3's.")
            .arg(id, figure(p.technicalGap), bidId(t, r.winner));
    return tulana::tr("%1 would have won had its evaluated price been below %2, a cut of %3 from "
                      "its %4.")
        .arg(id, money(t, *p.threshold), changeText(p.change.value_or(0)), money(t, p.price));
}

QString rangeText(const sens::Range& range)
{
    return tulana::tr("%1 to %2").arg(figure(range.from), figure(range.to));
}

MemoTable criteriaTable(const sens::Report& r)
{
    MemoTable table;
    table.caption = tulana::tr("Criterion weights over which the award holds (points)");
    table.header = {tulana::tr("No."), tulana::tr("Criterion"), tulana::tr("Announced weight"),
                    tulana::tr("The award holds from … to")};
    table.align = {MemoAlign::Left, MemoAlign::Left, MemoAlign::Right, MemoAlign::Right};
    table.widths = {9, 51, 17, 23};
    const std::size_t shown = std::min(r.criteria.size(), kCriteriaShown);
    for (std::size_t i = 0; i < shown; ++i) {
        const sens::CriterionWeight& c = r.criteria[i];
        table.rows.push_back({c.id, c.name, figure(c.weight), rangeText(c.holds)});
    }
    QStringList notes{tulana::tr("Least slack first. While one weight moves, the others of its "
                                 "level are rescaled in proportion so that the total stays.")};
    if (r.criteria.size() > shown)
        notes << tulana::tr("Criteria and groups not listed, each with more slack: %1.")
                     .arg(r.criteria.size() - shown);
    table.note = notes.join(u' ');
    return table;
}

QString memberName(const Tender& t, int member)
{
    const Evaluator& e = t.evaluators[std::size_t(member)];
    return e.name.isEmpty() ? e.id : e.name;
}

QString membersParagraph(const Tender& t, const sens::Report& r,
                         const std::vector<sens::MemberLeftOut>& members)
{
    const QString winner = bidId(t, r.winner);
    QStringList changes;
    for (const sens::MemberLeftOut& m : members)
        if (m.winner != r.winner)
            changes << tulana::tr("without the marks of %1, %2")
                           .arg(memberName(t, m.member), winnerWords(t, m.winner));
    if (changes.isEmpty())
        return tulana::tr("Without any one member's marks the winner stays %1.").arg(winner);
    if (int(changes.size()) == int(members.size()))
        return tulana::tr("The award depends on every member's marks: %1.")
            .arg(changes.join(QStringLiteral("; ")));
    return tulana::tr("The award depends on some members' marks: %1. Without any other member's "
                      "marks the winner stays %2.")
        .arg(changes.join(QStringLiteral("; ")), winner);
}

// The bids that do not win, by rank, each with the price that would have
// made it win; a long list stops after the first few.
void otherPrices(SectionWriter& s, const Tender& t, const sens::Report& r)
{
    std::size_t listed = 0;
    std::size_t more = 0;
    for (const sens::PriceToWin& p : r.priceToWin) {
        if (p.bid == r.winner)
            continue;
        if (listed == kPricesShown) {
            ++more;
            continue;
        }
        if (listed++ == 0)
            s.paragraph(tulana::tr("Each other ranked bid, had its price alone been different:"));
        s.item(priceSentence(t, r, p));
    }
    if (more > 0)
        s.item(tulana::tr("Lower-ranked bids not listed: %1.").arg(more));
}

void decidedByRoundingParagraphs(SectionWriter& s, const Tender& t, const sens::Report& r)
{
    s.paragraph(
        tulana::tr("On the unrounded scores another bid ranks first: %1 wins because of the "
                   "announced rounding of the scores and the tie-break. The award "
                   "therefore holds over no range of the technical weight, of a "
                   "criterion's weight or of a price, however small.")
            .arg(bidId(t, r.winner)),
        MemoParagraph::Style::Strong);
}

} // namespace

void addRobustnessSection(MemoDocument& m, const Tender& t, const Evaluation& ev)
{
    SectionWriter s(addSection(m.sections, tulana::tr("Robustness of the award")));
    const sens::Report r = sens::analyseExact(t, ev);
    if (!r.available || r.winner < 0) {
        s.paragraph(tulana::tr("The robustness of the award is not analysed: %1")
                        .arg(r.why.isEmpty() ? tulana::tr("there is no award to test.") : r.why));
        return;
    }
    s.paragraph(tulana::tr("Would the award stand had a weight, a price or one member's marks been "
                           "different? The figures below are worked out exactly from the "
                           "evaluation; they test the award and do not change it."));
    if (r.decidedByRounding) {
        decidedByRoundingParagraphs(s, t, r);
    } else {
        s.paragraph(technicalWeightParagraph(t, r));
        for (const sens::PriceToWin& p : r.priceToWin)
            if (p.bid == r.winner)
                s.paragraph(priceSentence(t, r, p));
        otherPrices(s, t, r);
        if (!r.criteria.empty()) {
            s.paragraph(tulana::tr("The award holds for each criterion's weight within the "
                                   "ranges below."));
            s.table(criteriaTable(r));
        }
    }
    const std::vector<sens::MemberLeftOut> members =
        r.members.empty() ? sens::leaveOneMemberOut(t) : r.members;
    if (t.evaluators.size() > 1 && !members.empty())
        s.paragraph(membersParagraph(t, r, members));
    s.paragraph(tulana::tr("Every threshold is worked on the unrounded scores: at a threshold the "
                           "two bids tie, and within a few hundredths of a point of it the "
                           "announced rounding and tie-break decide. No financial proposal that "
                           "was not opened is used."),
                MemoParagraph::Style::Note);
}

} // namespace tulana::memo
