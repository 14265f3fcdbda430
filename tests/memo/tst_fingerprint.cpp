// The memo's fingerprint: SHA-256 of the evaluation inputs. It changes when
// any input of the evaluation changes and not otherwise, and it is found
// again in a memo's text whatever the layout did to it.
#include "io/TenderFile.h"
#include "memo/Fingerprint.h"

#include "Samples.h"

#include <QCryptographicHash>
#include <QTest>

#include <functional>

using namespace tulana;
using namespace tulana::testsupport;

using Change = std::function<void(Tender&)>;
Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(tulana::Tender)

namespace {

Tender chatbot()
{
    return loadSample("citizen-services-chatbot");
}

// The samples with eligibility findings, cost lines and openness records.
Tender eligibilitySample()
{
    return loadSample("crop-advisory-eligibility");
}

Tender lifecycleSample()
{
    return loadSample("citizen-services-chatbot-lifecycle");
}

Tender opennessSample()
{
    return loadSample("citizen-services-chatbot-openness-points");
}

openness::OpennessRecord& firstRecord(Tender& t)
{
    for (Bid& b : t.bids)
        if (b.openness && !b.openness->components.empty())
            return *b.openness;
    qFatal("the openness sample has no record with components");
}

} // namespace

class TestFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void itIsTheSha256OfTheDocumentedInputs();
    void itIsStable();
    void anEvaluationInputChangesIt_data();
    void anEvaluationInputChangesIt();
    void anythingElseLeavesItAlone_data();
    void anythingElseLeavesItAlone();
    void itIsShownInGroupsOfEight();
    void itIsFoundInAMemosText_data();
    void itIsFoundInAMemosText();
};

void TestFingerprint::itIsTheSha256OfTheDocumentedInputs()
{
    const Tender t = chatbot();
    const QByteArray inputs = evaluationInputs(t);
    QVERIFY(inputs.contains("\"format\":\"tulana-evaluation-inputs\""));
    QVERIFY(inputs.contains("\"version\":2"));
    for (const char* present : {"\"technicalWeight\":70", "\"maxMarks\":20", "\"price\":14600000",
                                "\"T1.1\":[16,15,18]", "\"nature\":\"open-source\""})
        QVERIFY2(inputs.contains(present), present);
    for (const char* absent : {"Vistaar", "Deshpande", "chatbot", "justification", "Kamat"})
        QVERIFY2(!inputs.contains(absent), absent);
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(inputs, QCryptographicHash::Sha256).toHex());
    QCOMPARE(evaluationFingerprint(t), expected);
    QCOMPARE(expected.size(), 64);
}

void TestFingerprint::itIsStable()
{
    // Loading and saving does not change it, nor does computing it twice.
    const Tender t = chatbot();
    const TenderLoad again = readTender(writeTender(t));
    QVERIFY(again.tender);
    QCOMPARE(evaluationFingerprint(*again.tender), evaluationFingerprint(t));
    QCOMPARE(evaluationFingerprint(t), evaluationFingerprint(chatbot()));
}

void TestFingerprint::anEvaluationInputChangesIt_data()
{
    QTest::addColumn<Tender>("tender");
    QTest::addColumn<Change>("change");
    const auto row = [](const char* name, Change c) { QTest::newRow(name) << chatbot() << c; };
    const auto on = [](const char* name, const Tender& t, Change c) {
        QTest::newRow(name) << t << c;
    };
    row("a price", [](Tender& t) { t.bids[1].price += 1; });
    row("a tax", [](Tender& t) { t.bids[0].tax = 0; });
    row("one evaluator's mark", [](Tender& t) { t.bids[2].marks.set(3, 1, 6.5); });
    row("a mark withdrawn", [](Tender& t) { t.bids[2].marks.set(3, 1, MarksSheet::unmarked()); });
    row("the technical weight", [](Tender& t) {
        t.technicalWeight = 80;
        t.financialWeight = 20;
    });
    row("the minimum technical score", [](Tender& t) { t.minimumTechnicalScore = 75; });
    row("the method", [](Tender& t) { t.method = SelectionMethod::Lcs; });
    row("the price formula",
        [](Tender& t) { t.options.priceFormula = PriceFormula::LinearInterpolation; });
    row("the decimals", [](Tender& t) { t.options.decimals = 3; });
    row("the tie-break",
        [](Tender& t) { t.options.tieBreak = TieBreak::LowerPriceThenHigherTechnical; });
    row("taxes in or out", [](Tender& t) { t.options.pricesIncludeTax = false; });
    row("the budget", [](Tender& t) { t.budget = 2e7; });
    row("the rulebook", [](Tender& t) { t.rulebook.clear(); });
    row("a criterion's weight", [](Tender& t) {
        t.criteria[0].children[0].weight = 14;
        t.criteria[0].children[1].weight = 11;
    });
    row("a criterion's maximum marks", [](Tender& t) { t.criteria[1].children[2].maxMarks = 6; });
    row("a criterion's minimum marks", [](Tender& t) { t.criteria[1].children[0].minMarks = 7; });
    row("a bid's status", [](Tender& t) { t.bids[4].status = BidStatus::Withdrawn; });
    row("a bid's nature (the departure depends on it)",
        [](Tender& t) { t.bids[0].nature = BidNature::Mixed; });
    row("a bid's id", [](Tender& t) { t.bids[3].id = QStringLiteral("B9"); });
    row("the order of the bids", [](Tender& t) { std::swap(t.bids[0], t.bids[1]); });
    on("an eligibility finding", eligibilitySample(), [](Tender& t) {
        t.bids[0].eligibility[0].met = t.bids[0].eligibility[0].met == eligibility::Met::Yes
                                           ? eligibility::Met::No
                                           : eligibility::Met::Yes;
    });
    on("how an eligibility criterion was met", eligibilitySample(), [](Tender& t) {
        for (Bid& b : t.bids)
            for (eligibility::Response& r : b.eligibility)
                if (r.how != eligibility::MetBy::Requirement) {
                    r.how = eligibility::MetBy::Requirement;
                    return;
                }
    });
    on("an eligibility criterion's alternatives", eligibilitySample(),
       [](Tender& t) { t.eligibility.back().alternatives.clear(); });
    on("a cost line's amount", lifecycleSample(), [](Tender& t) {
        for (Bid& b : t.bids)
            if (!b.costs.empty()) {
                b.costs.front().amount += 1;
                return;
            }
    });
    on("the lifecycle horizon", lifecycleSample(),
       [](Tender& t) { t.lifecycle.horizonYears += 1; });
    on("an openness component's state", opennessSample(), [](Tender& t) {
        openness::ComponentEntry& e = firstRecord(t).components.front();
        e.state = e.state == openness::ReleaseState::NotReleased
                      ? openness::ReleaseState::Released
                      : openness::ReleaseState::NotReleased;
    });
    on("an openness component's licence", opennessSample(),
       [](Tender& t) { firstRecord(t).components.front().licence = QStringLiteral("MIT"); });
    on("the openness marks", opennessSample(), [](Tender& t) { t.openness.maxMarks += 1; });
}

void TestFingerprint::anEvaluationInputChangesIt()
{
    QFETCH(Tender, tender);
    QFETCH(Change, change);
    const Tender before = tender;
    Tender after = before;
    change(after);
    QVERIFY2(!(after == before), "the change changed nothing");
    QVERIFY(evaluationFingerprint(after) != evaluationFingerprint(before));
}

void TestFingerprint::anythingElseLeavesItAlone_data()
{
    QTest::addColumn<Tender>("tender");
    QTest::addColumn<Change>("change");
    const auto row = [](const char* name, Change c) { QTest::newRow(name) << chatbot() << c; };
    const auto on = [](const char* name, const Tender& t, Change c) {
        QTest::newRow(name) << t << c;
    };
    row("the title", [](Tender& t) { t.title += QStringLiteral(" (revised)"); });
    row("the reference", [](Tender& t) { t.reference = QStringLiteral("X/1"); });
    row("a bidder's name", [](Tender& t) { t.bids[1].bidder = QStringLiteral("Other Ltd"); });
    row("a system's description", [](Tender& t) { t.bids[1].system.clear(); });
    row("an evaluator's name", [](Tender& t) { t.evaluators[0].name = QStringLiteral("X"); });
    row("a criterion's name and description", [](Tender& t) {
        t.criteria[0].name = QStringLiteral("X");
        t.criteria[0].children[0].description.clear();
    });
    row("the context", [](Tender& t) { t.context = {}; });
    row("the decision and its justification", [](Tender& t) {
        t.decision.selectedBid = QStringLiteral("B1");
        t.decision.justification.statement.clear();
        t.decision.finalised = false;
    });
    row("the organisation and signatories", [](Tender& t) {
        t.organisation.approvedBy.name = QStringLiteral("Someone else");
        t.organisation.fileNumber.clear();
    });
    row("a status reason", [](Tender& t) { t.bids[0].statusReason = QStringLiteral("note"); });
    // Free text of the newer sections: a typo fixed in evidence must not
    // withdraw a finalised decision or unmatch a memo.
    on("the evidence of an eligibility finding", eligibilitySample(),
       [](Tender& t) { t.bids[0].eligibility[0].evidence += QStringLiteral(" (typo fixed)"); });
    on("an eligibility criterion's name and requirement", eligibilitySample(), [](Tender& t) {
        t.eligibility[0].name += QStringLiteral(" (renamed)");
        t.eligibility[0].requirement += QStringLiteral(" (reworded)");
    });
    on("a bidder's enterprise registration", eligibilitySample(), [](Tender& t) {
        t.bids[0].enterprise.registration = QStringLiteral("UDYAM-XX-00-0000000");
    });
    on("a cost line's note", lifecycleSample(), [](Tender& t) {
        for (Bid& b : t.bids)
            if (!b.costs.empty()) {
                b.costs.front().note += QStringLiteral(" (clarified)");
                return;
            }
    });
    on("an openness record's names and notes", opennessSample(), [](Tender& t) {
        openness::OpennessRecord& r = firstRecord(t);
        r.systemName += QStringLiteral(" (renamed)");
        r.producer += QStringLiteral(" (renamed)");
        r.claimNote = QStringLiteral("said at the pre-bid meeting");
        r.components.front().note = QStringLiteral("from the model card");
        r.components.front().location = QStringLiteral("elsewhere.yml:1:1");
    });
}

void TestFingerprint::anythingElseLeavesItAlone()
{
    QFETCH(Tender, tender);
    QFETCH(Change, change);
    const Tender before = tender;
    Tender after = before;
    change(after);
    QVERIFY2(!(after == before), "the change changed nothing");
    QCOMPARE(evaluationFingerprint(after), evaluationFingerprint(before));
}

void TestFingerprint::itIsShownInGroupsOfEight()
{
    const QString hex = evaluationFingerprint(chatbot());
    const QString grouped = groupFingerprint(hex);
    QCOMPARE(grouped.size(), 64 + 7);
    QCOMPARE(grouped.split(u' ').size(), 8);
    QCOMPARE(QString(grouped).remove(u' '), hex);
}

void TestFingerprint::itIsFoundInAMemosText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString hex = QStringLiteral("0123456789abcdef0123456789abcdef"
                                       "fedcba9876543210fedcba9876543210");
    const QString grouped = groupFingerprint(hex);
    QTest::newRow("grouped, in a sentence")
        << QStringLiteral("Fingerprint of the evaluation data (SHA-256: %1)").arg(grouped) << hex;
    QTest::newRow("wrapped over lines")
        << QStringLiteral("SHA-256: ") + grouped.left(35) + u'\n' + grouped.mid(36) << hex;
    QTest::newRow("split by markup") << QStringLiteral("<p>SHA-256: <span>%1</span><text:s/>%2</p>")
                                            .arg(grouped.left(17), grouped.mid(18))
                                     << hex;
    QTest::newRow("ungrouped, in metadata") << QStringLiteral("tulana-memo SHA-256:") + hex << hex;
    QTest::newRow("too short is not a fingerprint")
        << QStringLiteral("SHA-256: ") + hex.left(60) + QStringLiteral(")") << QString();
    QTest::newRow("upper case is not Tulana's")
        << QStringLiteral("SHA-256: ") + hex.toUpper() << QString();
    QTest::newRow("no label, no fingerprint") << hex << QString();
}

void TestFingerprint::itIsFoundInAMemosText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(findFingerprint(text), expected);
}

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
