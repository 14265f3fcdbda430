#include "help/WhatsThis.h"

#include "i18n/Translate.h"

#include <QWidget>

namespace tulana::help {

// clang-format off
const std::vector<WhatsThisEntry>& whatsThisEntries()
{
    static const std::vector<WhatsThisEntry> entries{
        // Tender page.
        {"methodCombo", QT_TRANSLATE_NOOP("tulana",
            "How the winner is chosen, as announced in the tender. QCBS combines the technical "
            "and the financial score by their weights; L1 takes the lowest evaluated price among "
            "technically qualified bids; QBS takes the highest technical score, and only the "
            "winner's financial proposal is opened; FBS takes the highest technical score among "
            "the bids whose evaluated price is within the budget.")},
        {"rulebookCombo", QT_TRANSLATE_NOOP("tulana",
            "The procurement rules the tender follows. Tulana checks the method, the weights, the "
            "minimum score and the options against the rulebook's limits and shows each limit, "
            "with its source, under the field it concerns. A limit breached as an error stops the "
            "evaluation.")},
        {"technicalWeight", QT_TRANSLATE_NOOP("tulana",
            "QCBS only: the share of the combined score that comes from the technical score "
            "(S = St × Tw + Sf × Fw). The financial weight is the rest of 100%. It is announced in "
            "the tender, before any bid is opened.")},
        {"financialWeightSpin", QT_TRANSLATE_NOOP("tulana",
            "QCBS only: the share of the combined score that comes from the financial score; "
            "always 100% less the technical weight.")},
        {"minimumTechnical", QT_TRANSLATE_NOOP("tulana",
            "A bid whose technical score (out of 100) is below this minimum is not qualified: it "
            "is not ranked and its financial proposal is not opened (two-envelope rule). A score "
            "exactly at the minimum qualifies.")},
        {"budgetEdit", QT_TRANSLATE_NOOP("tulana",
            "FBS only: the fixed budget. A bid whose evaluated price is above it is not "
            "considered; the highest technical score among the others wins.")},
        {"technicalBasisCombo", QT_TRANSLATE_NOOP("tulana",
            "QCBS: the technical score that enters the combined score. \"As marked\" uses T; "
            "\"normalised\" uses Tn = 100 × T / Tmax, which gives the best technical bid 100. "
            "Whether a bid qualifies is always judged on T.")},
        {"priceFormulaCombo", QT_TRANSLATE_NOOP("tulana",
            "QCBS: how the financial score Sf follows from the evaluated price F. The usual "
            "formula is Sf = 100 × Fm / F, Fm being the lowest evaluated price among qualified "
            "bids; the linear scale gives 100 to the lowest price and 0 to the highest.")},
        {"decimalsSpin", QT_TRANSLATE_NOOP("tulana",
            "How many decimals each score keeps. Scores are rounded half away from zero, and ties "
            "are judged on the rounded scores.")},
        {"roundingCombo", QT_TRANSLATE_NOOP("tulana",
            "Round each score as it is computed (the technical, financial and combined scores, "
            "later steps using the rounded values, as when working by hand), or keep full "
            "precision and round only the combined score.")},
        {"tieBreakCombo", QT_TRANSLATE_NOOP("tulana",
            "What decides between bids with the same score: the higher technical score first, or "
            "the lower evaluated price first. When the rule cannot separate the top bids either, "
            "there is no award and the committee decides as the tender provides.")},
        {"pricesIncludeTaxCheck", QT_TRANSLATE_NOOP("tulana",
            "On: the evaluated price is the quoted price plus taxes (GST), the ultimate cost to "
            "the buyer. Off: the quoted price alone. Cost lines on the Costs page are on the same "
            "basis.")},
        {"evaluatorsTable", QT_TRANSLATE_NOOP("tulana",
            "The members of the evaluation committee. Each member marks every bid on the Marks "
            "page; the evaluation uses the committee's average.")},
        // Criteria page.
        {"criteriaTree", QT_TRANSLATE_NOOP("tulana",
            "The technical criteria, with weights in points of 100. The top-level weights add up "
            "to 100 (less the openness marks when the tender announces them); the criteria of a "
            "group share the group's weight. A criterion gives weight × average marks / maximum "
            "marks.")},
        {"criterionWeight", QT_TRANSLATE_NOOP("tulana",
            "The points this criterion or group is worth in the 100-point technical score.")},
        {"criterionMaxMarksSpin", QT_TRANSLATE_NOOP("tulana",
            "The highest mark an evaluator can give on this criterion, for example 10. The "
            "committee's average is scaled to the weight: weight × average / maximum.")},
        {"criterionHasMinimumCheck", QT_TRANSLATE_NOOP("tulana",
            "A minimum mark for this criterion: a bid whose committee average is below it is "
            "disqualified, whatever its technical score.")},
        // Bids page.
        {"bidsTable", QT_TRANSLATE_NOOP("tulana",
            "One row per bid received. The nature (open source, proprietary or mixed) decides "
            "which bids are open-source options on the Decision page. The price is the quoted "
            "price without taxes, the tax the taxes on it. A non-responsive or withdrawn bid needs "
            "a reason and is not scored. A price stays sealed in the evaluation until its bid is "
            "technically qualified (two-envelope rule).")},
        // Eligibility page.
        {"eligibilityCriteriaTable", QT_TRANSLATE_NOOP("tulana",
            "Pass/fail criteria announced in the tender, checked before technical scoring. "
            "\"Pilot accepted\" and \"Audit accepted\" let a pilot deployment or a third-party "
            "audit stand in for the requirement; only what the tender announces counts.")},
        {"eligibilityResponsesTable", QT_TRANSLATE_NOOP("tulana",
            "The committee's finding on each eligibility criterion for the bid chosen above: met "
            "or not, how, and the evidence seen. A bid that fails a criterion is not scored; a bid "
            "with a criterion not yet assessed cannot be scored yet.")},
        {"eligibilityDesignation", QT_TRANSLATE_NOOP("tulana",
            "The bidder's declared designation (micro or small enterprise, start-up...), recorded "
            "for the file. It changes no score: Tulana applies no preference.")},
        // Costs page.
        {"costsBasis", QT_TRANSLATE_NOOP("tulana",
            "The price the financial score is computed on: the quoted price (with or without "
            "taxes, as the Tender page says), or each bid's lifecycle cost, the net present value "
            "of its cost lines over the horizon. Announced in the tender.")},
        {"costsHorizon", QT_TRANSLATE_NOOP("tulana",
            "The years after year 0 (signature or go-live) that the lifecycle cost covers. A "
            "recurring cost falls in each year from 1 to the horizon, an exit cost in the last "
            "year.")},
        {"costsDiscountRate", QT_TRANSLATE_NOOP("tulana",
            "The rate r, in percent a year, at which later costs are discounted: a cost in year t "
            "counts as cost / (1 + r/100)^t. Year 0 is not discounted.")},
        {"costsBidLockIn", QT_TRANSLATE_NOOP("tulana",
            "The lock-in indicator, an indication and not a score: medium or high when exit costs "
            "(from 10% and 25%) or recurring costs (from 50% and 75%) are a large share of the "
            "net present value. It bears on Table 3's maintenance requirements and resource "
            "constraints.")},
        {"costsComparison", QT_TRANSLATE_NOOP("tulana",
            "The bids' cost lines side by side, with the quoted price, the lifecycle cost and its "
            "net present value. A bid whose financial proposal is not opened shows \"not opened\" "
            "instead of its figures (two-envelope rule).")},
        // Marks page.
        {"evaluatorCombo", QT_TRANSLATE_NOOP("tulana",
            "Whose marks the sheet shows: a member of the committee, to enter that member's "
            "marks, or the committee's average, which the evaluation uses.")},
        {"marksTable", QT_TRANSLATE_NOOP("tulana",
            "One row per bid, one column per marked criterion, with its maximum in the heading. "
            "Type a mark to enter it; an empty cell is not marked yet, and a bid with a mark "
            "missing cannot be scored yet.")},
        // Evaluation page.
        {"rankingTable", QT_TRANSLATE_NOOP("tulana",
            "The bids in rank order with their scores, evaluated price and standing. Select a "
            "number to see how it was worked out. An empty price means the bid's financial "
            "proposal is not opened, as the bid is not technically qualified (two-envelope rule). "
            "A rank marked * was decided by the tie-break rule.")},
        {"derivationText", QT_TRANSLATE_NOOP("tulana",
            "How the selected number was worked out: the formula, the working with the numbers, "
            "each input with its place in the tender, and the rounding.")},
        {"derivationWarning", QT_TRANSLATE_NOOP("tulana",
            "Warnings about the award. A rank reversal: withdrawing a losing bid, or admitting one "
            "that was set aside, would change which of the others wins. For a bid set aside the "
            "warning gives the price at which it would matter, without opening its price. Notes "
            "on a tie-break or on no award appear here too.")},
        {"scoreBarChart", QT_TRANSLATE_NOOP("tulana",
            "The ranked bids, best at the top. Under QCBS each bar is the technical contribution "
            "(St × Tw) followed by the financial one (Sf × Fw), ending at the combined score.")},
        {"priceScatterChart", QT_TRANSLATE_NOOP("tulana",
            "Technical score against evaluated price, one point per bid whose financial proposal "
            "is opened, with a line at the minimum technical score. Bids whose prices stay sealed "
            "are only counted in the note under the chart.")},
        // Openness page.
        {"opennessOn", QT_TRANSLATE_NOOP("tulana",
            "Whether openness marks are part of the technical score, as a sub-criterion announced "
            "in the tender. Switching them on scales the criteria's weights down to make room for "
            "them.")},
        {"opennessBasis", QT_TRANSLATE_NOOP("tulana",
            "How openness marks are awarded: by the Model Openness Framework class the system "
            "reaches, by the outcomes of openness its release enables (Table 1 of the brief), or "
            "by a points table of the components released under open licences.")},
        {"opennessMaxMarks", QT_TRANSLATE_NOOP("tulana",
            "The most openness marks a bid can get, out of the 100 technical points; the criteria "
            "share the rest.")},
        {"opennessClaim", QT_TRANSLATE_NOOP("tulana",
            "What the bid calls its system. A system called \"open source\" or \"open\" whose "
            "weights are under a restrictive or unknown licence is flagged as possible "
            "openwashing.")},
        {"opennessComponents", QT_TRANSLATE_NOOP("tulana",
            "What the bidder releases of each component of the system (code, weights, data, "
            "documents) and under which licence. The class, the check against the OSI Open Source "
            "AI Definition and the flags follow from this table.")},
        {"opennessComparison", QT_TRANSLATE_NOOP("tulana",
            "The bids' openness side by side: the Model Openness Framework class, the OSI Open "
            "Source AI Definition check, the openwashing flags and, when announced, the openness "
            "marks.")},
        // Considerations page.
        {"purposeEdit", QT_TRANSLATE_NOOP("tulana",
            "What the system is for, in a sentence. The brief asks that the choice follow the "
            "defined purpose and the total cost of ownership.")},
        {"considerationsTable", QT_TRANSLATE_NOOP("tulana",
            "The six considerations of Table 3. The answer to each context question gives a "
            "leaning (open source, proprietary or neutral); the passage of Table 3 that supports "
            "it is in bold. The recommendation counts the leanings.")},
        {"recommendationHeadline", QT_TRANSLATE_NOOP("tulana",
            "The bid that the brief's rule recommends, from the leanings and the evaluation. "
            "Another bid may be selected on the Decision page, with a justification.")},
        // Decision page.
        {"selectedBidCombo", QT_TRANSLATE_NOOP("tulana",
            "The bid selected. Until one is chosen, the evaluation's winner stands for it. "
            "Selecting a bid that is not open source while a qualified open-source bid exists is "
            "a departure, which must be justified.")},
        {"departureText", QT_TRANSLATE_NOOP("tulana",
            "What the selection departs from: the open-source option (a qualified open-source bid "
            "passed over, listed with the score and price gaps), the evaluation (a bid other than "
            "its winner), or nothing.")},
        {"finaliseButton", QT_TRANSLATE_NOOP("tulana",
            "Checks the decision and records it as final; refused, with what is missing, while a "
            "departure lacks its justification. An edit that changes a score, a context answer or "
            "the decision afterwards withdraws the finalisation, and the memo becomes a draft "
            "again.")},
        {"reopenButton", QT_TRANSLATE_NOOP("tulana",
            "Withdraws the finalisation so that the decision can be changed; it must then be "
            "finalised again.")},
        {"evaluationReasonEdit", QT_TRANSLATE_NOOP("tulana",
            "Why the evaluation's winner is not selected. Required when the selected bid is not "
            "the winner.")},
        {"statementEdit", QT_TRANSLATE_NOOP("tulana",
            "Why this bid, and how the concerns that favour open source are met. Required when "
            "the selection departs from the open-source option; at least 20 characters.")},
    };
    return entries;
}
// clang-format on

int applyWhatsThis(QWidget* window)
{
    int missing = 0;
    for (const WhatsThisEntry& entry : whatsThisEntries()) {
        auto* widget = window->findChild<QWidget*>(QLatin1String(entry.objectName));
        if (widget)
            widget->setWhatsThis(tulana::tr(entry.text));
        else
            ++missing;
    }
    return missing;
}

} // namespace tulana::help
