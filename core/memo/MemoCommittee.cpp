// "The evaluation committee" (docs/committee-statistics.md): who the members
// are, how their marks reached the file, the conflicts they declared, where
// they disagreed and what the committee did about it, the moderations with
// the original beside the moderated mark, and whether one member or the
// moderation decides the award. Derived from the tender alone, with no
// randomness, so that verify-memo can make it again.
#include "MemoText.h"

#include "committee/Disagreement.h"
#include "i18n/Translate.h"
#include "process/ProcessState.h"
#include "report/CommitteeWords.h"

#include <algorithm>

namespace tulana::memo {
namespace {

using committee::CommitteeAnalysis;

// At most this many notable or wide spreads in the table, widest first: a
// large tender would otherwise fill pages with them.
constexpr std::size_t kSpreadsShown = 12;

QString receivedText(const Tender& t, const committee::MemberSheet& s)
{
    if (!s.receiptLogged)
        return tulana::tr("Marks entered by the officer");
    return tulana::tr("%1 %2 UTC, received by %3")
        .arg(printedDate(s.received.toUTC().date()),
             s.received.toUTC().time().toString(QStringLiteral("HH:mm")),
             process::actorName(t, s.receivedBy));
}

MemoTable membersTable(const Tender& t, const CommitteeAnalysis& a)
{
    MemoTable table;
    table.caption = tulana::tr("Members of the evaluation committee");
    table.header = {tulana::tr("Member"), tulana::tr("Name"), tulana::tr("Designation"),
                    tulana::tr("Marks from")};
    table.align = {MemoAlign::Left, MemoAlign::Left, MemoAlign::Left, MemoAlign::Left};
    table.widths = {10, 25, 27, 38};
    for (const committee::MemberSheet& s : a.sheets) {
        const Evaluator& e = t.evaluators[std::size_t(s.member)];
        table.rows.push_back({e.id, e.name, e.designation.isEmpty() ? dash() : e.designation,
                              s.receiptLogged
                                  ? tulana::tr("Own signed sheet: %1").arg(receivedText(t, s))
                                  : receivedText(t, s)});
    }
    return table;
}

void conflicts(SectionWriter& s, const Tender& t)
{
    const QStringList lines = committee_words::conflicts(t);
    if (!lines.isEmpty()) {
        s.paragraph(tulana::tr("Conflicts of interest declared:"));
        for (const QString& line : lines)
            s.item(line);
    } else if (t.committee.declarations.empty()) {
        s.paragraph(tulana::tr("The file records no declarations of conflict of interest."));
    } else {
        s.paragraph(tulana::tr("Every member's declarations recorded are of no conflict of "
                               "interest with any bid."));
    }
}

QString moderationsOfCell(const Tender& t, const std::vector<LeafRef>& leaves,
                          const committee::CellSpread& c)
{
    const QString& bid = t.bids[std::size_t(c.bid)].id;
    const QString& criterion = leaves[std::size_t(c.leaf)].criterion->id;
    QStringList done;
    for (std::size_t e = 0; e < t.evaluators.size(); ++e)
        if (!t.committee.moderationsOf(bid, criterion, t.evaluators[e].id).empty())
            done << committee_words::memberName(t, int(e));
    if (done.isEmpty())
        return tulana::tr("Left as marked");
    return tulana::tr("Moderated: %1").arg(done.join(QStringLiteral(", ")));
}

void spreads(SectionWriter& s, const Tender& t, const CommitteeAnalysis& a)
{
    s.paragraph(committee_words::spreadSummary(a) + QLatin1Char(' ') +
                tulana::tr("The spread is the highest mark minus the lowest, as a share of the "
                           "criterion's maximum, over the members' own marks before any "
                           "moderation; the bands are those announced with the rules."));
    std::vector<committee::CellSpread> shown;
    for (const committee::CellSpread& c : a.spreads)
        if (c.band != committee::SpreadBand::BelowNotable)
            shown.push_back(c);
    if (shown.empty())
        return;
    std::stable_sort(shown.begin(), shown.end(),
                     [](const auto& x, const auto& y) { return x.spread > y.spread; });
    MemoTable table;
    table.caption = tulana::tr("Notable and wide spreads of the members' marks");
    table.header = {tulana::tr("Bid"),    tulana::tr("Criterion"), tulana::tr("Marks"),
                    tulana::tr("Spread"), tulana::tr("Band"),      tulana::tr("The committee")};
    table.align = {MemoAlign::Left,  MemoAlign::Left, MemoAlign::Right,
                   MemoAlign::Right, MemoAlign::Left, MemoAlign::Left};
    table.widths = {8, 30, 14, 10, 12, 26};
    const std::vector<LeafRef> leaves = leavesOf(t.criteria);
    for (std::size_t i = 0; i < shown.size() && i < kSpreadsShown; ++i) {
        const committee::CellSpread& c = shown[i];
        table.rows.push_back(
            {t.bids[std::size_t(c.bid)].id, committee_words::criterionName(leaves, c.leaf),
             tulana::tr("%1 to %2 of %3")
                 .arg(committee_words::number(c.lowest), committee_words::number(c.highest),
                      committee_words::number(leaves[std::size_t(c.leaf)].criterion->maxMarks)),
             committee_words::number(c.spread) + QLatin1Char('%'),
             committee_words::bandName(c.band), moderationsOfCell(t, leaves, c)});
        if (c.band == committee::SpreadBand::Wide)
            table.emphasised.push_back(int(i));
    }
    if (shown.size() > kSpreadsShown)
        table.note = tulana::tr("Widest first; %1 more notable spreads are not listed "
                                "(tulana-cli committee lists them all).")
                         .arg(shown.size() - kSpreadsShown);
    s.table(table);
}

void outliers(SectionWriter& s, const Tender& t, const CommitteeAnalysis& a)
{
    s.paragraph(committee_words::outlierSummary(a) + QLatin1Char(' ') +
                tulana::tr("Each mark is held against the other members' marks on the same bid "
                           "and criterion with the modified z-score of Iglewicz and Hoaglin "
                           "(1993): 0.6745 × (mark − their median) / their median absolute "
                           "deviation."));
    const std::vector<LeafRef> leaves = leavesOf(t.criteria);
    for (const committee::FlaggedMark& f : a.flagged)
        s.item(committee_words::flaggedMark(t, leaves, f) + QLatin1Char(' ') +
               committee_words::actionOn(t, leaves, f.bid, f.leaf, f.member));
}

// Every member's leaning in one table (one sentence each would repeat the
// same words member after member); the notable ones in bold.
void leniencies(SectionWriter& s, const Tender& t, const CommitteeAnalysis& a)
{
    MemoTable table;
    table.caption = tulana::tr("Each member's marks against the committee median");
    table.header = {tulana::tr("Member"), tulana::tr("Leaning"),
                    tulana::tr("Mean deviation (share of the maximum)"),
                    tulana::tr("Above / below / at the median"), tulana::tr("Sign test p")};
    table.align = {MemoAlign::Left, MemoAlign::Left, MemoAlign::Right, MemoAlign::Right,
                   MemoAlign::Right};
    table.widths = {30, 14, 20, 22, 14};
    for (const committee::MemberLeniency& m : a.leniencies) {
        const QString leaning = m.meanDeviation > 0   ? tulana::tr("lenient")
                                : m.meanDeviation < 0 ? tulana::tr("severe")
                                                      : tulana::tr("neither");
        if (m.notable())
            table.emphasised.push_back(int(table.rows.size()));
        table.rows.push_back({committee_words::memberName(t, m.member), leaning,
                              committee_words::number(100 * m.meanDeviation) + QLatin1Char('%'),
                              QStringLiteral("%1 / %2 / %3").arg(m.above).arg(m.below).arg(m.level),
                              committee_words::pValue(m.p)});
    }
    table.note = tulana::tr("The mean deviation is the member's mark minus the committee median, "
                            "as a share of each criterion's maximum, averaged over their marks. "
                            "The sign test's p is the chance that marks above and below the "
                            "median split at least this unevenly were the member neither lenient "
                            "nor severe; in bold, below 0.05: a notable leaning.");
    s.table(table);
}

void moderations(SectionWriter& s, const Tender& t, const CommitteeAnalysis& a)
{
    if (t.committee.moderations.empty()) {
        s.paragraph(committee_words::moderationChangedWinner(t, a));
        return;
    }
    MemoTable table;
    table.caption = tulana::tr("Marks moderated by the committee");
    table.header = {tulana::tr("Bid"),      tulana::tr("Criterion"), tulana::tr("Member"),
                    tulana::tr("Original"), tulana::tr("Moderated"), tulana::tr("Reason")};
    table.align = {MemoAlign::Left,  MemoAlign::Left,  MemoAlign::Left,
                   MemoAlign::Right, MemoAlign::Right, MemoAlign::Left};
    table.widths = {7, 23, 17, 12, 14, 27};
    const std::vector<LeafRef> leaves = leavesOf(t.criteria);
    for (const Moderation& m : t.committee.moderations) {
        const QString criterion = committee_words::criterionNamed(leaves, m.criterion);
        const QString member = committee_words::memberNamed(t, m.member);
        table.rows.push_back({m.bid, criterion, member, committee_words::number(m.original),
                              committee_words::number(m.moderated), m.reason});
    }
    table.note = tulana::tr("The original marks stay in the file; the annex shows them beside the "
                            "moderated marks.");
    s.table(table);
    s.paragraph(committee_words::moderationChangedWinner(t, a), MemoParagraph::Style::Strong);
}

} // namespace

void addCommitteeSection(MemoDocument& memo, const Tender& t, const Evaluation& ev)
{
    SectionWriter s(addSection(memo.sections, tulana::tr("The evaluation committee")));
    const CommitteeAnalysis a = committee::analyseCommittee(t, ev);
    s.table(membersTable(t, a));
    s.paragraph(committee_words::independence(t, a));
    conflicts(s, t);
    if (a.available) {
        spreads(s, t, a);
        outliers(s, t, a);
        leniencies(s, t, a);
        if (a.fewMembers)
            s.paragraph(committee_words::fewMembers(a), MemoParagraph::Style::Note);
    } else if (a.members >= 2) {
        s.paragraph(tulana::tr("No bid has two or more members' marks on any criterion: there is "
                               "no disagreement to measure."));
    }
    moderations(s, t, a);
    if (ev.evaluated)
        s.paragraph(committee_words::leaveOneOut(t, a), MemoParagraph::Style::Strong);
    s.paragraph(tulana::tr("How these figures are worked out, and what they cannot tell with few "
                           "members: docs/committee-statistics.md, supplied with Tulana."),
                MemoParagraph::Style::Note);
}

} // namespace tulana::memo
