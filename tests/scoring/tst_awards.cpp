// The evaluation engine's outcomes: who is awarded under each method,
// which bids cannot be scored yet, and the tender problems that stop an
// evaluation (and the rulebook warnings that do not).
#include "io/PlaceNames.h"

#include "EvaluationChecks.h"

#include <QTest>

using namespace tulana;
using namespace tulana::evaluationchecks;

class TestAwards : public QObject
{
    Q_OBJECT

private slots:
    void awards_data();
    void awards();
    void incompleteBids_data();
    void incompleteBids();
    void tenderProblems_data();
    void tenderProblems();
    void rulebookWarningDoesNotStopTheEvaluation();
};

void TestAwards::awards_data()
{
    QTest::addColumn<Tender>("tender");
    QTest::addColumn<QString>("winner");        // empty: no award
    QTest::addColumn<QStringList>("standings"); // toKey(Standing), per bid
    QTest::addColumn<QList<int>>("ranks");
    QTest::addColumn<QStringList>("opened");  // bids whose evaluated price is known
    QTest::addColumn<QStringList>("reasons"); // part of each bid's reason; "" = must be empty
    QTest::addColumn<QString>("noAward");     // part of the no-award reason

    const QString q = QStringLiteral("qualified");
    const QString below = QStringLiteral("below-minimum-technical");
    const QString overBudget = QStringLiteral("over-budget");

    QTest::newRow(
        "LCS awards the lowest price among qualified bids, not the cheaper unqualified one")
        << TenderBuilder()
               .lcs()
               .minimum(70)
               .criterion("C1", 100, 100)
               .bid("X", 90, 140)
               .bid("Y", 80, 100)
               .bid("Z", 60, 50)
               .build()
        << QStringLiteral("Y") << QStringList{q, q, below} << QList<int>{2, 1, 0}
        << QStringList{QStringLiteral("X"), QStringLiteral("Y")}
        << QStringList{QString(), QString(),
                       QStringLiteral("technical score 60.00 is below the minimum of 70")}
        << QString();

    QTest::newRow("QBS awards the highest technical score and opens only the winner's price")
        << TenderBuilder()
               .qbs()
               .minimum(70)
               .criterion("C1", 100, 100)
               .bid("X", 90, 140)
               .bid("Y", 80, 100)
               .bid("Z", 60, 50)
               .build()
        << QStringLiteral("X") << QStringList{q, q, below} << QList<int>{1, 2, 0}
        << QStringList{QStringLiteral("X")}
        << QStringList{QString(), QString(), QStringLiteral("below the minimum")} << QString();

    // Z's price equals the budget: within it.
    QTest::newRow("FBS awards the best technical score within the budget")
        << TenderBuilder()
               .fbs(120)
               .minimum(70)
               .criterion("C1", 100, 100)
               .bid("X", 90, 140)
               .bid("Y", 80, 100)
               .bid("Z", 85, 120)
               .build()
        << QStringLiteral("Z") << QStringList{overBudget, q, q} << QList<int>{0, 2, 1}
        << QStringList{QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("Z")}
        << QStringList{QStringLiteral("evaluated price 140.00 is above the budget of 120.00"),
                       QString(), QString()}
        << QString();

    QTest::newRow("FBS compares the price with tax to the budget")
        << TenderBuilder()
               .fbs(120)
               .minimum(70)
               .criterion("C1", 100, 100)
               .bid("X", 90, 100, 30)
               .bid("Y", 80, 100, 18)
               .build()
        << QStringLiteral("Y") << QStringList{overBudget, q} << QList<int>{0, 1}
        << QStringList{QStringLiteral("X"), QStringLiteral("Y")}
        << QStringList{QStringLiteral("130.00"), QString()} << QString();

    QTest::newRow("FBS rejects a bid below the minimum on technical grounds, unopened")
        << TenderBuilder()
               .fbs(120)
               .minimum(70)
               .criterion("C1", 100, 100)
               .bid("X", 60, 500)
               .bid("Y", 80, 100)
               .build()
        << QStringLiteral("Y") << QStringList{below, q} << QList<int>{0, 1}
        << QStringList{QStringLiteral("Y")}
        << QStringList{QStringLiteral("below the minimum"), QString()} << QString();

    QTest::newRow("FBS with every bid over the budget makes no award")
        << TenderBuilder().fbs(120).minimum(70).criterion("C1", 100, 100).bid("X", 90, 140).build()
        << QString() << QStringList{overBudget} << QList<int>{0} << QStringList{QStringLiteral("X")}
        << QStringList{QStringLiteral("above the budget")} << QStringLiteral("no bid is qualified");

    QTest::newRow("QCBS with one bid awards it")
        << xyz().bid("X", 75, 500).build() << QStringLiteral("X") << QStringList{q} << QList<int>{1}
        << QStringList{QStringLiteral("X")} << QStringList{QString()} << QString();

    QTest::newRow("all bids disqualified: no award, with each bid's reason")
        << xyz().bid("X", 60, 100).bid("Y", 50, 90).build() << QString()
        << QStringList{below, below} << QList<int>{0, 0} << QStringList{}
        << QStringList{QStringLiteral("technical score 60.00"),
                       QStringLiteral("technical score 50.00")}
        << QStringLiteral("no bid is qualified");

    QTest::newRow("no bids: no award")
        << xyz().build() << QString() << QStringList{} << QList<int>{} << QStringList{}
        << QStringList{} << QStringLiteral("no bids have been entered");

    // N and W would win if they were scored (90 marks, ₹50): they are not.
    QTest::newRow("non-responsive and withdrawn bids are not ranked and keep their reasons")
        << xyz()
               .nonResponsive("N", "EMD not paid", 90, 50)
               .withdrawn("W", "withdrawn by letter of 3 March", 90, 50)
               .bid("X", 80, 100)
               .build()
        << QStringLiteral("X")
        << QStringList{QStringLiteral("non-responsive"), QStringLiteral("withdrawn"), q}
        << QList<int>{0, 0, 1} << QStringList{QStringLiteral("X")}
        << QStringList{QStringLiteral("non-responsive: EMD not paid"),
                       QStringLiteral("withdrawn: withdrawn by letter of 3 March"), QString()}
        << QString();

    QTest::newRow("a technical score exactly at the minimum qualifies")
        << xyz().bid("X", 70, 100).build() << QStringLiteral("X") << QStringList{q} << QList<int>{1}
        << QStringList{QStringLiteral("X")} << QStringList{QString()} << QString();

    QTest::newRow("a technical score just below the minimum does not qualify")
        << xyz().bid("X", 69.99, 100).bid("Y", 80, 200).build() << QStringLiteral("Y")
        << QStringList{below, q} << QList<int>{0, 1} << QStringList{QStringLiteral("Y")}
        << QStringList{QStringLiteral("technical score 69.99 is below the minimum of 70"),
                       QString()}
        << QString();

    // X: 50 × 5/10 + 50 × 10/10 = 75 ≥ 70, but C1's average 5 is below its minimum of 6.
    // Y: 50 × 6/10 + 50 × 9/10 = 75, C1 exactly at its minimum.
    QTest::newRow("a committee average below a criterion's minimum marks disqualifies")
        << TenderBuilder()
               .qcbs(70, 30)
               .minimum(70)
               .criterion("C1", 10, 50, 6)
               .criterion("C2", 10, 50)
               .bidMarks("X", {{5}, {10}}, 50)
               .bidMarks("Y", {{6}, {9}}, 100)
               .build()
        << QStringLiteral("Y") << QStringList{QStringLiteral("below-criterion-minimum"), q}
        << QList<int>{0, 1} << QStringList{QStringLiteral("Y")}
        << QStringList{QStringLiteral(
                           "average of 5.00 marks for \"Criterion C1\" is below its minimum of 6"),
                       QString()}
        << QString();

    // 5 × 5/7 + 85 × 5/7 + 10 × 4/7 = 490/7 = 70 exactly, but the sum in
    // binary is 69.99999999999999; with full precision kept it must still qualify.
    QTest::newRow(
        "rounding only the combined score: a technical score of exactly the minimum qualifies")
        << TenderBuilder()
               .qcbs(70, 30)
               .minimum(70)
               .combinedOnly()
               .criterion("C1", 7, 5)
               .criterion("C2", 7, 85)
               .criterion("C3", 7, 10)
               .bidMarks("X", {{5}, {5}, {4}}, 100)
               .build()
        << QStringLiteral("X") << QStringList{q} << QList<int>{1}
        << QStringList{QStringLiteral("X")} << QStringList{QString()} << QString();

    // (5.0 + 5.0 + 7.7) / 3 = 5.9 exactly, 5.8999999999999995 in binary.
    QTest::newRow("decimal marks averaging exactly a criterion's minimum qualify")
        << TenderBuilder()
               .qcbs(70, 30)
               .minimum(0)
               .criterion("C1", 10, 100, 5.9)
               .evaluators(3)
               .bidMarks("X", {{5.0, 5.0, 7.7}}, 100)
               .build()
        << QStringLiteral("X") << QStringList{q} << QList<int>{1}
        << QStringList{QStringLiteral("X")} << QStringList{QString()} << QString();
}

void TestAwards::awards()
{
    QFETCH(Tender, tender);
    QFETCH(QString, winner);
    QFETCH(QStringList, standings);
    QFETCH(QList<int>, ranks);
    QFETCH(QStringList, opened);
    QFETCH(QStringList, reasons);
    QFETCH(QString, noAward);

    const Evaluation ev = evaluate(tender);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QVERIFY2(!hasErrors(ev.problems), qPrintable(describe(ev.problems)));
    QCOMPARE(standingsOf(ev), standings);
    QCOMPARE(ranksOf(ev), ranks);
    QCOMPARE(openedOf(tender, ev), opened);
    QCOMPARE(winnerId(tender, ev), winner);
    if (winner.isEmpty())
        QVERIFY2(ev.noAwardReason.contains(noAward), qPrintable(ev.noAwardReason));
    else
        QCOMPARE(ev.noAwardReason, QString());

    for (std::size_t i = 0; i < ev.results.size(); ++i) {
        const BidResult& r = ev.results[i];
        const QString& reason = reasons.at(qsizetype(i));
        if (reason.isEmpty())
            QCOMPARE(r.reason(), QString());
        else
            QVERIFY2(r.reason().contains(reason), qPrintable(r.reason()));
        // Two envelopes: no financial or combined score without a qualified technical score,
        // and only QCBS has them at all.
        if (r.standing != Standing::Qualified || tender.method != SelectionMethod::Qcbs) {
            QVERIFY(!r.financial);
            QVERIFY(!r.financialExact);
            QVERIFY(!r.combined);
            QVERIFY(!r.combinedExact);
        } else {
            QVERIFY(r.financial);
            QVERIFY(r.combined);
        }
    }
    if (ev.hasWinner())
        QCOMPARE(ev.results[std::size_t(ev.winner)].rank, 1);
}

void TestAwards::incompleteBids_data()
{
    QTest::addColumn<Tender>("tender");
    QTest::addColumn<QString>("where"); // the located problem of bids[1]

    const double inf = std::numeric_limits<double>::infinity();
    const double nan = TenderBuilder::missing();
    const auto withB = [](double mark, double price, double tax = 0) {
        return xyz().bid("A", 90, 100).bid("B", mark, price, tax).build();
    };
    QTest::newRow("a missing price") << withB(80, nan) << QStringLiteral("bids[1].price");
    QTest::newRow("a price of zero") << withB(80, 0) << QStringLiteral("bids[1].price");
    QTest::newRow("a negative price") << withB(80, -100) << QStringLiteral("bids[1].price");
    QTest::newRow("an infinite price") << withB(80, inf) << QStringLiteral("bids[1].price");
    QTest::newRow("a tax that is not a number")
        << withB(80, 100, nan) << QStringLiteral("bids[1].tax");
    QTest::newRow("a negative tax") << withB(80, 100, -1) << QStringLiteral("bids[1].tax");
    QTest::newRow("a missing mark") << withB(nan, 100) << QStringLiteral("bids[1].marks.C1[0]");
    QTest::newRow("a mark above the maximum")
        << withB(101, 100) << QStringLiteral("bids[1].marks.C1[0]");
    QTest::newRow("a negative mark") << withB(-1, 100) << QStringLiteral("bids[1].marks.C1[0]");
    QTest::newRow("an infinite mark") << withB(inf, 100) << QStringLiteral("bids[1].marks.C1[0]");
    QTest::newRow("one evaluator's mark missing of three")
        << xyz()
               .evaluators(3)
               .bidMarks("A", {{90, 90, 90}}, 100)
               .bidMarks("B", {{80, nan, 80}}, 100)
               .build()
        << QStringLiteral("bids[1].marks.C1[1]");

    Tender wrongShape = withB(80, 100);
    wrongShape.bids[1].marks = MarksSheet(2, 1);
    QTest::newRow("a marks sheet of the wrong shape")
        << wrongShape << QStringLiteral("bids[1].marks");
}

void TestAwards::incompleteBids()
{
    QFETCH(Tender, tender);
    QFETCH(QString, where);

    const Evaluation ev = evaluate(tender);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QVERIFY2(hasErrorAt(ev.problems, where), qPrintable(describe(ev.problems)));
    QCOMPARE(ev.results.at(1).standing, Standing::Incomplete);
    // The reason names the place in words ("B's price"), never by its JSON path.
    QVERIFY2(ev.results.at(1).reason().contains(placeName(tender, where)),
             qPrintable(ev.results.at(1).reason()));
    QVERIFY2(!ev.results.at(1).reason().contains(where), qPrintable(ev.results.at(1).reason()));
    QCOMPARE(ev.results.at(1).rank, 0);
    QVERIFY(!ev.results.at(1).evaluatedPrice);
    // The other bid is still scored, but nothing is awarded until every bid can be.
    QCOMPARE(ev.results.at(0).standing, Standing::Qualified);
    QVERIFY(!ev.hasWinner());
    QVERIFY2(ev.noAwardReason.contains(QStringLiteral("not complete")),
             qPrintable(ev.noAwardReason));
    QVERIFY(ev.rankReversals.empty());
    QCOMPARE(nonFiniteNumbers(ev), QStringList());
}

void TestAwards::tenderProblems_data()
{
    QTest::addColumn<Tender>("tender");
    QTest::addColumn<QString>("where");

    QTest::newRow("criteria weights adding up to 90")
        << TenderBuilder().criterion("C1", 10, 60).criterion("C2", 10, 30).bid("X", 8, 100).build()
        << QStringLiteral("criteria");

    Criterion group;
    group.id = QStringLiteral("G");
    group.name = QStringLiteral("Group");
    group.weight = 100;
    group.children = {Criterion{QStringLiteral("G.1"), QStringLiteral("One"), {}, 10, 50, {}, {}},
                      Criterion{QStringLiteral("G.2"), QStringLiteral("Two"), {}, 10, 40, {}, {}}};
    QTest::newRow("a group's children adding up to less than the group")
        << TenderBuilder().node(group).bid("X", 8, 100).build()
        << QStringLiteral("criteria[0].children");

    QTest::newRow("technical and financial weights adding up to 90")
        << xyz().qcbs(70, 20).bid("X", 80, 100).build() << QStringLiteral("tender.financialWeight");
    QTest::newRow("no criteria") << TenderBuilder().bid("X", 80, 100).build()
                                 << QStringLiteral("criteria");
    QTest::newRow("no evaluators")
        << xyz().evaluators(0).bid("X", 80, 100).build() << QStringLiteral("evaluators");
    Tender noBudget = TenderBuilder().fbs(100).criterion("C1", 100, 100).bid("X", 80, 90).build();
    noBudget.budget.reset();
    QTest::newRow("FBS without a budget") << noBudget << QStringLiteral("tender.budget");
    QTest::newRow("a rulebook limit that is an error")
        << xyz()
               .qcbs(85, 15)
               .rulebook(QStringLiteral("gfr-2017-rule-192"))
               .bid("X", 80, 100)
               .build()
        << QStringLiteral("tender.technicalWeight");
    QTest::newRow("an unknown rulebook")
        << xyz().rulebook(QStringLiteral("no-such-rulebook")).bid("X", 80, 100).build()
        << QStringLiteral("tender.rulebook");
}

void TestAwards::tenderProblems()
{
    QFETCH(Tender, tender);
    QFETCH(QString, where);

    const Evaluation ev = evaluate(tender);
    QVERIFY(!ev.evaluated);
    QVERIFY2(hasErrorAt(ev.problems, where), qPrintable(describe(ev.problems)));
    QVERIFY(ev.results.empty());
    QVERIFY(ev.ranking.empty());
    QVERIFY(!ev.hasWinner());
    QVERIFY(!ev.noAwardReason.isEmpty());
}

void TestAwards::rulebookWarningDoesNotStopTheEvaluation()
{
    // ADB: 80:20 is normal; 70:30 is a warning, not an error.
    const Tender t = xyz()
                         .minimum(75)
                         .rulebook(QStringLiteral("adb"))
                         .bid("X", 90, 140)
                         .bid("Y", 80, 100)
                         .build();
    const Evaluation ev = evaluate(t);
    QVERIFY(ev.evaluated);
    QVERIFY(!hasErrors(ev.problems));
    QVERIFY(std::any_of(ev.problems.begin(), ev.problems.end(), [](const Problem& p) {
        return !p.isError() && p.where == QLatin1String("tender.technicalWeight");
    }));
    QCOMPARE(winnerId(t, ev), QStringLiteral("Y"));
}

QTEST_GUILESS_MAIN(TestAwards)
#include "tst_awards.moc"
