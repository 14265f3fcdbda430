// The memo as a document model, and its HTML and Markdown renderings: every
// required section, the right figures, the departure and its justification
// or the statement that the open option was selected, the sign-off, the
// fingerprint, and no claim that the GFR require what the brief recommends;
// the recorded process as logged, or the plain statement that it was not.
// The robustness section: tst_memorobustness.
#include "MemoTestSupport.h"
#include "RecordedTender.h"
#include "considerations/Table3.h"
#include "decision/Recommendation.h"
#include "i18n/Language.h"
#include "i18n/Translate.h"
#include "io/TenderFile.h"
#include "memo/Fingerprint.h"
#include "memo/MemoBuilder.h"
#include "memo/MemoRender.h"
#include "process/LogChain.h"
#include "process/ProcessVerify.h"
#include "scoring/Evaluator.h"

#include <QTest>

#include <optional>

using namespace tulana;

using namespace memotest;

class TestMemoBuilder : public QObject
{
    Q_OBJECT

private slots:
    void theChatbotMemoHasEveryRequiredSection_data();
    void theChatbotMemoHasEveryRequiredSection();
    void theChatbotMemoCarriesTheRightFigures_data();
    void theChatbotMemoCarriesTheRightFigures();
    void theTitleBlockIsAnOfficeNotes();
    void theSignOffNamesThePeopleOfTheTender();
    void theDepartureIsStatedWithItsJustification();
    void anOpenWinnerIsStatedAsTheOpenOptionSelected();
    void theReasoningColumnSaysWhetherAnOpenLeaningWasAddressed();
    void theMemoNeverClaimsTheGfrRequireIt();
    void aDecisionNotFinalisedIsADraft();
    void theFingerprintIsTheEvaluations();
    void aDepartureWithoutJustificationRefusesTheMemo();
    void theEvaluationSheetIsTheRankingAndChartsAtAnyTime();
    void everySampleGivesAMemo_data();
    void everySampleGivesAMemo();
    void htmlIsAStandalonePageWithTheFingerprint();
    void markdownHasTheSectionsAndTables();
    void aRecordedProcessIsShownAsLogged_data();
    void aRecordedProcessIsShownAsLogged();
    void theCheckpointIsTheLogsHead();
    void aTenderWithoutARecordSaysSoPlainly();
    void anAlteredRecordIsNeverCalledIntact_data();
    void anAlteredRecordIsNeverCalledIntact();
    void theCheckpointIsInHtmlAndMarkdown();
    void theQrSvgIsOneSquareADarkModule();
};

void TestMemoBuilder::theChatbotMemoHasEveryRequiredSection_data()
{
    QTest::addColumn<QString>("heading");
    for (const char* h :
         {"1. The tender in brief", "2. Method of evaluation and weights",
          "3. Result of the evaluation", "4. The evaluation committee",
          "5. The evaluation as recorded", "6. Robustness of the award", "7. Openness of the bids",
          "8. Considerations for AI procurement (Table 3)", "9. Recommendation",
          "10. Departure from the open-source option", "11. Basis", "12. Decision",
          "A. Derivation of the scores", "B. Charts", "C. Table 3 of the policy brief, as printed"})
        QTest::newRow(h) << QString::fromUtf8(h);
}

void TestMemoBuilder::theChatbotMemoHasEveryRequiredSection()
{
    QFETCH(QString, heading);
    const QString text = plainText(memoOf(sample("citizen-services-chatbot")));
    QVERIFY2(text.contains(u'\n' + heading + u'\n'), qPrintable(heading));
}

void TestMemoBuilder::theChatbotMemoCarriesTheRightFigures_data()
{
    QTest::addColumn<QString>("figure");
    const auto row = [](const char* name, const char* figure) {
        QTest::newRow(name) << QString::fromUtf8(figure);
    };
    row("the winner's combined score", "1 | B2 | Vistaar Conversational AI Solutions Pvt Ltd | "
                                       "Proprietary | 85.25 | 1,72,28,000.00 | 81.16 | 84.02");
    row("the open bid's row", "2 | B1 | Sahyadri Language Technologies Pvt Ltd | Open source | "
                              "76.08 | 1,39,83,000.00 | 100.00 | 83.26");
    row("the unranked bid and its reason", "B4: not ranked, technical score 58.58 is below the "
                                           "minimum of 70.");
    row("the lowest price", "(Fm) is INR 1,39,83,000.00");
    row("the weights", "technical 70% : financial 30%");
    row("the passed-over open bid with the gaps",
        "B1 (Sahyadri Language Technologies Pvt Ltd) | 2 | +0.76 | +9.17 | +32,45,000.00 | +23.21");
    row("a criterion weight", "T1.1 | \u00a0\u00a0\u00a0\u00a0Language coverage and answer "
                              "quality | 15 | 20 | 10");
    row("a derivation", "Sf = 100 × Fm / F");
    row("the chart of combined scores", "B2 84.02\nB1 83.26\nB3 79.29\nB5 78.72");
}

void TestMemoBuilder::theChatbotMemoCarriesTheRightFigures()
{
    QFETCH(QString, figure);
    const QString text = plainText(memoOf(sample("citizen-services-chatbot")));
    QVERIFY2(text.contains(figure), qPrintable(figure));
}

void TestMemoBuilder::theTitleBlockIsAnOfficeNotes()
{
    const MemoDocument m = memoOf(sample("citizen-services-chatbot"));
    QCOMPARE(m.organisation, QStringLiteral("Department of Information Technology & e-Governance"));
    QCOMPARE(m.fileLine, QStringLiteral("File No. DITeG-11011/14/2026-eGov"));
    QCOMPARE(m.dateLine, QStringLiteral("Dated: 20 March 2026"));
    QCOMPARE(m.documentTitle, QStringLiteral("OFFICE NOTE"));
    QVERIFY(m.subject.startsWith(QStringLiteral("Selection of an agency")));
    QCOMPARE(m.reference, QStringLiteral("Tender No. DITeG/eGov/AI/2026/014"));
    QCOMPARE(m.pageLabel.arg(2).arg(9), QStringLiteral("Page 2 of 9"));

    // Without an organisation section: the procuring entity and the tender reference.
    Tender bare = sample("citizen-services-chatbot");
    bare.organisation = {};
    const MemoDocument b = memoOf(bare);
    QCOMPARE(b.organisation, bare.procuringEntity);
    QCOMPARE(b.fileLine, QStringLiteral("File No. DITeG/eGov/AI/2026/014"));
    for (const MemoSignatory& s : b.signOff)
        QCOMPARE(s.name, QStringLiteral("(name)"));
}

void TestMemoBuilder::theSignOffNamesThePeopleOfTheTender()
{
    const MemoDocument m = memoOf(sample("citizen-services-chatbot"));
    QCOMPARE(m.signOff.size(), std::size_t(3));
    QCOMPARE(m.signOff[0].role, QStringLiteral("Prepared by"));
    QCOMPARE(m.signOff[0].name, QStringLiteral("Shri Nikhil Naik"));
    QCOMPARE(m.signOff[1].role, QStringLiteral("Reviewed by"));
    QCOMPARE(m.signOff[1].designation, QStringLiteral("Director (IT & e-Governance)"));
    QCOMPARE(m.signOff[2].role, QStringLiteral("Approved by"));
    QCOMPARE(m.signOff[2].name, QStringLiteral("Shri Vivek Kamat"));
}

void TestMemoBuilder::theDepartureIsStatedWithItsJustification()
{
    const Tender t = sample("citizen-services-chatbot");
    const QString text = plainText(memoOf(t));
    QVERIFY(text.contains(QStringLiteral("is selected although the open-source bid B1")));
    for (const auto& [id, reason] : t.decision.justification.reasons)
        QVERIFY2(text.contains(reason), qPrintable(id));
    QVERIFY(
        text.contains(QStringLiteral("Overall statement: ") + t.decision.justification.statement));
    // The Table 3 analysis: context → leaning → Table 3 text → reasoning.
    QVERIFY(text.contains(QStringLiteral(
        "Time to deploy | Urgent: a turnkey system is needed at short notice\n\nThe service "
        "must be live")));
    QVERIFY(text.contains(QStringLiteral("| favours proprietary | \u201cBest for urgent, turnkey "
                                         "deployment needs.\u201d\n(Table 3, proprietary AI "
                                         "systems) | B2's platform runs in production")));
    QVERIFY(text.contains(table3().source.citation()));
    QVERIFY(text.contains(QStringLiteral("\u201c") + table3().decisionRule + u'\u201d'));
}

// The Table 3 table's last column never leaves a consideration that favours
// open source blank: either the officer's reason, or that it was not
// addressed (a departure) or needed none (no departure).
void TestMemoBuilder::theReasoningColumnSaysWhetherAnOpenLeaningWasAddressed()
{
    Tender departs = sample("citizen-services-chatbot");
    const Recommendation rec = recommend(departs, evaluate(departs));
    // The sample's officer relies on considerations that favour proprietary
    // systems and gives no reason on those that favour open source: each of
    // these says so; a reason given takes its line away.
    QStringList unaddressed;
    for (const ConsiderationAssessment& a : rec.considerations)
        if (a.answered && a.leaning == Leaning::FavoursOpen &&
            !departs.decision.justification.reasons.count(a.consideration))
            unaddressed << a.consideration;
    QVERIFY2(!unaddressed.isEmpty(), "the sample leaves an open-source leaning unaddressed");
    const QString notAddressed = QStringLiteral("Not addressed: the choice departs");
    QCOMPARE(plainText(memoOf(departs)).count(notAddressed), unaddressed.size());
    const QString reason = QStringLiteral("The vendor's Indian data centre keeps the logs here.");
    departs.decision.justification.reasons[unaddressed.first()] = reason;
    const QString withReason = plainText(memoOf(departs));
    QCOMPARE(withReason.count(notAddressed), unaddressed.size() - 1);
    QVERIFY(withReason.contains(reason));

    Tender stays = sample("citizen-services-chatbot");
    stays.decision.selectedBid = QStringLiteral("B1"); // the open-source bid
    stays.decision.justification.reasons.clear();
    const QString text = plainText(memoOf(stays));
    QVERIFY(!text.contains(notAddressed));
    QVERIFY(text.contains(QStringLiteral("No reason needed: the choice does not depart")));
}

void TestMemoBuilder::anOpenWinnerIsStatedAsTheOpenOptionSelected()
{
    const QString text = plainText(memoOf(sample("land-records-ocr")));
    QVERIFY(text.contains(QStringLiteral("10. Selection and the open-source option")));
    QVERIFY(text.contains(QStringLiteral("is open source: the open-source option is recommended")));
    QVERIFY(!text.contains(QStringLiteral("Departure from the open-source option")));
    QVERIFY(!text.contains(QStringLiteral("Overall statement")));
}

void TestMemoBuilder::theMemoNeverClaimsTheGfrRequireIt()
{
    const QString text = plainText(memoOf(sample("citizen-services-chatbot")));
    QVERIFY(text.contains(QStringLiteral("General Financial Rules, 2017 do not at present "
                                         "require it")));
    QVERIFY(text.contains(QStringLiteral("That is a recommendation")));
    for (const char* claim :
         {"GFR requires", "required by the General Financial Rules", "under Rule", "mandated by"})
        QVERIFY2(!text.contains(QLatin1String(claim)), claim);
    QVERIFY(text.contains(QStringLiteral("This note is prepared under the Department's policy")));
    // Nor that the members marked independently, which a file typed by one
    // person cannot show; it says that it does not show it.
    QVERIFY(!text.contains(QStringLiteral("marked each criterion independently")));
    QVERIFY(
        text.contains(QStringLiteral("does not show whether the members marked independently")));
}

void TestMemoBuilder::aDecisionNotFinalisedIsADraft()
{
    Tender t = sample("citizen-services-chatbot");
    QVERIFY(!memoOf(t).draft);
    t.decision.finalised = false;
    const MemoDocument m = memoOf(t);
    QVERIFY(m.draft);
    QCOMPARE(m.signOffHeading, QStringLiteral("Submitted for approval"));
    QVERIFY(plainText(m).contains(QStringLiteral("12. Decision sought")));
    QVERIFY(memoToHtml(m).contains(m.draftMark.toHtmlEscaped()));
}

void TestMemoBuilder::theFingerprintIsTheEvaluations()
{
    const Tender t = sample("citizen-services-chatbot");
    const MemoDocument m = memoOf(t);
    QCOMPARE(m.fingerprint, evaluationFingerprint(t));
    QCOMPARE(findFingerprint(m.fingerprintLine), m.fingerprint);
    QVERIFY(m.generatedBy.contains(QStringLiteral("verify-memo tender.tulana")));
}

void TestMemoBuilder::aDepartureWithoutJustificationRefusesTheMemo()
{
    Tender t = sample("citizen-services-chatbot");
    QVERIFY(!hasErrors(memoProblems(t, evaluate(t))));
    t.decision = {};
    const Problems problems = memoProblems(t, evaluate(t));
    QVERIFY(hasErrors(problems));
    QStringList where;
    for (const Problem& p : problems)
        where << p.where;
    QVERIFY2(where.contains(QStringLiteral("decision.justification.reasons")),
             qPrintable(where.join(u' ')));
    QVERIFY2(where.contains(QStringLiteral("decision.justification.statement")),
             qPrintable(where.join(u' ')));
}

// "Print Evaluation…": the ranking, scores and charts, even while the memo
// is refused, without a decision's sections or sign-off.
void TestMemoBuilder::theEvaluationSheetIsTheRankingAndChartsAtAnyTime()
{
    Tender t = sample("citizen-services-chatbot");
    t.decision = {};
    const Evaluation ev = evaluate(t);
    QVERIFY(hasErrors(memoProblems(t, ev)));
    MemoOptions options;
    options.date = QDate(2026, 3, 20);
    const MemoDocument sheet = buildEvaluationSheet(t, ev, options);
    QCOMPARE(sheet.documentTitle, QStringLiteral("EVALUATION SHEET"));
    QVERIFY(!sheet.draft);
    QVERIFY(sheet.signOff.empty());
    QVERIFY(sheet.annex.empty());
    QStringList headings;
    for (const MemoSection& s : sheet.sections)
        headings << s.heading;
    QCOMPARE(headings,
             (QStringList{QStringLiteral("Method of evaluation and weights"),
                          QStringLiteral("Result of the evaluation"), QStringLiteral("Charts")}));
    const QString text = plainText(sheet);
    QVERIFY(text.contains(QStringLiteral("ranks first with a combined score of 84.02")));
    QVERIFY(text.contains(QStringLiteral("Combined score of the qualified bids, in rank order")));
    QVERIFY(text.contains(QStringLiteral("not the decision memo")));
    QCOMPARE(sheet.fingerprint, evaluationFingerprint(t));
    // Sealed stays sealed: B4's envelope is unopened on this sample.
    QVERIFY(text.contains(QStringLiteral("not opened")));
}

void TestMemoBuilder::everySampleGivesAMemo_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("winnerLine");
    QTest::newRow("chatbot") << QStringLiteral("citizen-services-chatbot")
                             << QStringLiteral("ranks first with a combined score of 84.02");
    QTest::newRow("land records") << QStringLiteral("land-records-ocr")
                                  << QStringLiteral("ranks first with a combined score of 87.26");
    QTest::newRow("crop advisory") << QStringLiteral("crop-advisory")
                                   << QStringLiteral("ranks first with a combined score of 95.09");
}

void TestMemoBuilder::everySampleGivesAMemo()
{
    QFETCH(QString, name);
    QFETCH(QString, winnerLine);
    const MemoDocument m = memoOf(sample(name.toUtf8().constData()));
    QCOMPARE(m.sections.size(), std::size_t(12));
    QCOMPARE(m.annex.size(), std::size_t(3));
    QVERIFY2(plainText(m).contains(winnerLine), qPrintable(winnerLine));
}

void TestMemoBuilder::htmlIsAStandalonePageWithTheFingerprint()
{
    const MemoDocument m = memoOf(sample("citizen-services-chatbot"));
    const QString html = memoToHtml(m);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta name=\"tulana-fingerprint\" content=\"sha256:") +
                          m.fingerprint));
    QCOMPARE(findFingerprint(html), m.fingerprint);
    QVERIFY(html.contains(QStringLiteral("@page { size: A4")));
    QVERIFY(html.contains(QStringLiteral("<thead>")));
    QVERIFY(html.contains(QStringLiteral("<svg ")));
    QVERIFY(html.contains(QStringLiteral("<h2>9.&emsp;Recommendation</h2>")));
    QVERIFY(
        html.contains(QStringLiteral("Department of Information Technology &amp; e-Governance")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
}

void TestMemoBuilder::markdownHasTheSectionsAndTables()
{
    const MemoDocument m = memoOf(sample("citizen-services-chatbot"));
    const QString md = memoToMarkdown(m);
    QVERIFY(md.contains(QStringLiteral("## OFFICE NOTE")));
    QVERIFY(md.contains(QStringLiteral("### 10. Departure from the open-source option")));
    QVERIFY(md.contains(QStringLiteral("| Rank | Bid | Bidder |")));
    QVERIFY(md.contains(QStringLiteral("| :---: | --- | --- | --- | ---: | ---: | ---: | ---: |")));
    QVERIFY(md.contains(QStringLiteral("| **1** | **B2** |")));
    QCOMPARE(findFingerprint(md), m.fingerprint);
    // A bar in a cell would break the table.
    QVERIFY(!md.contains(QStringLiteral("||")));
}

// The stages with dates and actors, every corrigendum and unlock with its
// reason, the threshold, each envelope opened or returned unopened.
void TestMemoBuilder::aRecordedProcessIsShownAsLogged_data()
{
    QTest::addColumn<QString>("line");
    const auto row = [](const char* name, const QString& line) { QTest::newRow(name) << line; };
    row("the heading after the committee", QStringLiteral("\n5. The evaluation as recorded\n"));
    row("the stage reached", QStringLiteral("Stage reached when this memo was made: Decision "
                                            "finalised."));
    row("the announcement, by the officer",
        QStringLiteral("\n1 | 2 March 2026, 10:00 UTC | Rules announced | The officer\n"));
    row("the corrigendum",
        QStringLiteral("\n2 | 4 March 2026, 10:00 UTC | Corrigendum to the rules | The officer\n"));
    row("the lock, by a member named",
        QStringLiteral("\n10 | 16 March 2026, 10:00 UTC | Technical scores locked | Shri Rakesh "
                       "Kumar Verma\n"));
    row("the unlock",
        QStringLiteral("\n11 | 16 March 2026, 15:00 UTC | Technical scores unlocked | The "
                       "officer\n"));
    row("the opening, by the first member at it",
        QStringLiteral("\n13 | 18 March 2026, 10:00 UTC | Financial envelopes opened | Smt. "
                       "Anjali Deshpande\n"));
    row("the opening as logged",
        QStringLiteral("The financial opening, as logged: \u201cEnvelopes of B1, B2, B3, B5 "
                       "opened with the shares of E1, E3; B4 returned unopened\u201d"));
    row("the corrigendum's reason",
        QStringLiteral("(a) Corrigendum to the rules, 4 March 2026, 10:00 UTC, by the officer. "
                       "Reason given: \u201c%1\u201d")
            .arg(QString::fromUtf8(testsupport::kCorrigendumReason)));
    row("the unlock's reason",
        QStringLiteral("(b) Technical scores unlocked, 16 March 2026, 15:00 UTC, by the officer. "
                       "Reason given: \u201c%1\u201d")
            .arg(QString::fromUtf8(testsupport::kUnlockReason)));
    row("the threshold", QStringLiteral("split into 3 shares, one sealed to each committee "
                                        "member, so that 2 members must act together to open "
                                        "the financial envelopes, and fewer cannot."));
    row("an opened envelope",
        QStringLiteral("\nB2 (Vistaar Conversational AI Solutions Pvt Ltd) | 9 March 2026, 10:00 "
                       "UTC | opened on 18 March 2026\n"));
    row("the unqualified bid's envelope, returned unopened",
        QStringLiteral("\nB4 (Dakshin Digital Services Pvt Ltd) | 9 March 2026, 10:00 UTC | "
                       "returned unopened (still sealed)\n"));
    row("intact", QStringLiteral("the record was checked and found intact"));
}

void TestMemoBuilder::aRecordedProcessIsShownAsLogged()
{
    QFETCH(QString, line);
    const testsupport::RecordedTender recorded;
    const QString text = plainText(memoOf(recorded.tender));
    QVERIFY2(text.contains(line), qPrintable(line));
    // The receipts are not rows of their own; nothing says "not recorded".
    QVERIFY(!text.contains(QStringLiteral("| Financial envelope received |")));
    QVERIFY(!text.contains(QStringLiteral("was not recorded")));
    QVERIFY(!text.contains(QStringLiteral("not intact")));
}

void TestMemoBuilder::theCheckpointIsTheLogsHead()
{
    const testsupport::RecordedTender recorded;
    const MemoDocument m = memoOf(recorded.tender);
    QCOMPARE(m.checkpoint, process::checkpointText(recorded.tender.process.log));
    QVERIFY(m.checkpoint.startsWith(QStringLiteral("14:")));
    const std::optional<process::Checkpoint> printed = process::parseCheckpoint(m.checkpoint);
    QVERIFY(printed);
    QVERIFY(process::verifyCheckpoint(recorded.tender.process, *printed).isEmpty());
    QCOMPARE(m.checkpointPayload(), QStringLiteral("tulana-checkpoint:") + m.checkpoint);
    QCOMPARE(m.checkpointLine,
             QStringLiteral("Checkpoint of the evaluation's log: ") + m.checkpoint);
    // The command ends its paragraph, without a full stop to be copied with it.
    const QString command =
        QStringLiteral("To check this evaluation file against this memo:\ntulana-cli verify "
                       "tender.tulana --checkpoint ") +
        m.checkpoint;
    QVERIFY2(plainText(m).contains(command + u'\n'), qPrintable(command));
}

// One plain paragraph, and no checkpoint: nothing the software cannot back.
void TestMemoBuilder::aTenderWithoutARecordSaysSoPlainly()
{
    const MemoDocument m = memoOf(sample("citizen-services-chatbot"));
    const MemoSection* s = sectionTitled(m, QStringLiteral("The evaluation as recorded"));
    QVERIFY(s);
    QCOMPARE(s->blocks.size(), std::size_t(1));
    const auto* p = std::get_if<MemoParagraph>(&s->blocks.front());
    QVERIFY(p);
    QCOMPARE(p->text,
             QStringLiteral("The process of this evaluation was not recorded, so this memo cannot "
                            "show when the rules were fixed, that the prices stayed sealed, or "
                            "that nothing was changed afterwards."));
    QVERIFY(m.checkpoint.isEmpty());
    QVERIFY(m.checkpointLine.isEmpty());
    QVERIFY(m.checkpointPayload().isEmpty());
    QVERIFY(!memoToMarkdown(m).contains(QStringLiteral("Checkpoint")));
    QVERIFY(!memoToHtml(m).contains(QStringLiteral("class=\"checkpoint\"")));
    // Nor does the evaluation sheet, which is not a decision, speak of it.
    const MemoDocument sheet = buildEvaluationSheet(sample("citizen-services-chatbot"),
                                                    evaluate(sample("citizen-services-chatbot")));
    QVERIFY(!sectionTitled(sheet, QStringLiteral("The evaluation as recorded")));
}

void TestMemoBuilder::anAlteredRecordIsNeverCalledIntact_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("named");
    QTest::newRow("a mark changed after the lock") << 0 << QStringLiteral("the technical marks");
    QTest::newRow("an opened price changed") << 1 << QStringLiteral("the opened financial figures");
    QTest::newRow("a logged reason reworded") << 2 << QStringLiteral("valid signature");
    QTest::newRow("an entry removed") << 3 << QStringLiteral("numbered");
    QTest::newRow("an envelope swapped") << 4 << QStringLiteral("is not one that was received");
}

void TestMemoBuilder::anAlteredRecordIsNeverCalledIntact()
{
    QFETCH(int, what);
    QFETCH(QString, named);
    const testsupport::RecordedTender recorded;
    Tender t = recorded.tender;
    switch (what) {
    case 0:
        t.bids[1].marks.set(0, 0, t.bids[1].marks.at(0, 0) - 1);
        break;
    case 1:
        t.bids[0].price -= 1;
        break;
    case 2:
        t.process.log[1].reason = QStringLiteral("No reason");
        break;
    case 3:
        t.process.log.erase(t.process.log.begin() + 3);
        break;
    case 4:
        std::swap(t.process.envelopes[0].sealed, t.process.envelopes[3].sealed);
        t.process.envelopes[0].sealed[0] = char(t.process.envelopes[0].sealed[0] ^ 1);
        break;
    }
    QVERIFY(!process::verifyProcess(t).isEmpty());
    const QString text = plainText(memoOf(t));
    QVERIFY(text.contains(QStringLiteral("The record is not intact.")));
    QVERIFY2(text.contains(named, Qt::CaseInsensitive), qPrintable(text.right(3000)));
    QVERIFY(text.contains(QStringLiteral("this memo cannot vouch for them")));
    QVERIFY(!text.contains(QStringLiteral("found intact")));
}

void TestMemoBuilder::theCheckpointIsInHtmlAndMarkdown()
{
    const testsupport::RecordedTender recorded;
    const MemoDocument m = memoOf(recorded.tender);
    const QString md = memoToMarkdown(m);
    QVERIFY(md.contains(u'\n' + m.checkpointLine + u'\n'));
    QVERIFY(!md.contains(QStringLiteral("<svg")));
    // Without a code the HTML has the text; with one, the drawing, named by its text.
    QVERIFY(memoToHtml(m).contains(m.checkpointLine));
    QVERIFY(!memoToHtml(m).contains(QStringLiteral("aria-label=\"tulana-checkpoint:")));
    QrModules qr;
    qr.width = 21;
    qr.dark.assign(21 * 21, true);
    const QString html = memoToHtml(m, qr);
    QVERIFY(html.contains(QStringLiteral("<svg role=\"img\" aria-label=\"tulana-checkpoint:") +
                          m.checkpoint + u'"'));
    QVERIFY(html.contains(QStringLiteral("<p>") + m.checkpointLine + QStringLiteral("</p>")));
}

// Each row's run of dark modules is one rectangle, offset by the quiet zone.
void TestMemoBuilder::theQrSvgIsOneSquareADarkModule()
{
    QrModules qr;
    qr.width = 3;
    qr.dark = {true,  true,  false, //
               false, true,  false, //
               true,  false, true};
    const QString svg = qrToSvg(qr, 32);
    QVERIFY(svg.contains(QStringLiteral("width=\"32mm\" height=\"32mm\" viewBox=\"0 0 11 11\"")));
    QVERIFY(svg.contains(QStringLiteral("shape-rendering=\"crispEdges\"")));
    QVERIFY2(svg.contains(QStringLiteral("d=\"M4 4h2v1h-2zM5 5h1v1h-1zM4 6h1v1h-1zM6 6h1v1h-1z\"")),
             qPrintable(svg));
}

// The technical weight: the range the section states is the report's, and
// the engine itself agrees just inside and just outside it.
QTEST_GUILESS_MAIN(TestMemoBuilder)
#include "tst_memobuilder.moc"
