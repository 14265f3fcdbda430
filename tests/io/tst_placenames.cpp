// Places in a tender file named as the screens name them, so that a sentence
// an officer reads (the Standing column, the why panel, a rulebook message)
// holds no JSON path.
#include "io/PlaceNames.h"
#include "rulebook/Rulebook.h"
#include "scoring/Derivation.h"
#include "scoring/Evaluator.h"

#include "Samples.h"
#include "TenderBuilder.h"

#include <QTest>

using namespace tulana;
using namespace tulana::testsupport;

class TestPlaceNames : public QObject
{
    Q_OBJECT

private slots:
    void pathsBecomeWords_data();
    void pathsBecomeWords();
    void placesInAFileThatDidNotLoadAreWords_data();
    void placesInAFileThatDidNotLoadAreWords();
    void theStandingOfABidWithAMissingMarkNamesItInWords();
    void aRulebookMessageNamesTheParameterInWords();
    void anEvaluatedPriceWithTaxNamesBothInputs();
};

// The why panel's source of F, the price the financial score uses: with
// taxes evaluated, the price and the tax; without, the price alone.
void TestPlaceNames::anEvaluatedPriceWithTaxNamesBothInputs()
{
    Tender t = loadSample("citizen-services-chatbot");
    for (const bool withTax : {true, false}) {
        t.options.pricesIncludeTax = withTax;
        const Evaluation ev = evaluate(t);
        QVERIFY(ev.hasWinner());
        const Derivation d = explain(t, ev, ev.winner, Quantity::Financial);
        QVERIFY(d.available);
        const QString source = placeName(t, d.inputs.first().source);
        const QString id = t.bids[std::size_t(ev.winner)].id;
        QVERIFY2(source.startsWith(id + QStringLiteral("'s price")), qPrintable(source));
        QCOMPARE(source.contains(QStringLiteral("tax")), withTax);
    }
}

void TestPlaceNames::pathsBecomeWords_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("words");
    QTest::newRow("one evaluator's mark") << "bids[2].marks.T1.1[1]"
                                          << "B3's mark from E2 for T1.1";
    QTest::newRow("a price") << "bids[0].price"
                             << "B1's price";
    QTest::newRow("a tax") << "bids[4].tax"
                           << "B5's tax";
    QTest::newRow("a price with its tax") << "bids[0].price + bids[0].tax"
                                          << "B1's price + B1's tax";
    QTest::newRow("a weight") << "tender.technicalWeight"
                              << "Technical weight";
    QTest::newRow("the minimum") << "tender.minimumTechnicalScore"
                                 << "Minimum technical score";
    QTest::newRow("a sub-criterion") << "criteria[0].children[1].weight"
                                     << "criterion T1.2";
    QTest::newRow("an evaluator") << "evaluators[2].name"
                                  << "evaluator E3";
    QTest::newRow("evaluation options") << "tender.evaluation.decimals"
                                        << "Evaluation options";
    QTest::newRow("a bid that is not there") << "bids[99].price"
                                             << "bids[99].price";
    QTest::newRow("a path it does not know") << "context.purpose"
                                             << "context.purpose";
}

void TestPlaceNames::pathsBecomeWords()
{
    QFETCH(QString, path);
    QFETCH(QString, words);
    QCOMPARE(placeName(loadSample("citizen-services-chatbot"), path), words);
}

void TestPlaceNames::placesInAFileThatDidNotLoadAreWords_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("words");
    QTest::newRow("a price") << "bids[1].price"
                             << "bid no. 2 › price";
    QTest::newRow("a mark") << "bids[0].marks.T1.1[2]"
                            << "bid no. 1 › marks for T1.1, member no. 3";
    QTest::newRow("a marks row") << "bids[3].marks.T2"
                                 << "bid no. 4 › marks for T2";
    QTest::newRow("a sub-criterion's weight") << "criteria[0].children[2].weight"
                                              << "criterion no. 1.3 › weight";
    QTest::newRow("a deep criterion") << "criteria[1].children[0].children[4].children"
                                      << "criterion no. 2.1.5 › children";
    QTest::newRow("a member") << "evaluators[1].id"
                              << "member no. 2 › id";
    QTest::newRow("a cost line") << "bids[0].costs[2].amount"
                                 << "bid no. 1 › costs, item 3 › amount";
    QTest::newRow("an option") << "tender.evaluation.decimals"
                               << "tender › evaluation › decimals";
    QTest::newRow("the version") << "version"
                                 << "version";
    QTest::newRow("already words") << "line 13, column 19"
                                   << "line 13, column 19";
    QTest::newRow("not a path") << "bids[x].price"
                                << "bids[x].price";
    QTest::newRow("nothing") << ""
                             << "";
}

void TestPlaceNames::placesInAFileThatDidNotLoadAreWords()
{
    QFETCH(QString, path);
    QFETCH(QString, words);
    QCOMPARE(placeInFile(path), words);
}

void TestPlaceNames::theStandingOfABidWithAMissingMarkNamesItInWords()
{
    Tender t = TenderBuilder()
                   .qcbs(70, 30)
                   .criterion("C1", 100, 100)
                   .evaluators(2)
                   .bid("X", 90, 140)
                   .bid("Y", 80, 100)
                   .build();
    t.bids[1].marks.set(0, 1, MarksSheet::unmarked());
    const Evaluation ev = evaluate(t);
    const BidResult& y = ev.results[1];
    QCOMPARE(y.standing, Standing::Incomplete);
    QVERIFY2(y.reason().contains(QStringLiteral("Y's mark from E2 for C1")),
             qPrintable(y.reason()));
    QVERIFY2(!y.reason().contains(QStringLiteral("bids[")), qPrintable(y.reason()));
}

void TestPlaceNames::aRulebookMessageNamesTheParameterInWords()
{
    // GFR 2017 Rule 192 limits the technical weight; 90 breaches it.
    const Tender t = TenderBuilder()
                         .qcbs(90, 10)
                         .rulebook(QStringLiteral("gfr-2017-rule-192"))
                         .criterion("C1", 100, 100)
                         .bid("X", 90, 140)
                         .build();
    const Problems problems = checkRulebook(t);
    QVERIFY(!problems.isEmpty());
    for (const Problem& p : problems) {
        QVERIFY2(p.message.startsWith(QStringLiteral("Technical weight is 90")),
                 qPrintable(p.message));
        QVERIFY2(!p.message.contains(QStringLiteral("technicalWeight")), qPrintable(p.message));
    }
}

QTEST_GUILESS_MAIN(TestPlaceNames)
#include "tst_placenames.moc"
