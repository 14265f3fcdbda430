// The memo's sections after the evaluation: the openness of the bids, the
// Table 3 analysis, the recommendation, the departure and its justification,
// and the basis on which the note relies.
#include "MemoText.h"

#include "decision/Departure.h"
#include "decision/Recommendation.h"
#include "i18n/Translate.h"
#include "support/Money.h"

#include <cmath>

namespace tulana::memo {
namespace {

void opennessOfBids(MemoDocument& m, const Tender& t, const Evaluation& ev)
{
    SectionWriter s(addSection(m.sections, tulana::tr("Openness of the bids")));
    s.paragraph(
        tulana::tr("The nature of each AI system is recorded below as declared in the bid and "
                   "recorded by the committee. \u201cMixed\u201d systems combine open-source and "
                   "proprietary parts; only open-source bids count as open-source options in "
                   "this note."));
    MemoTable table;
    table.caption = tulana::tr("Openness of the bids as recorded");
    table.header = {tulana::tr("Bid"), tulana::tr("System offered"), tulana::tr("Nature"),
                    tulana::tr("Standing")};
    table.align = {MemoAlign::Left, MemoAlign::Left, MemoAlign::Left, MemoAlign::Left};
    table.widths = {7, 57, 14, 22};
    for (const BidResult& r : ev.results) {
        const Bid& b = t.bids[std::size_t(r.bid)];
        table.rows.push_back(
            {b.id, b.system.isEmpty() ? dash() : b.system, displayName(b.nature),
             r.standing == Standing::Qualified ? tulana::tr("qualified") : r.reason()});
    }
    s.table(std::move(table));
    addOpennessAssessments(s, t, ev);
}

void table3Analysis(MemoDocument& m, const Tender& t, const Recommendation& rec, const Departure& d)
{
    const Table3& table3Data = table3();
    SectionWriter s(
        addSection(m.sections, tulana::tr("Considerations for AI procurement (Table 3)")));
    s.paragraph(
        tulana::tr("The policy brief %1 proposes a decision matrix of considerations for "
                   "choosing between open-source and proprietary AI systems. It states:")
            .arg(QStringLiteral("\u201c") + table3Data.source.title + QStringLiteral("\u201d")));
    s.unnumbered(QStringLiteral("\u201c") + table3Data.decisionRule + QStringLiteral("\u201d"),
                 MemoParagraph::Style::Quote);
    s.paragraph(
        tulana::tr("For this tender the context was recorded against each consideration of "
                   "Table 3. Each answer gives the consideration a leaning, supported by the "
                   "text of Table 3 quoted beside it; the officer's reasoning is the "
                   "justification recorded with the decision."));
    MemoTable table;
    table.caption = tulana::tr("Table 3 analysis: context, leaning and reasoning");
    table.header = {tulana::tr("Consideration"), tulana::tr("Context of this tender"),
                    tulana::tr("Leaning"), tulana::tr("Table 3 text relied on"),
                    tulana::tr("Officer's reasoning")};
    table.align = std::vector<MemoAlign>(5, MemoAlign::Left);
    table.widths = {17, 25, 12, 24, 22};
    for (const ConsiderationAssessment& a : rec.considerations) {
        QString context = a.answered ? a.answer : tulana::tr("not answered");
        if (!a.note.isEmpty())
            context += QStringLiteral("\n\n") + a.note;
        const auto reason = t.decision.justification.reasons.find(a.consideration);
        const bool given =
            reason != t.decision.justification.reasons.end() && !reason->second.trimmed().isEmpty();
        // An empty cell must not read as an oversight or as agreement: say
        // whether the officer addressed a consideration that favours open
        // source while the choice departs from it.
        QString reasoning = given ? reason->second : dash();
        if (!given && a.answered && a.leaning == Leaning::FavoursOpen)
            reasoning = d.fromOpenSource
                            ? tulana::tr("Not addressed: the choice departs from the open-source "
                                         "option and the justification gives no reason here.")
                            : tulana::tr("No reason needed: the choice does not depart from the "
                                         "open-source option.");
        else if (!given && a.answered)
            reasoning = tulana::tr("No reasoning recorded.");
        table.rows.push_back({a.name, context, a.answered ? displayName(a.leaning) : dash(),
                              a.answered
                                  ? QStringLiteral("\u201c%1\u201d\n(%2)")
                                        .arg(a.support, cellReference(a.supportSide, a.supportPart))
                                  : dash(),
                              reasoning});
    }
    table.note = tulana::tr("Source: %1").arg(table3Data.source.citation());
    s.table(std::move(table));
}

void recommendation(MemoDocument& m, const Recommendation& rec)
{
    SectionWriter s(addSection(m.sections, tulana::tr("Recommendation")));
    s.paragraph(rec.headline, MemoParagraph::Style::Strong);
    for (const QString& reason : rec.reasons)
        s.paragraph(reason);
    s.paragraph(
        tulana::tr("Tulana's rule: the answered considerations are counted; if more favour open "
                   "source, open source is better suited; if more favour proprietary, "
                   "proprietary offers advantages; if they balance, the evaluation decides, and "
                   "where the evaluation is also level, openness is prioritised."),
        MemoParagraph::Style::Note);
}

MemoTable passedOverTable(const Tender& t, const Evaluation& ev, const Departure& d)
{
    const int dec = t.options.decimals;
    MemoTable table;
    table.caption = tulana::tr("Open-source bids passed over");
    table.header = {tulana::tr("Open-source bid"),
                    tulana::tr("Rank"),
                    tulana::tr("Gap in %1 (points)").arg(methodScoreName(ev.method)),
                    tulana::tr("Gap in technical score (points)"),
                    tulana::tr("Price difference (%1)").arg(t.currency),
                    tulana::tr("Price difference (%)")};
    table.align = {MemoAlign::Left,  MemoAlign::Centre, MemoAlign::Right,
                   MemoAlign::Right, MemoAlign::Right,  MemoAlign::Right};
    table.widths = {30, 8, 15, 15, 18, 14};
    const auto signedScore = [&](double v) -> QString {
        return (v > 0 ? QStringLiteral("+") : QString()) + score(v, dec);
    };
    for (const PassedOverBid& p : d.passedOver) {
        table.rows.push_back(
            {bidLabel(t, p.bid), p.rank > 0 ? QString::number(p.rank) : dash(),
             p.scoreGap ? signedScore(*p.scoreGap) : dash(), signedScore(p.technicalGap),
             p.priceGap ? (*p.priceGap > 0 ? QStringLiteral("+") : QString()) +
                              formatAmount(*p.priceGap, t.currency)
                        : dash(),
             p.priceGapPercent ? signedScore(std::round(*p.priceGapPercent * 100) / 100) : dash()});
    }
    table.note =
        tulana::tr("Differences are the selected bid's figure minus the open-source bid's: a "
                   "positive score gap means the selected bid scored higher, a positive price "
                   "difference that it costs more.");
    return table;
}

void departure(MemoDocument& m, const Tender& t, const Evaluation& ev, const Departure& d)
{
    const bool departs = d.fromOpenSource;
    SectionWriter s(
        addSection(m.sections, departs ? tulana::tr("Departure from the open-source option")
                                       : tulana::tr("Selection and the open-source option")));
    if (!d.selectedByOfficer)
        s.paragraph(
            tulana::tr("No bid has been selected yet: the evaluation's winner is treated as the "
                       "bid put forward."));
    for (const QString& line : describeDeparture(t, ev, d))
        s.paragraph(line, departs ? MemoParagraph::Style::Strong : MemoParagraph::Style::Body);
    if (departs)
        s.table(passedOverTable(t, ev, d));
    if (!d.any())
        return;

    const Justification& j = t.decision.justification;
    if (d.fromOpenSource) {
        s.paragraph(
            tulana::tr("Justification. The decision relies on the following considerations of "
                       "Table 3:"));
        for (const ConsiderationAssessment& a : assessContext(t.context)) {
            const auto it = j.reasons.find(a.consideration);
            if (it != j.reasons.end() && !it->second.trimmed().isEmpty())
                s.item(tulana::tr("%1 (%2): %3")
                           .arg(a.name,
                                a.answered ? displayName(a.leaning) : tulana::tr("not answered"),
                                it->second));
        }
        s.paragraph(tulana::tr("Overall statement: %1")
                        .arg(j.statement.isEmpty() ? tulana::tr("(not given)") : j.statement));
    }
    if (d.fromEvaluation)
        s.paragraph(tulana::tr("Reason for departing from the evaluation: %1")
                        .arg(j.evaluation.isEmpty() ? tulana::tr("(not given)") : j.evaluation));
}

void basis(MemoDocument& m, const Tender& t)
{
    const Table3& table3Data = table3();
    SectionWriter s(addSection(m.sections, tulana::tr("Basis")));
    if (!t.organisation.policy.isEmpty())
        s.paragraph(tulana::tr("This note is prepared under %1.").arg(t.organisation.policy));
    s.paragraph(tulana::tr("It follows the policy brief \u201c%1\u201d (%2), which recommends "
                           "accountability for the choice between open-source and proprietary AI "
                           "systems in public procurement:")
                    .arg(table3Data.source.title, table3Data.source.date));
    s.unnumbered(QStringLiteral("\u201c") + table3Data.accountability + QStringLiteral("\u201d"),
                 MemoParagraph::Style::Quote);
    s.paragraph(
        tulana::tr("The brief proposes that this mechanism be embedded through amendments to "
                   "the General Financial Rules, 2017. That is a recommendation: the General "
                   "Financial Rules, 2017 do not at present require it, and this note does not "
                   "rely on them for it."),
        MemoParagraph::Style::Note);
    s.unnumbered(tulana::tr("Source: %1").arg(table3Data.source.citation()),
                 MemoParagraph::Style::Note);
}

void decisionSought(MemoDocument& m, const Tender& t)
{
    SectionWriter s(addSection(m.sections, t.decision.finalised ? tulana::tr("Decision")
                                                                : tulana::tr("Decision sought")));
    const int selected = bidIndex(t, t.decision.selectedBid);
    if (selected < 0) {
        s.paragraph(
            tulana::tr("No bid has been selected yet. This draft is put up for consideration."));
        return;
    }
    const Bid& b = t.bids[std::size_t(selected)];
    if (t.decision.finalised)
        s.paragraph(
            tulana::tr("%1 (%2) is selected for the award of Tender No. %3. The decision was "
                       "finalised on %4.")
                .arg(b.id, b.bidder, t.reference, printedDate(t.decision.date)),
            MemoParagraph::Style::Strong);
    else
        s.paragraph(
            tulana::tr("Approval is sought for the selection of %1 (%2) for the award of Tender "
                       "No. %3, for the reasons recorded above.")
                .arg(b.id, b.bidder, t.reference),
            MemoParagraph::Style::Strong);
}

} // namespace

void addDecisionSections(MemoDocument& m, const Tender& t, const Evaluation& ev)
{
    const Recommendation rec = recommend(t, ev);
    const Departure d = detectDeparture(t, ev);
    opennessOfBids(m, t, ev);
    table3Analysis(m, t, rec, d);
    recommendation(m, rec);
    departure(m, t, ev, d);
    basis(m, t);
    decisionSought(m, t);
}

} // namespace tulana::memo
