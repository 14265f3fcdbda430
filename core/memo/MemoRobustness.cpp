// "Robustness of the award" (docs/memo.md): whether the award would stand had
// the technical weight, a criterion's weight, a bid's price or one member's
// marks been different, in plain words an approver reads. Only the exact
// analyses (core/sensitivity) are used, never the simulation, so the section
// is the same every time the memo is made and verify-memo can make it again.
#include "MemoText.h"

#include "i18n/Translate.h"
#include "report/SensitivityReport.h"
#include "sensitivity/Sensitivity.h"

#include <algorithm>

namespace tulana::memo {
namespace {

namespace sens = sensitivity;

// At most this many criteria in the table: the ones with the least slack,
// which are the ones an approver needs to see.
constexpr std::size_t kCriteriaShown = 5;
// At most this many bids that do not win, by rank, with their price to win.
constexpr std::size_t kPricesShown = 4;

QString rangeText(const sens::Range& range)
{
    return tulana::tr("%1 to %2")
        .arg(sensitivity_words::number(range.from), sensitivity_words::number(range.to));
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
        table.rows.push_back(
            {c.id, c.name, sensitivity_words::number(c.weight), rangeText(c.holds)});
    }
    // Every other criterion is rescaled, not only those of the same group
    // (core/sensitivity): a group's weight moves all its criteria with it.
    QStringList notes{tulana::tr("Nearest first: the criteria whose announced weight is nearest, "
                                 "for its size, to an end of its range. While one weight moves, "
                                 "every other weight is rescaled in proportion so that together "
                                 "they still make %1 points.")
                          .arg(sensitivity_words::number(r.criteria.front().total))};
    if (r.criteria.size() > shown)
        notes << tulana::tr(
                     "Criteria and groups not listed, each further from an end of its range: %1.")
                     .arg(r.criteria.size() - shown);
    table.note = notes.join(u' ');
    return table;
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
        s.item(sensitivity_words::priceToWin(t, p, false));
    }
    if (more > 0)
        s.item(tulana::tr("Lower-ranked bids not listed: %1.").arg(more));
}

} // namespace

void addRobustnessSection(MemoDocument& m, const Tender& t, const Evaluation& ev)
{
    SectionWriter s(addSection(m.sections, tulana::tr("Robustness of the award")));
    const sens::Report r = sens::analyseExact(t, ev);
    if (!r.available || r.winner < 0) {
        s.paragraph(tulana::tr("The robustness of the award is not analysed: %1.").arg(r.why));
        return;
    }
    s.paragraph(tulana::tr("Would the award stand had a weight, a price or one member's marks been "
                           "different? The figures below are worked out exactly from the "
                           "evaluation; they test the award and do not change it. Prices are "
                           "evaluated prices, in %1.")
                    .arg(t.currency));
    s.paragraph(sensitivity_words::technicalWeight(t, r));
    if (r.decidedByRounding) {
        // Every range is empty at the announced point: stating one would
        // claim a margin the award does not have.
        s.paragraph(tulana::tr("The award therefore holds over no range of a weight or of a "
                               "price, and none is stated here."),
                    MemoParagraph::Style::Strong);
    } else {
        for (const sens::PriceToWin& p : r.priceToWin)
            if (p.bid == r.winner)
                s.paragraph(sensitivity_words::priceToWin(t, p, true));
        otherPrices(s, t, r);
        if (!r.criteria.empty()) {
            s.paragraph(tulana::tr("The award holds for each criterion's weight within the "
                                   "ranges below."));
            s.table(criteriaTable(r));
        }
    }
    s.paragraph(sensitivity_words::members(t, r));
    s.paragraph(tulana::tr("Every threshold is worked on the unrounded scores: at a threshold the "
                           "two bids tie, and within a few hundredths of a point of it the "
                           "announced rounding and tie-break decide. No financial proposal that "
                           "was not opened is used."),
                MemoParagraph::Style::Note);
}

} // namespace tulana::memo
