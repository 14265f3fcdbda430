// Departure detection: from the open-source option (a selected or
// recommended bid that is not open source while a qualified open-source bid
// exists) and from the evaluation (a bid other than its winner), with the
// passed-over open bids and the gaps.
#include "decision/Departure.h"
#include "io/TenderFile.h"
#include "scoring/Evaluator.h"

#include "TenderBuilder.h"

#include <QTest>

using namespace tulana;

namespace {

Tender sample(const char* name)
{
    const TenderLoad load = loadTenderFile(QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/") +
                                           QString::fromUtf8(name) + QStringLiteral(".tulana"));
    if (!load.tender)
        qFatal("cannot load the sample %s", name);
    return *load.tender;
}

// One criterion marked out of 100 with weight 100: the technical score is the
// mark. QCBS 70:30, minimum 70.
Tender tender(std::initializer_list<std::tuple<const char*, BidNature, double, double>> bids)
{
    TenderBuilder b;
    b.qcbs(70, 30).minimum(70).criterion("C1", 100, 100);
    for (const auto& [id, nature, mark, price] : bids)
        b.bid(id, mark, price);
    Tender t = b.build();
    std::size_t i = 0;
    for (const auto& bid : bids)
        t.bids[i++].nature = std::get<1>(bid);
    return t;
}

constexpr auto Open = BidNature::OpenSource;
constexpr auto Proprietary = BidNature::Proprietary;
constexpr auto Mixed = BidNature::Mixed;

QString passedOver(const Tender& t, const Departure& d)
{
    QStringList ids;
    for (const PassedOverBid& p : d.passedOver)
        ids << t.bids[std::size_t(p.bid)].id;
    return ids.join(u',');
}

} // namespace

class TestDeparture : public QObject
{
    Q_OBJECT

private slots:
    void everySampleIsJudged_data();
    void everySampleIsJudged();
    void theChatbotPassesOverB1ByTheGapsOfTheEvaluation();
    void withoutADecisionTheWinnerStandsForIt();
    void noOpenBidMeansNoDeparture();
    void aDisqualifiedOpenBidIsNotPassedOver();
    void aTieBetweenOpenAndProprietaryIsADepartureWithNoScoreGap();
    void selectingAnOpenBidThatLostDepartsFromTheEvaluationOnly();
    void selectingAProprietaryLoserDepartsFromBoth();
    void aMixedBidIsNotOpenSource();
    void aSelectionOfNoKnownBidSelectsNothing();
    void leastCostSelectionHasAPriceGapButNoScoreGap();
    void qualityBasedSelectionHasNoPriceGapForUnopenedEnvelopes();
};

void TestDeparture::everySampleIsJudged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<bool>("fromOpenSource");
    QTest::addColumn<QString>("passedOver");
    QTest::addColumn<bool>("fromEvaluation");
    QTest::newRow("the chatbot's proprietary B2 passes over the open-source B1")
        << QStringLiteral("citizen-services-chatbot") << QStringLiteral("B2") << true
        << QStringLiteral("B1") << false;
    QTest::newRow("the land-records winner B1 is open source: no departure")
        << QStringLiteral("land-records-ocr") << QStringLiteral("B1") << false << QString()
        << false;
    QTest::newRow("the crop-advisory winner B3 is mixed and passes over B5 and B1")
        << QStringLiteral("crop-advisory") << QStringLiteral("B3") << true
        << QStringLiteral("B5,B1") << false;
}

void TestDeparture::everySampleIsJudged()
{
    QFETCH(QString, name);
    QFETCH(QString, selected);
    QFETCH(bool, fromOpenSource);
    QFETCH(QString, passedOver);
    QFETCH(bool, fromEvaluation);
    const Tender t = sample(name.toUtf8().constData());
    const Departure d = detectDeparture(t, evaluate(t));
    QVERIFY(d.selected >= 0);
    QCOMPARE(t.bids[std::size_t(d.selected)].id, selected);
    QCOMPARE(d.fromOpenSource, fromOpenSource);
    QCOMPARE(::passedOver(t, d), passedOver);
    QCOMPARE(d.fromEvaluation, fromEvaluation);
}

void TestDeparture::theChatbotPassesOverB1ByTheGapsOfTheEvaluation()
{
    const Tender t = sample("citizen-services-chatbot");
    const Evaluation ev = evaluate(t);
    const Departure d = detectDeparture(t, ev);
    QVERIFY(d.selectedByOfficer); // the sample records B2 as selected
    QCOMPARE(d.passedOver.size(), std::size_t(1));
    const PassedOverBid& p = d.passedOver.front();
    QCOMPARE(p.rank, 2);
    QVERIFY(p.scoreGap);
    QCOMPARE(std::round(*p.scoreGap * 100) / 100, 0.76);    // 84.02 − 83.26
    QCOMPARE(std::round(p.technicalGap * 100) / 100, 9.17); // 85.25 − 76.08
    QVERIFY(p.priceGap && p.priceGapPercent);
    QCOMPARE(*p.priceGap, 17228000.0 - 13983000.0);
    QCOMPARE(std::round(*p.priceGapPercent * 100) / 100, 23.21);
    const QString said = describeDeparture(t, ev, d).join(u' ');
    for (const char* fragment : {"B2", "B1", "0.76 points higher", "32,45,000.00", "23.21%"})
        QVERIFY2(said.contains(QLatin1String(fragment)), qPrintable(said));
}

void TestDeparture::withoutADecisionTheWinnerStandsForIt()
{
    Tender t = sample("citizen-services-chatbot");
    t.decision = {};
    const Departure d = detectDeparture(t, evaluate(t));
    QVERIFY(!d.selectedByOfficer);
    QCOMPARE(t.bids[std::size_t(d.selected)].id, QStringLiteral("B2"));
    QVERIFY(d.fromOpenSource);
    QVERIFY(!d.fromEvaluation);
}

void TestDeparture::noOpenBidMeansNoDeparture()
{
    const Tender t = tender({{"P", Proprietary, 90, 120}, {"M", Mixed, 80, 100}});
    const Departure d = detectDeparture(t, evaluate(t));
    QVERIFY(d.selected >= 0);
    QVERIFY(!d.fromOpenSource);
    QVERIFY(d.passedOver.empty());
    QVERIFY(!d.any());
}

void TestDeparture::aDisqualifiedOpenBidIsNotPassedOver()
{
    const Tender t = tender({{"O", Open, 60, 50}, {"P", Proprietary, 90, 120}});
    const Evaluation ev = evaluate(t);
    QCOMPARE(ev.results[0].standing, Standing::BelowMinimumTechnical);
    const Departure d = detectDeparture(t, ev);
    QVERIFY(!d.fromOpenSource);
    QVERIFY(d.passedOver.empty());
}

void TestDeparture::aTieBetweenOpenAndProprietaryIsADepartureWithNoScoreGap()
{
    // Both 86.00; the tie-break (higher technical score) puts P first.
    const Tender t = tender({{"O", Open, 80, 100}, {"P", Proprietary, 100, 187.5}});
    const Evaluation ev = evaluate(t);
    QCOMPARE(t.bids[std::size_t(ev.winner)].id, QStringLiteral("P"));
    const Departure d = detectDeparture(t, ev);
    QVERIFY(d.fromOpenSource);
    QCOMPARE(passedOver(t, d), QStringLiteral("O"));
    QCOMPARE(d.passedOver.front().scoreGap.value_or(-1), 0.0);
    QCOMPARE(d.passedOver.front().technicalGap, 20.0);
    QCOMPARE(d.passedOver.front().priceGap.value_or(-1), 87.5);
}

void TestDeparture::selectingAnOpenBidThatLostDepartsFromTheEvaluationOnly()
{
    const Tender t = tender({{"O", Open, 80, 100}, {"P", Proprietary, 90, 120}});
    const Evaluation ev = evaluate(t);
    const Departure d = detectDeparture(t, ev, 0);
    QVERIFY(d.selectedIsOpen);
    QVERIFY(!d.fromOpenSource);
    QVERIFY(d.fromEvaluation);
    QCOMPARE(d.scoreGapToWinner.value_or(-1), 2.0); // 88.00 − 86.00
    QCOMPARE(d.priceGapToWinner.value_or(0), -20.0);
}

void TestDeparture::selectingAProprietaryLoserDepartsFromBoth()
{
    const Tender t =
        tender({{"O", Open, 90, 100}, {"P", Proprietary, 85, 110}, {"Q", Proprietary, 75, 100}});
    const Evaluation ev = evaluate(t);
    QCOMPARE(t.bids[std::size_t(ev.winner)].id, QStringLiteral("O"));
    const Departure d = detectDeparture(t, ev, 1);
    QVERIFY(d.fromOpenSource);
    QVERIFY(d.fromEvaluation);
    QCOMPARE(passedOver(t, d), QStringLiteral("O"));
    QVERIFY(d.passedOver.front().scoreGap.value_or(0) < 0); // P scored lower than O
}

void TestDeparture::aMixedBidIsNotOpenSource()
{
    const Tender t = tender({{"O", Open, 80, 100}, {"M", Mixed, 90, 120}});
    const Departure d = detectDeparture(t, evaluate(t));
    QCOMPARE(t.bids[std::size_t(d.selected)].id, QStringLiteral("M"));
    QVERIFY(d.fromOpenSource);
}

void TestDeparture::aSelectionOfNoKnownBidSelectsNothing()
{
    Tender t = tender({{"O", Open, 80, 100}, {"P", Proprietary, 90, 120}});
    t.decision.selectedBid = QStringLiteral("B9");
    const Evaluation ev = evaluate(t);
    const Departure d = detectDeparture(t, ev);
    QCOMPARE(d.selected, -1);
    QVERIFY(!d.any());
    QVERIFY(describeDeparture(t, ev, d).join(u' ').contains(QStringLiteral("\"B9\"")));
}

void TestDeparture::leastCostSelectionHasAPriceGapButNoScoreGap()
{
    Tender t = tender({{"O", Open, 80, 120}, {"P", Proprietary, 90, 100}});
    t.method = SelectionMethod::Lcs;
    const Evaluation ev = evaluate(t);
    QCOMPARE(t.bids[std::size_t(ev.winner)].id, QStringLiteral("P"));
    const Departure d = detectDeparture(t, ev);
    QVERIFY(d.fromOpenSource);
    QVERIFY(!d.passedOver.front().scoreGap);
    QCOMPARE(d.passedOver.front().priceGap.value_or(0), -20.0);
}

void TestDeparture::qualityBasedSelectionHasNoPriceGapForUnopenedEnvelopes()
{
    Tender t = tender({{"O", Open, 80, 100}, {"P", Proprietary, 90, 120}});
    t.method = SelectionMethod::Qbs;
    const Evaluation ev = evaluate(t);
    const Departure d = detectDeparture(t, ev);
    QVERIFY(d.fromOpenSource);
    QCOMPARE(d.passedOver.front().scoreGap.value_or(0), 10.0);
    QVERIFY(!d.passedOver.front().priceGap); // only the winner's envelope is opened
}

QTEST_GUILESS_MAIN(TestDeparture)
#include "tst_departure.moc"
