#pragma once

// Helpers shared by the parts of the memo builder. Internal to core/memo.

#include "memo/MemoDocument.h"
#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tulana::memo {

// A section being filled, numbering its paragraphs "3.1", "3.2"...
class SectionWriter
{
public:
    SectionWriter(MemoSection& section)
        : m_section(section)
    {}
    void paragraph(const QString& text, MemoParagraph::Style style = MemoParagraph::Style::Body);
    void unnumbered(const QString& text, MemoParagraph::Style style = MemoParagraph::Style::Body);
    // An item under the paragraph before it: "(a)", "(b)"...
    void item(const QString& text);
    void table(MemoTable table);
    void chart(MemoChart chart);

private:
    MemoSection& m_section;
    int m_next = 1;
    int m_nextItem = 0;
};

// A new section numbered after the ones before it: 1, 2, 3... or, in the
// annex, A, B, C...
MemoSection& addSection(std::vector<MemoSection>& sections, const QString& heading,
                        bool lettered = false);
QString printedDate(const QDate& date); // "20 March 2026"

QString score(double value, int decimals);
QString score(const std::optional<double>& value, int decimals);
QString money(const Tender& t, double amount); // "INR 1,72,28,000.00"
QString percent(double value);                 // "70%"
QString bidLabel(const Tender& t, int bid);    // "B2 (Vistaar Conversational AI ...)"
QString dash();                                // the sign for "no figure"
// "a combined score of 84.02", "an evaluated price of INR ..." (LCS).
QString methodScoreText(const Tender& t, const Evaluation& ev, const BidResult& r);

// The sections after the evaluation: openness, Table 3, recommendation,
// departure, basis (MemoConsiderations.cpp); the annex (MemoAnnex.cpp).
void addDecisionSections(MemoDocument& memo, const Tender& t, const Evaluation& ev);
void addAnnex(MemoDocument& memo, const Tender& t, const Evaluation& ev);
// The score charts as a section of `sections` (numbered, or lettered in an
// annex): the memo's annex and the evaluation sheet.
void addCharts(std::vector<MemoSection>& sections, const Tender& t, const Evaluation& ev,
               bool lettered);
// Each bid's openness assessment and the announced openness sub-criterion
// (MemoOpenness.cpp); nothing when no bid has a record and no scheme is on.
void addOpennessAssessments(SectionWriter& section, const Tender& t, const Evaluation& ev);
// The financial basis, quoted price beside lifecycle cost and the lock-in
// indicator (MemoLifecycle.cpp): a section when the tender scores lifecycle
// cost or a bid has cost lines; the cost lines as an annex section.
void addLifecycleSection(MemoDocument& memo, const Tender& t, const Evaluation& ev);
void addLifecycleAnnex(MemoDocument& memo, const Tender& t, const Evaluation& ev);

// "Robustness of the award" (MemoRobustness.cpp): the technical weights, prices,
// criterion weights and members' marks over which the award holds, from the
// exact analyses of core/sensitivity; one sentence when there is no award to
// test.
void addRobustnessSection(MemoDocument& memo, const Tender& t, const Evaluation& ev);

// "The evaluation committee" (MemoCommittee.cpp): members and how their marks
// reached the file, declared conflicts, the disagreement laid bare and what
// the committee did about it, moderations, and whether one member decides
// the award (core/committee/Disagreement.h).
void addCommitteeSection(MemoDocument& memo, const Tender& t, const Evaluation& ev);

// The eligibility criteria, each bid's outcome, designations with the
// preference rule, certifications (MemoEligibility.cpp); no section when the
// tender records none of these.
void addEligibilitySection(MemoDocument& memo, const Tender& t, const Evaluation& evaluation);

// "The evaluation as recorded" (MemoProcess.cpp): for a tender that records
// its process, the acts as logged, corrigenda and unlocks with their reasons,
// the opening threshold, each financial envelope, whether the record verifies
// and the log's checkpoint (also set in memo.checkpoint); otherwise one
// paragraph saying that the process was not recorded. `sourceFile` names the
// file in the command that checks it ("FILE" when empty).
void addProcessSection(MemoDocument& memo, const Tender& t, const QString& sourceFile);

} // namespace tulana::memo
