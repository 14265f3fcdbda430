// The memo's account of each bid's openness assessment and of the announced
// openness sub-criterion (docs/openness.md), under "Openness of the bids".
#include "MemoText.h"

#include "i18n/Translate.h"
#include "openness/OpennessPoints.h"

#include <algorithm>

namespace tulana::memo {
namespace {

QString schemeParagraph(const Tender& t)
{
    const openness::OpennessScheme& s = t.openness;
    if (s.isOn())
        return tulana::tr(
                   "The tender announced an openness sub-criterion of %1 marks of the 100-point "
                   "technical score, awarded %2. Each bid's openness marks are a line of its "
                   "technical score; their working is in the Annex.")
            .arg(QString::number(s.maxMarks), displayName(s.basis));
    if (s.basis != openness::OpennessBasis::Off)
        return tulana::tr(
                   "The tender file records an openness sub-criterion of %1 marks (%2), but it is "
                   "switched off: no openness marks enter the scores. The assessment below is "
                   "for information.")
            .arg(QString::number(s.maxMarks), displayName(s.basis));
    return tulana::tr("The tender announced no openness sub-criterion: the assessment below is for "
                      "information and does not enter the scores.");
}

QString flagsText(const openness::OpennessAssessment& a)
{
    if (a.flags.empty())
        return tulana::tr("none");
    QStringList titles;
    for (const openness::OpenwashingFlag& f : a.flags)
        titles << f.title;
    return titles.join(QStringLiteral("; "));
}

} // namespace

void addOpennessAssessments(SectionWriter& s, const Tender& t, const Evaluation& ev)
{
    const bool any = std::any_of(t.bids.begin(), t.bids.end(),
                                 [](const Bid& b) { return b.openness.has_value(); });
    if (!any && !t.openness.isOn())
        return;
    s.paragraph(
        tulana::tr("What each offered AI system releases, and under which terms, was recorded "
                   "component by component and assessed against the Model Openness Framework, "
                   "the OSI Open Source AI Definition 1.0 and signs of openwashing (an offer "
                   "presented as more open than it is)."));
    s.paragraph(schemeParagraph(t));
    MemoTable table;
    table.caption = tulana::tr("Openness assessment of the offered AI systems");
    table.header = {tulana::tr("Bid"), tulana::tr("Model Openness Framework"),
                    tulana::tr("OSI definition"), tulana::tr("Openwashing flags")};
    table.widths = {7, 25, 16, 52};
    const bool marks = t.openness.isOn();
    if (marks) {
        table.header << tulana::tr("Openness marks");
        table.widths = {7, 23, 14, 42, 14};
    }
    table.align = std::vector<MemoAlign>(std::size_t(table.header.size()), MemoAlign::Left);
    if (marks)
        table.align.back() = MemoAlign::Right;
    for (const BidResult& r : ev.results) {
        const Bid& b = t.bids[std::size_t(r.bid)];
        QStringList row{b.id};
        if (const auto& a = ev.facts[std::size_t(r.bid)].openness) {
            row << displayName(a->mof.mofClass) << displayName(a->osaid.status) << flagsText(*a);
        } else {
            row << tulana::tr("not recorded") << dash() << dash();
        }
        if (marks)
            row << (r.openness ? tulana::tr("%1 of %2")
                                     .arg(score(*r.openness, t.options.decimals),
                                          QString::number(t.openness.maxMarks))
                               : dash());
        table.rows.push_back(row);
    }
    table.note =
        tulana::tr("Sources: LF AI & Data Model Openness Framework (Model Openness Tool); OSI "
                   "Open Source AI Definition 1.0. Tulana's reading of the records, not a "
                   "certification.");
    s.table(std::move(table));
    s.paragraph(tulana::tr("Each offered system in brief:"));
    for (std::size_t i = 0; i < t.bids.size(); ++i) {
        const Bid& b = t.bids[i];
        if (!b.openness || !ev.facts[i].openness)
            continue;
        const openness::OpennessAssessment& a = *ev.facts[i].openness;
        QString source = displayName(b.openness->source);
        if (!b.openness->sourceFile.isEmpty())
            source += QStringLiteral(" (") + b.openness->sourceFile + u')';
        s.item(tulana::tr("%1: %2 %3 Recorded from: %4.")
                   .arg(b.id, b.openness->systemName.isEmpty() ? b.system : b.openness->systemName,
                        a.summary.join(u' '), source));
    }
}

} // namespace tulana::memo
