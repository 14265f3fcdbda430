#include "scoring/Evaluator.h"

#include "TenderBuilder.h"

#include <QTest>

using namespace tulana;

Q_DECLARE_METATYPE(tulana::Tender)

namespace {

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

// domain.md §1: 70:30, technical marks not normalised, one criterion so the
// technical score is the mark.
TenderBuilder example()
{
    return TenderBuilder().qcbs(70, 30).minimum(70).criterion("C1", 100, 100);
}

const BidResult& resultOf(const Tender& t, const Evaluation& ev, const char* id)
{
    for (const BidResult& r : ev.results)
        if (t.bids[std::size_t(r.bid)].id == QLatin1String(id))
            return r;
    static const BidResult none;
    return none;
}

} // namespace

class TestRankReversal : public QObject
{
    Q_OBJECT

private slots:
    void twoBidsYWins();
    void addingZMakesXWin();
    void removingQualifiedZIsReported();
    void disqualifiedZIsReportedAsAddition();
    void theAdditionWarningNeverOpensTheSealedPrice_data();
    void theAdditionWarningNeverOpensTheSealedPrice();
    void theThresholdIsWhereTheWinnerChanges();
    void aHigherTechnicalScoreNeedsAPriceAboveAThreshold();
    void noReversal_data();
    void noReversal();
};

void TestRankReversal::twoBidsYWins()
{
    // X: Sf = 100 × 100 / 140 = 71.43; S = 90 × 0.7 + 71.43 × 0.3 = 63 + 21.429 = 84.43
    // Y: Sf = 100;                      S = 80 × 0.7 + 100 × 0.3   = 56 + 30     = 86.00
    const Tender t = example().bid("X", 90, 140).bid("Y", 80, 100).build();
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QCOMPARE(*resultOf(t, ev, "X").combined, 84.43);
    QCOMPARE(*resultOf(t, ev, "Y").combined, 86.00);
    QCOMPARE(ev.winner, 1);
    QVERIFY(ev.rankReversals.empty());
}

void TestRankReversal::addingZMakesXWin()
{
    // Fm = 80 now. X: Sf = 57.14; S = 63 + 17.142 = 80.14
    //              Y: Sf = 80;    S = 56 + 24     = 80.00
    //              Z: Sf = 100;   S = 49 + 30     = 79.00
    const Tender t = example().bid("X", 90, 140).bid("Y", 80, 100).bid("Z", 70, 80).build();
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QCOMPARE(*resultOf(t, ev, "X").financial, 57.14);
    QCOMPARE(*resultOf(t, ev, "Y").financial, 80.0);
    QCOMPARE(*resultOf(t, ev, "Z").financial, 100.0);
    QCOMPARE(*resultOf(t, ev, "X").combined, 80.14);
    QCOMPARE(*resultOf(t, ev, "Y").combined, 80.00);
    QCOMPARE(*resultOf(t, ev, "Z").combined, 79.00);
    QCOMPARE(ev.winner, 0);
    QCOMPARE(ev.ranking, (std::vector<int>{0, 1, 2}));
}

void TestRankReversal::removingQualifiedZIsReported()
{
    const Tender t = example().bid("X", 90, 140).bid("Y", 80, 100).bid("Z", 70, 80).build();
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    // Only Z moves a reference point (the lowest price): one reversal, about Z.
    QCOMPARE(ev.rankReversals.size(), std::size_t(1));
    const RankReversal& rr = ev.rankReversals.front();
    QCOMPARE(rr.kind, RankReversal::Kind::Removal);
    QCOMPARE(rr.bid, 2);
    QCOMPARE(rr.winnerBefore, 0);
    QCOMPARE(rr.winnerAfter, 1);
    for (const QString& part :
         {QStringLiteral("Z (Z Ltd)"), QStringLiteral("Y (Y Ltd)"), QStringLiteral("X (X Ltd)"),
          QStringLiteral("100.00"), QStringLiteral("80.00")})
        QVERIFY2(rr.explanation.contains(part), qPrintable(rr.explanation));
}

void TestRankReversal::disqualifiedZIsReportedAsAddition()
{
    // Minimum 75: Z (70) is not qualified, Y wins 86.00 to 84.43; had Z
    // qualified, X would have won.
    const Tender t =
        example().minimum(75).bid("X", 90, 140).bid("Y", 80, 100).bid("Z", 70, 80).build();
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QCOMPARE(resultOf(t, ev, "Z").standing, Standing::BelowMinimumTechnical);
    QVERIFY(!resultOf(t, ev, "Z").evaluatedPrice); // not opened, though used in the what-if
    QCOMPARE(*resultOf(t, ev, "X").combined, 84.43);
    QCOMPARE(*resultOf(t, ev, "Y").combined, 86.00);
    QCOMPARE(ev.winner, 1);
    QCOMPARE(ev.rankReversals.size(), std::size_t(1));
    const RankReversal& rr = ev.rankReversals.front();
    QCOMPARE(rr.kind, RankReversal::Kind::Addition);
    QCOMPARE(rr.bid, 2);
    QCOMPARE(rr.winnerBefore, 1);
    QCOMPARE(rr.winnerAfter, 0);
    for (const QString& part :
         {QStringLiteral("Z (Z Ltd)"), QStringLiteral("X (X Ltd)"), QStringLiteral("Y (Y Ltd)")})
        QVERIFY2(rr.explanation.contains(part), qPrintable(rr.explanation));
    // X overtakes Y when 63 + 30 × p / 140 > 56 + 30 × p / 100, i.e. p < 81.67;
    // each score rounded to 2 decimals moves the boundary to 81.71.
    QVERIFY2(rr.explanation.contains(QStringLiteral("below 81.71 ")), qPrintable(rr.explanation));
    QVERIFY2(!rr.explanation.contains(QStringLiteral("80.00")), qPrintable(rr.explanation));
}

// GFR 2017 Rules 187/190: the price of a bid below the technical minimum is
// never opened, so the warning must read the same whatever that price is.
void TestRankReversal::theAdditionWarningNeverOpensTheSealedPrice_data()
{
    QTest::addColumn<double>("sealedPrice");
    QTest::newRow("a price that would have changed the winner") << 79.37;
    QTest::newRow("a price that would not have") << 512.43;
    QTest::newRow("a price above every opened one") << 9876.54;
}

void TestRankReversal::theAdditionWarningNeverOpensTheSealedPrice()
{
    QFETCH(double, sealedPrice);
    const Tender reference =
        example().minimum(75).bid("X", 90, 140).bid("Y", 80, 100).bid("Z", 70, 1).build();
    const Tender t =
        example().minimum(75).bid("X", 90, 140).bid("Y", 80, 100).bid("Z", 70, sealedPrice).build();
    const Evaluation expected = evaluate(reference);
    const Evaluation ev = evaluate(t);
    QCOMPARE(ev.rankReversals.size(), std::size_t(1));
    QCOMPARE(expected.rankReversals.size(), std::size_t(1));
    QCOMPARE(ev.rankReversals.front().explanation, expected.rankReversals.front().explanation);
    const QString text = ev.rankReversals.front().explanation;
    const QString price = QString::number(sealedPrice, 'f', 2);
    QVERIFY2(!text.contains(price), qPrintable(text));
}

// Just below the threshold the winner changes; at the threshold it does not.
void TestRankReversal::theThresholdIsWhereTheWinnerChanges()
{
    const auto winnerWithZAt = [](double price) {
        const Tender t = example().bid("X", 90, 140).bid("Y", 80, 100).bid("Z", 70, price).build();
        return evaluate(t).winner;
    };
    const Tender t =
        example().minimum(75).bid("X", 90, 140).bid("Y", 80, 100).bid("Z", 70, 500).build();
    const Evaluation ev = evaluate(t);
    QCOMPARE(ev.rankReversals.size(), std::size_t(1));
    const QString text = ev.rankReversals.front().explanation;
    const qsizetype at = text.indexOf(QStringLiteral("below "));
    QVERIFY2(at >= 0, qPrintable(text));
    const double threshold = text.mid(at + 6).section(u' ', 0, 0).remove(u',').toDouble();
    QVERIFY2(threshold > 80 && threshold < 82, qPrintable(text));
    // With Z qualified (minimum 70) at a price: X wins below, Y at or above.
    QCOMPARE(winnerWithZAt(threshold - 0.02), 0);
    QCOMPARE(winnerWithZAt(threshold + 0.02), 1);
}

// Normalised technical scores: admitting C (94, failing C2's minimum) moves
// the highest technical score from 90 to 94, which lets B overtake A at the
// opened prices; but at a very low price for C every financial score shrinks
// and A wins again. So it is not "whatever its price": a threshold.
void TestRankReversal::aHigherTechnicalScoreNeedsAPriceAboveAThreshold()
{
    const Tender t = TenderBuilder()
                         .qcbs(70, 30)
                         .minimum(70)
                         .normalised()
                         .criterion("C1", 100, 90)
                         .criterion("C2", 100, 10, 50)
                         .bidMarks("A", {{90}, {90}}, 80)
                         .bidMarks("B", {{80}, {80}}, 59.8)
                         .bidMarks("C", {{100}, {40}}, 70)
                         .build();
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QCOMPARE(resultOf(t, ev, "C").standing, Standing::BelowCriterionMinimum);
    QCOMPARE(ev.winner, 0); // A: 70 + 30 × 59.8 / 80 = 92.43; B: 62.22 + 30 = 92.22
    QCOMPARE(ev.rankReversals.size(), std::size_t(1));
    const RankReversal& rr = ev.rankReversals.front();
    QCOMPARE(rr.kind, RankReversal::Kind::Addition);
    QCOMPARE(rr.winnerAfter, 1);
    QVERIFY2(rr.explanation.contains(QStringLiteral("any evaluated price above")),
             qPrintable(rr.explanation));
    QVERIFY2(!rr.explanation.contains(QStringLiteral("whatever")), qPrintable(rr.explanation));
    QVERIFY2(!rr.explanation.contains(QStringLiteral("70.00")), qPrintable(rr.explanation));
}

void TestRankReversal::noReversal_data()
{
    QTest::addColumn<Tender>("tender");
    QTest::addColumn<int>("winner");

    // X: Sf = 100 × 100 / 110 = 90.91, S = 66.5 + 27.273 = 93.77; Y: S = 49 + 30 = 79.
    // Without Y (the lowest price) X is alone and still wins.
    QTest::newRow("removing a losing bid that holds the lowest price leaves the winner")
        << example().bid("X", 95, 110).bid("Y", 70, 100).build() << 0;
    // Z holds the highest price, which Sf = 100 × Fm / F does not depend on.
    QTest::newRow("removing the most expensive bid under lowest-over-price changes nothing")
        << example().bid("X", 90, 100).bid("Y", 80, 120).bid("Z", 75, 300).build() << 0;
    // Z (60, ₹50) is below the minimum, but had it qualified X would still win:
    // X 63 + 30 × 50/100 = 78, Y 56 + 30 × 50/120 = 68.5.
    QTest::newRow("a disqualified bid whose admission would not change the winner")
        << example().bid("X", 90, 100).bid("Y", 80, 120).bid("Z", 60, 50).build() << 0;
    QTest::newRow("LCS has no relative scores") << TenderBuilder(example())
                                                       .lcs()
                                                       .bid("X", 90, 140)
                                                       .bid("Y", 80, 100)
                                                       .bid("Z", 70, 80)
                                                       .build()
                                                << 2;
    QTest::newRow("LCS with a disqualified cheaper bid") << TenderBuilder(example())
                                                                .lcs()
                                                                .minimum(75)
                                                                .bid("X", 90, 140)
                                                                .bid("Y", 80, 100)
                                                                .bid("Z", 70, 80)
                                                                .build()
                                                         << 1;
    QTest::newRow("QBS has no relative scores") << TenderBuilder(example())
                                                       .qbs()
                                                       .bid("X", 90, 140)
                                                       .bid("Y", 80, 100)
                                                       .bid("Z", 70, 80)
                                                       .build()
                                                << 0;
    QTest::newRow("QBS with a disqualified bid") << TenderBuilder(example())
                                                        .qbs()
                                                        .minimum(75)
                                                        .bid("X", 90, 140)
                                                        .bid("Y", 80, 100)
                                                        .bid("Z", 70, 80)
                                                        .build()
                                                 << 0;
}

void TestRankReversal::noReversal()
{
    QFETCH(Tender, tender);
    QFETCH(int, winner);
    const Evaluation ev = evaluate(tender);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QCOMPARE(ev.winner, winner);
    QCOMPARE(ev.rankReversals.size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestRankReversal)
#include "tst_rankreversal.moc"
