// The recommendation: the tender's context combined with the evaluation by
// the brief's rule, as docs/considerations.md writes it down.
#include "decision/Recommendation.h"
#include "io/TenderFile.h"
#include "scoring/Evaluator.h"

#include "TenderBuilder.h"

#include <QTest>

using namespace tulana;

namespace {

// One criterion marked out of 100 with weight 100: the technical score is the
// mark. QCBS 70:30, minimum 70. O is open source, P proprietary.
Tender openAndProprietary(double openMark, double openPrice, double propMark, double propPrice)
{
    Tender t = TenderBuilder()
                   .qcbs(70, 30)
                   .minimum(70)
                   .criterion("C1", 100, 100)
                   .bid("O", openMark, openPrice)
                   .bid("P", propMark, propPrice)
                   .build();
    t.bids[0].nature = BidNature::OpenSource;
    t.bids[1].nature = BidNature::Proprietary;
    return t;
}

// P wins 88.00 to 86.00.
Tender proprietaryWins()
{
    return openAndProprietary(80, 100, 90, 120);
}

void answer(Tender& t, const char* consideration, const char* option)
{
    t.context.answers[QString::fromUtf8(consideration)] = {QString::fromUtf8(option),
                                                           QStringLiteral("note")};
}

void favourOpen(Tender& t)
{
    answer(t, "data-sensitivity", "personal");
    answer(t, "resource-constraints", "tight-with-skills");
    answer(t, "time-to-deploy", "urgent");
}

void favourProprietary(Tender& t)
{
    answer(t, "time-to-deploy", "urgent");
    answer(t, "maintenance", "original-vendor");
    answer(t, "data-sensitivity", "personal");
}

void balance(Tender& t)
{
    answer(t, "time-to-deploy", "urgent");
    answer(t, "data-sensitivity", "personal");
    answer(t, "customisation", "extensive-without-data"); // neutral
}

QString ids(const Tender& t, const std::vector<int>& bids)
{
    QStringList out;
    for (int b : bids)
        out << t.bids[std::size_t(b)].id;
    return out.join(u',');
}

bool anyReasonContains(const Recommendation& r, const QString& text)
{
    for (const QString& reason : r.reasons)
        if (reason.contains(text))
            return true;
    return false;
}

} // namespace

class TestRecommendation : public QObject
{
    Q_OBJECT

private slots:
    void noQualifiedOpenBidLeavesTheWinner();
    void aDisqualifiedOpenBidIsNoOption();
    void anOpenWinnerIsRecommended();
    void openBetterSuitedAdoptsTheOpenBid();
    void proprietaryAdvantagesLetTheWinnerBePreferred();
    void aBalancedContextLetsTheEvaluationDecide();
    void noContextRestsOnTheEvaluationAlone();
    void aTieBrokenAgainstTheOpenBidPrioritisesOpenness();
    void anUnresolvedTieWithAnOpenBidPrioritisesOpenness();
    void anIncompleteEvaluationRecommendsNothing();
    void leaningsAreCountedAsDocumented();
    void theChatbotSampleMayPreferItsProprietaryWinner();
};

void TestRecommendation::noQualifiedOpenBidLeavesTheWinner()
{
    Tender t = proprietaryWins();
    t.bids[0].nature = BidNature::Mixed; // mixed is not open source
    favourOpen(t);
    const Recommendation r = recommend(t, evaluate(t));
    QCOMPARE(r.rule, RecommendationRule::NoOpenOption);
    QCOMPARE(ids(t, r.bids), QStringLiteral("P"));
    QCOMPARE(r.bestOpenBid, -1);
    QVERIFY(!r.departsFromEvaluation);
}

void TestRecommendation::aDisqualifiedOpenBidIsNoOption()
{
    Tender t = openAndProprietary(60, 50, 90, 120); // O below the minimum of 70
    favourOpen(t);
    const Evaluation ev = evaluate(t);
    QCOMPARE(ev.results[0].standing, Standing::BelowMinimumTechnical);
    const Recommendation r = recommend(t, ev);
    QCOMPARE(r.rule, RecommendationRule::NoOpenOption);
    QCOMPARE(ids(t, r.bids), QStringLiteral("P"));
}

void TestRecommendation::anOpenWinnerIsRecommended()
{
    Tender t = openAndProprietary(90, 100, 80, 120);
    favourProprietary(t);
    const Recommendation r = recommend(t, evaluate(t));
    QCOMPARE(r.verdict, ContextVerdict::ProprietaryAdvantages);
    QCOMPARE(r.rule, RecommendationRule::WinnerIsOpen);
    QCOMPARE(ids(t, r.bids), QStringLiteral("O"));
    QVERIFY(!r.departsFromEvaluation);
}

void TestRecommendation::openBetterSuitedAdoptsTheOpenBid()
{
    Tender t = proprietaryWins();
    favourOpen(t);
    const Recommendation r = recommend(t, evaluate(t));
    QCOMPARE(r.verdict, ContextVerdict::OpenBetterSuited);
    QCOMPARE(r.rule, RecommendationRule::AdoptOpen);
    QCOMPARE(ids(t, r.bids), QStringLiteral("O"));
    QVERIFY(r.departsFromEvaluation);
    QVERIFY2(r.headline.startsWith(QStringLiteral("Adopt O ")), qPrintable(r.headline));
    QVERIFY(anyReasonContains(r, table3().ruleClauses.open));
    QVERIFY(anyReasonContains(r, QStringLiteral("No licensing fees")));
    QVERIFY(anyReasonContains(r, QStringLiteral("86.00")));
    QVERIFY(anyReasonContains(r, QStringLiteral("88.00")));
}

void TestRecommendation::proprietaryAdvantagesLetTheWinnerBePreferred()
{
    Tender t = proprietaryWins();
    favourProprietary(t);
    const Recommendation r = recommend(t, evaluate(t));
    QCOMPARE(r.verdict, ContextVerdict::ProprietaryAdvantages);
    QCOMPARE(r.rule, RecommendationRule::ProprietaryMayBePreferred);
    QCOMPARE(ids(t, r.bids), QStringLiteral("P"));
    QVERIFY(!r.departsFromEvaluation);
    QVERIFY2(r.headline.contains(QStringLiteral("may be preferred")), qPrintable(r.headline));
    QVERIFY2(r.headline.contains(QStringLiteral("must be justified")), qPrintable(r.headline));
    QVERIFY(anyReasonContains(r, table3().ruleClauses.proprietary));
    QVERIFY(anyReasonContains(r, QStringLiteral("Best for urgent, turnkey deployment needs.")));
}

void TestRecommendation::aBalancedContextLetsTheEvaluationDecide()
{
    Tender t = proprietaryWins();
    balance(t);
    const Recommendation r = recommend(t, evaluate(t));
    QCOMPARE(r.verdict, ContextVerdict::Balanced);
    QCOMPARE(r.rule, RecommendationRule::ProprietaryMayBePreferred);
    QCOMPARE(ids(t, r.bids), QStringLiteral("P"));
    QVERIFY2(r.headline.contains(QStringLiteral("balanced")), qPrintable(r.headline));
}

void TestRecommendation::noContextRestsOnTheEvaluationAlone()
{
    const Tender t = proprietaryWins();
    const Recommendation r = recommend(t, evaluate(t));
    QCOMPARE(r.unanswered, 6);
    QCOMPARE(r.verdict, ContextVerdict::Balanced);
    QCOMPARE(ids(t, r.bids), QStringLiteral("P"));
    QVERIFY(anyReasonContains(r, QStringLiteral("has not been recorded")));
    // Nothing answered is not "balanced": the headline says what is missing.
    QVERIFY2(!r.headline.contains(QStringLiteral("balanced")), qPrintable(r.headline));
    QVERIFY2(r.headline.contains(QStringLiteral("the context is not yet recorded")),
             qPrintable(r.headline));
    QCOMPARE(r.rule, RecommendationRule::ProprietaryMayBePreferred);
    QVERIFY(r.departsFromEvaluation == false);
}

void TestRecommendation::aTieBrokenAgainstTheOpenBidPrioritisesOpenness()
{
    // O: 0.7 × 80 + 0.3 × 100 = 86.00; P: 0.7 × 100 + 0.3 × 100 × 100 / 187.5 = 86.00.
    // The tie-break (higher technical score) puts P first.
    Tender t = openAndProprietary(80, 100, 100, 187.5);
    balance(t);
    const Evaluation ev = evaluate(t);
    QVERIFY(ev.hasWinner());
    QCOMPARE(t.bids[std::size_t(ev.winner)].id, QStringLiteral("P"));
    QCOMPARE(ev.results[0].combined, ev.results[1].combined);
    const Recommendation r = recommend(t, ev);
    QCOMPARE(r.rule, RecommendationRule::PrioritiseOpenness);
    QCOMPARE(ids(t, r.bids), QStringLiteral("O"));
    QVERIFY(r.departsFromEvaluation);
    QVERIFY(anyReasonContains(r, table3().ruleClauses.equivalent));
}

void TestRecommendation::anUnresolvedTieWithAnOpenBidPrioritisesOpenness()
{
    Tender t = openAndProprietary(80, 100, 80, 100);
    const Evaluation ev = evaluate(t);
    QVERIFY(!ev.hasWinner());
    const Recommendation r = recommend(t, ev);
    QCOMPARE(r.rule, RecommendationRule::PrioritiseOpenness);
    QCOMPARE(ids(t, r.bids), QStringLiteral("O"));
}

void TestRecommendation::anIncompleteEvaluationRecommendsNothing()
{
    Tender t = proprietaryWins();
    t.bids[1].price = TenderBuilder::missing();
    const Evaluation ev = evaluate(t);
    QVERIFY(!ev.hasWinner());
    const Recommendation r = recommend(t, ev);
    QCOMPARE(r.rule, RecommendationRule::NoAward);
    QVERIFY(r.bids.empty());
    QVERIFY2(r.headline.contains(QStringLiteral("No recommendation")), qPrintable(r.headline));
}

void TestRecommendation::leaningsAreCountedAsDocumented()
{
    Tender t = proprietaryWins();
    answer(t, "data-sensitivity", "public");                // neutral
    answer(t, "resource-constraints", "tight-with-skills"); // open
    answer(t, "customisation", "little");                   // proprietary
    answer(t, "maintenance", "any-vendor");                 // open
    const Recommendation r = recommend(t, evaluate(t));
    QCOMPARE(r.favoursOpen, 2);
    QCOMPARE(r.favoursProprietary, 1);
    QCOMPARE(r.neutral, 1);
    QCOMPARE(r.unanswered, 2);
    QCOMPARE(r.verdict, ContextVerdict::OpenBetterSuited);
}

void TestRecommendation::theChatbotSampleMayPreferItsProprietaryWinner()
{
    const TenderLoad load = loadTenderFile(
        QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/citizen-services-chatbot.tulana"));
    QVERIFY(load.tender);
    const Tender& t = *load.tender;
    const Recommendation r = recommend(t, evaluate(t));
    QCOMPARE(r.favoursOpen, 2);
    QCOMPARE(r.favoursProprietary, 3);
    QCOMPARE(r.neutral, 1);
    QCOMPARE(r.unanswered, 0);
    QCOMPARE(r.rule, RecommendationRule::ProprietaryMayBePreferred);
    QCOMPARE(ids(t, r.bids), QStringLiteral("B2"));
    QCOMPARE(t.bids[std::size_t(r.bestOpenBid)].id, QStringLiteral("B1"));
    QVERIFY(anyReasonContains(r, QStringLiteral("84.02")));
    QVERIFY(anyReasonContains(r, QStringLiteral("83.26")));
}

QTEST_GUILESS_MAIN(TestRecommendation)
#include "tst_recommendation.moc"
