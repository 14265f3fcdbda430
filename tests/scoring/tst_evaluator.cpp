// The evaluation engine: QCBS scores, the committee average, ties, and
// that no input makes a NaN or changes the result from run to run.
#include "EvaluationChecks.h"

#include <QTest>

using namespace tulana;
using namespace tulana::evaluationchecks;

class TestEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void qcbsScores_data();
    void qcbsScores();
    void committeeAverage();
    void scoringBasisIsOfQualifiedBidsOnly();
    void ties_data();
    void ties();
    void neverNaN_data();
    void neverNaN();
    void deterministic_data();
    void deterministic();
};

void TestEvaluator::qcbsScores_data()
{
    QTest::addColumn<Tender>("tender");
    QTest::addColumn<QList<double>>("technicalUsed");
    QTest::addColumn<QList<double>>("evaluatedPrice");
    QTest::addColumn<QList<double>>("financial");
    QTest::addColumn<QList<double>>("combined");
    QTest::addColumn<QString>("winner");

    // Sf(X) = 100 × 100 / 140 = 71.428… → 71.43; S(X) = 90 × 0.7 + 71.43 × 0.3 = 84.429 → 84.43
    // Sf(Y) = 100;                               S(Y) = 80 × 0.7 + 100 × 0.3 = 86.00
    QTest::newRow("lowest price gets 100 points, the others 100 × lowest / price")
        << xyz().bid("X", 90, 140).bid("Y", 80, 100).build() << QList<double>{90, 80}
        << QList<double>{140, 100} << QList<double>{71.43, 100} << QList<double>{84.43, 86.00}
        << QStringLiteral("Y");

    // 60:40: S(X) = 54 + 71.43 × 0.4 = 82.572 → 82.57; S(Y) = 48 + 40 = 88
    QTest::newRow("the weights 60:40 combine the same scores differently")
        << xyz().qcbs(60, 40).bid("X", 90, 140).bid("Y", 80, 100).build() << QList<double>{90, 80}
        << QList<double>{140, 100} << QList<double>{71.43, 100} << QList<double>{82.57, 88}
        << QStringLiteral("Y");

    // Linear: Sf = 100 × (200 − F) / (200 − 100): X 100, Y 50, Z 0.
    // S: X 63 + 30 = 93; Y 56 + 15 = 71; Z 52.5 + 0 = 52.5
    QTest::newRow("linear interpolation gives the lowest price 100 and the highest 0")
        << xyz().linearPrice().bid("X", 90, 100).bid("Y", 80, 150).bid("Z", 75, 200).build()
        << QList<double>{90, 80, 75} << QList<double>{100, 150, 200} << QList<double>{100, 50, 0}
        << QList<double>{93, 71, 52.5} << QStringLiteral("X");

    QTest::newRow("linear interpolation with all prices equal gives every bid 100")
        << xyz().linearPrice().bid("X", 90, 100).bid("Y", 80, 100).build() << QList<double>{90, 80}
        << QList<double>{100, 100} << QList<double>{100, 100} << QList<double>{93, 86}
        << QStringLiteral("X");

    QTest::newRow("linear interpolation with a single bid gives it 100")
        << xyz().linearPrice().bid("X", 90, 120).build() << QList<double>{90} << QList<double>{120}
        << QList<double>{100} << QList<double>{93} << QStringLiteral("X");

    // Tn = 100 × T / Tmax with Tmax = 90 among qualified bids (the withdrawn W
    // with 100 marks and a lower price counts for neither maximum nor minimum).
    // X: 100 × 0.7 + 71.43 × 0.3 = 91.429 → 91.43; Y: Tn = 80, 56 + 30 = 86
    QTest::newRow("technical normalised to the highest qualified bid")
        << xyz()
               .normalised()
               .bid("X", 90, 140)
               .bid("Y", 72, 100)
               .withdrawn("W", "letter", 100, 50)
               .build()
        << QList<double>{100, 80, 0} << QList<double>{140, 100, notSet}
        << QList<double>{71.43, 100, notSet} << QList<double>{91.43, 86, notSet}
        << QStringLiteral("X");

    // With tax: X 130, Y 110 (lowest). Sf(X) = 100 × 110 / 130 = 84.615… → 84.62;
    // S(X) = 56 + 25.386 = 81.386 → 81.39; S(Y) = 57.4 + 30 = 87.40.
    QTest::newRow("prices include tax by default, which changes the evaluated price")
        << xyz().bid("X", 80, 100, 30).bid("Y", 82, 110).build() << QList<double>{80, 82}
        << QList<double>{130, 110} << QList<double>{84.62, 100} << QList<double>{81.39, 87.40}
        << QStringLiteral("Y");

    // Without tax: X 100 (lowest), Y 110. Sf(Y) = 90.909… → 90.91;
    // S(X) = 56 + 30 = 86; S(Y) = 57.4 + 27.273 = 84.673 → 84.67. The winner changes.
    QTest::newRow("prices without tax when the tender evaluates them so")
        << xyz().taxExcluded().bid("X", 80, 100, 30).bid("Y", 82, 110).build()
        << QList<double>{80, 82} << QList<double>{100, 110} << QList<double>{100, 90.91}
        << QList<double>{86, 84.67} << QStringLiteral("X");

    // Committee average: X (70 + 80 + 90) / 3 = 80, Y (95 + 85 + 90) / 3 = 90.
    // S(X) = 56 + 30 = 86; Sf(Y) = 80, S(Y) = 63 + 24 = 87.
    QTest::newRow("the technical score is the committee's average")
        << xyz()
               .evaluators(3)
               .bidMarks("X", {{70, 80, 90}}, 100)
               .bidMarks("Y", {{95, 85, 90}}, 125)
               .build()
        << QList<double>{80, 90} << QList<double>{100, 125} << QList<double>{100, 80}
        << QList<double>{86, 87} << QStringLiteral("Y");

    // X: T = 211/3 = 70.333…, Sf = 10000/101 = 99.0099…
    // Each score rounded: 70.33 × 0.7 + 99.01 × 0.3 = 49.231 + 29.703 = 78.934 → 78.93
    // Combined only:      70.333… × 0.7 + 99.0099… × 0.3 = 78.9363… → 78.94
    // Y: 75 × 0.7 + 100 × 0.3 = 82.5 either way.
    const TenderBuilder rounding =
        xyz().evaluators(3).bidMarks("X", {{70, 70, 71}}, 101).bidMarks("Y", {{75, 75, 75}}, 100);
    QTest::newRow("rounding each score gives X 78.93")
        << TenderBuilder(rounding).build() << QList<double>{70.33, 75} << QList<double>{101, 100}
        << QList<double>{99.01, 100} << QList<double>{78.93, 82.5} << QStringLiteral("Y");
    QTest::newRow("rounding only the combined score gives X 78.94")
        << TenderBuilder(rounding).combinedOnly().build() << QList<double>{211.0 / 3.0, 75}
        << QList<double>{101, 100} << QList<double>{10000.0 / 101.0, 100}
        << QList<double>{78.94, 82.5} << QStringLiteral("Y");

    // No decimals: Sf(X) = 71; S(X) = 63 + 21.3 = 84.3 → 84; S(Y) = 86.
    QTest::newRow("no decimals rounds every score to whole points")
        << xyz().decimals(0).bid("X", 90, 140).bid("Y", 80, 100).build() << QList<double>{90, 80}
        << QList<double>{140, 100} << QList<double>{71, 100} << QList<double>{84, 86}
        << QStringLiteral("Y");

    QTest::newRow("a single bid gets 100 financial points")
        << xyz().bid("X", 75, 500).build() << QList<double>{75} << QList<double>{500}
        << QList<double>{100} << QList<double>{82.5} << QStringLiteral("X");
}

void TestEvaluator::qcbsScores()
{
    QFETCH(Tender, tender);
    QFETCH(QList<double>, technicalUsed);
    QFETCH(QList<double>, evaluatedPrice);
    QFETCH(QList<double>, financial);
    QFETCH(QList<double>, combined);
    QFETCH(QString, winner);

    const Evaluation ev = evaluate(tender);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QVERIFY2(!hasErrors(ev.problems), qPrintable(describe(ev.problems)));
    QCOMPARE(ev.results.size(), std::size_t(technicalUsed.size()));
    for (int i = 0; i < technicalUsed.size(); ++i) {
        const BidResult& r = ev.results[std::size_t(i)];
        if (financial[i] == notSet) {
            QVERIFY(r.standing != Standing::Qualified);
        } else {
            QCOMPARE(r.technicalForCombination, technicalUsed[i]);
        }
        QCOMPARE(valueOr(r.evaluatedPrice), evaluatedPrice[i]);
        QCOMPARE(valueOr(r.financial), financial[i]);
        QCOMPARE(valueOr(r.combined), combined[i]);
    }
    QCOMPARE(winnerId(tender, ev), winner);
}

void TestEvaluator::committeeAverage()
{
    // C1 (max 10, 60 points): 6, 7, 8 → 7; C2 (max 20, 40 points): 20, 10, 15 → 15.
    // T = 60 × 7 / 10 + 40 × 15 / 20 = 42 + 30 = 72.
    const Tender t = TenderBuilder()
                         .qcbs(70, 30)
                         .minimum(70)
                         .criterion("C1", 10, 60)
                         .criterion("C2", 20, 40)
                         .evaluators(3)
                         .bidMarks("X", {{6, 7, 8}, {20, 10, 15}}, 100)
                         .build();
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    const BidResult& r = ev.results.at(0);
    QVERIFY(r.technicallyScored);
    QCOMPARE(r.criterionAverages, (std::vector<double>{7, 15}));
    QCOMPARE(r.technicalExact, 72.0);
    QCOMPARE(r.technical, 72.0);
    QCOMPARE(r.standing, Standing::Qualified);
}

void TestEvaluator::scoringBasisIsOfQualifiedBidsOnly()
{
    // Z (70, ₹80) is below the minimum of 75: it sets neither the lowest price
    // nor anything else. Qualified: X (90, ₹140), Y (80, ₹100).
    const Tender t = xyz().minimum(75).bid("X", 90, 140).bid("Y", 80, 100).bid("Z", 70, 80).build();
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QCOMPARE(ev.basis.lowestPrice, 100.0);
    QCOMPARE(ev.basis.highestPrice, 140.0);
    QCOMPARE(ev.basis.highestTechnical, 90.0);
    QCOMPARE(ev.ranking, (std::vector<int>{1, 0}));
}

void TestEvaluator::ties_data()
{
    QTest::addColumn<Tender>("tender");
    QTest::addColumn<QString>("winner");
    QTest::addColumn<QList<int>>("ranks");
    QTest::addColumn<QList<bool>>("tieBroken");
    QTest::addColumn<QStringList>("note");    // parts of tieBreakNote; empty list = no note
    QTest::addColumn<QStringList>("noAward"); // parts of noAwardReason

    const QString byTechnical = displayName(TieBreak::HigherTechnicalThenLowerPrice);
    const QString byPrice = displayName(TieBreak::LowerPriceThenHigherTechnical);

    // 50:50: X 90 × 0.5 + 80 × 0.5 = 85 (Sf = 100 × 100 / 125 = 80);
    //        Y 70 × 0.5 + 100 × 0.5 = 85.
    const TenderBuilder tie = xyz().qcbs(50, 50).bid("X", 90, 125).bid("Y", 70, 100);
    QTest::newRow("equal combined scores: the higher technical score wins by the tie-break")
        << TenderBuilder(tie).build() << QStringLiteral("X") << QList<int>{1, 2}
        << QList<bool>{true, true} << QStringList{QStringLiteral("X (X Ltd)"), byTechnical}
        << QStringList{};
    QTest::newRow("the tie-break rule lower price first gives the same tie to the cheaper bid")
        << TenderBuilder(tie).lowerPriceFirst().build() << QStringLiteral("Y") << QList<int>{2, 1}
        << QList<bool>{true, true} << QStringList{QStringLiteral("Y (Y Ltd)"), byPrice}
        << QStringList{};

    // No decimals: X Sf = 71, 63 + 21.3 = 84.3 → 84; Y 77 × 0.7 + 30 = 83.9 → 84.
    QTest::newRow("scores equal once rounded to the announced decimals are tied")
        << xyz().decimals(0).bid("X", 90, 140).bid("Y", 77, 100).build() << QStringLiteral("X")
        << QList<int>{1, 2} << QList<bool>{true, true} << QStringList{QStringLiteral("X (X Ltd)")}
        << QStringList{};

    QTest::newRow("LCS: equal prices go to the higher technical score")
        << TenderBuilder()
               .lcs()
               .minimum(70)
               .criterion("C1", 100, 100)
               .bid("X", 80, 100)
               .bid("Y", 90, 100)
               .build()
        << QStringLiteral("Y") << QList<int>{2, 1} << QList<bool>{true, true}
        << QStringList{QStringLiteral("Y (Y Ltd)"), byTechnical} << QStringList{};

    QTest::newRow("a tie neither rule resolves: no award, naming both bids")
        << xyz().bid("X", 80, 100).bid("Y", 80, 100).build() << QString() << QList<int>{1, 1}
        << QList<bool>{false, false} << QStringList{}
        << QStringList{QStringLiteral("X (X Ltd)"), QStringLiteral("Y (Y Ltd)"), byTechnical};
    QTest::newRow("a tie neither rule resolves under lower price first either")
        << xyz().lowerPriceFirst().bid("X", 80, 100).bid("Y", 80, 100).bid("Z", 75, 110).build()
        << QString() << QList<int>{1, 1, 3} << QList<bool>{false, false, false} << QStringList{}
        << QStringList{QStringLiteral("X (X Ltd)"), QStringLiteral("Y (Y Ltd)"), byPrice};

    QTest::newRow("distinct scores: no tie-break and no note")
        << xyz().bid("X", 90, 140).bid("Y", 80, 100).build() << QStringLiteral("Y")
        << QList<int>{2, 1} << QList<bool>{false, false} << QStringList{} << QStringList{};
}

void TestEvaluator::ties()
{
    QFETCH(Tender, tender);
    QFETCH(QString, winner);
    QFETCH(QList<int>, ranks);
    QFETCH(QList<bool>, tieBroken);
    QFETCH(QStringList, note);
    QFETCH(QStringList, noAward);

    const Evaluation ev = evaluate(tender);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QCOMPARE(winnerId(tender, ev), winner);
    QCOMPARE(ranksOf(ev), ranks);
    QList<bool> broken;
    for (const BidResult& r : ev.results)
        broken << r.tieBroken;
    QCOMPARE(broken, tieBroken);
    if (note.isEmpty())
        QCOMPARE(ev.tieBreakNote, QString());
    for (const QString& part : note)
        QVERIFY2(ev.tieBreakNote.contains(part), qPrintable(ev.tieBreakNote));
    if (winner.isEmpty())
        QVERIFY(!ev.noAwardReason.isEmpty());
    for (const QString& part : noAward)
        QVERIFY2(ev.noAwardReason.contains(part), qPrintable(ev.noAwardReason));
}

void TestEvaluator::neverNaN_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("bids");
    QTest::addColumn<int>("criteria");
    QTest::addColumn<int>("evaluators");

    const int sizes[][3] = {{1, 1, 1}, {2, 3, 1}, {5, 8, 3}, {12, 12, 5}, {40, 20, 3}};
    for (quint64 seed = 1; seed <= 6; ++seed)
        for (const auto& s : sizes)
            QTest::addRow("seed %llu with %d bids, %d criteria and %d evaluators", seed, s[0], s[1],
                          s[2])
                << seed << s[0] << s[1] << s[2];
}

void TestEvaluator::neverNaN()
{
    QFETCH(quint64, seed);
    QFETCH(int, bids);
    QFETCH(int, criteria);
    QFETCH(int, evaluators);

    const Tender base = generated(seed, bids, criteria, evaluators);
    int evaluations = 0;
    for (SelectionMethod method :
         {SelectionMethod::Qcbs, SelectionMethod::Lcs, SelectionMethod::Qbs, SelectionMethod::Fbs})
        for (TechnicalScoreBasis basis :
             {TechnicalScoreBasis::Marks, TechnicalScoreBasis::NormalisedToHighest})
            for (PriceFormula formula :
                 {PriceFormula::LowestOverPrice, PriceFormula::LinearInterpolation})
                for (RoundingPoint rounding :
                     {RoundingPoint::EachScore, RoundingPoint::CombinedOnly})
                    for (TieBreak tieBreak : {TieBreak::HigherTechnicalThenLowerPrice,
                                              TieBreak::LowerPriceThenHigherTechnical})
                        for (bool tax : {true, false})
                            for (double minimum : {0.0, 70.0, 100.0}) {
                                Tender t = base;
                                t.method = method;
                                t.options.technicalBasis = basis;
                                t.options.priceFormula = formula;
                                t.options.roundingPoint = rounding;
                                t.options.tieBreak = tieBreak;
                                t.options.pricesIncludeTax = tax;
                                t.minimumTechnicalScore = minimum;
                                if (method == SelectionMethod::Fbs)
                                    t.budget = t.bids.front().priceWithTax();
                                const Evaluation ev = evaluate(t);
                                ++evaluations;
                                QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
                                QCOMPARE(ev.results.size(), t.bids.size());
                                const QStringList bad = nonFiniteNumbers(ev);
                                QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
                                // Invariants that hold whatever the options.
                                for (const BidResult& r : ev.results) {
                                    QCOMPARE(r.standing == Standing::Qualified, r.rank > 0);
                                    if (r.standing != Standing::Qualified &&
                                        r.standing != Standing::OverBudget)
                                        QVERIFY(!r.evaluatedPrice);
                                    if (method != SelectionMethod::Qcbs)
                                        QVERIFY(!r.financial && !r.combined);
                                    if (r.combined)
                                        QVERIFY(*r.combined >= 0 && *r.combined <= 100);
                                }
                                if (ev.hasWinner()) {
                                    QCOMPARE(ev.results[std::size_t(ev.winner)].rank, 1);
                                    QCOMPARE(ev.ranking.front(), ev.winner);
                                } else {
                                    QVERIFY(!ev.noAwardReason.isEmpty());
                                }
                            }
    QCOMPARE(evaluations, 4 * 2 * 2 * 2 * 2 * 2 * 3);
}

void TestEvaluator::deterministic_data()
{
    QTest::addColumn<Tender>("tender");
    QTest::newRow("the rank-reversal example")
        << xyz().bid("X", 90, 140).bid("Y", 80, 100).bid("Z", 70, 80).build();
    QTest::newRow("a tie broken by the rule")
        << xyz().qcbs(50, 50).bid("X", 90, 125).bid("Y", 70, 100).build();
    QTest::newRow("a generated tender of 60 bids") << generated(11, 60, 15, 4);
    Tender normalised = generated(12, 30, 10, 3);
    normalised.options.technicalBasis = TechnicalScoreBasis::NormalisedToHighest;
    normalised.options.priceFormula = PriceFormula::LinearInterpolation;
    QTest::newRow("a generated tender, normalised, linear price") << normalised;
}

void TestEvaluator::deterministic()
{
    QFETCH(Tender, tender);
    const Tender copy = tender;
    const QString first = dump(evaluate(tender));
    const QString second = dump(evaluate(tender));
    const QString ofCopy = dump(evaluate(copy));
    QVERIFY(first.contains(QStringLiteral("evaluated 1")));
    QCOMPARE(second, first);
    QCOMPARE(ofCopy, first);
    QCOMPARE(tender, copy); // evaluating does not change the tender
}

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
