#include "generate/TenderGenerator.h"
#include "scoring/Evaluator.h"
#include "tender/SelectionMethod.h"

#include "TenderBuilder.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace tulana;

Q_DECLARE_METATYPE(tulana::Tender)

namespace {

// Stands for "no value" (an optional that must be empty) in the expected lists.
constexpr double notSet = -1;

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

QString winnerId(const Tender& t, const Evaluation& ev)
{
    return ev.hasWinner() ? t.bids[std::size_t(ev.winner)].id : QString();
}

QStringList standingsOf(const Evaluation& ev)
{
    QStringList out;
    for (const BidResult& r : ev.results)
        out << toKey(r.standing);
    return out;
}

QList<int> ranksOf(const Evaluation& ev)
{
    QList<int> out;
    for (const BidResult& r : ev.results)
        out << r.rank;
    return out;
}

QStringList openedOf(const Tender& t, const Evaluation& ev)
{
    QStringList out;
    for (const BidResult& r : ev.results)
        if (r.evaluatedPrice)
            out << t.bids[std::size_t(r.bid)].id;
    return out;
}

bool hasErrorAt(const Problems& problems, const QString& where)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.isError() && p.where == where; });
}

double valueOr(const std::optional<double>& v)
{
    return v ? *v : notSet;
}

QString num(double v)
{
    return QString::number(v, 'g', 17);
}
QString num(const std::optional<double>& v)
{
    return v ? num(*v) : QStringLiteral("-");
}

// Every number of an evaluation, named, so a sweep can say which is not finite.
QStringList nonFiniteNumbers(const Evaluation& ev)
{
    QStringList bad;
    const auto check = [&](double v, const QString& what) {
        if (!std::isfinite(v))
            bad << what + QStringLiteral(" = ") + num(v);
    };
    const auto checkOptional = [&](const std::optional<double>& v, const QString& what) {
        if (v)
            check(*v, what);
    };
    check(ev.basis.lowestPrice, QStringLiteral("basis.lowestPrice"));
    check(ev.basis.highestPrice, QStringLiteral("basis.highestPrice"));
    check(ev.basis.highestTechnical, QStringLiteral("basis.highestTechnical"));
    for (const BidResult& r : ev.results) {
        const QString b = QStringLiteral("results[%1].").arg(r.bid);
        for (std::size_t c = 0; c < r.criterionAverages.size(); ++c)
            check(r.criterionAverages[c], b + QStringLiteral("criterionAverages[%1]").arg(c));
        check(r.technicalExact, b + QStringLiteral("technicalExact"));
        check(r.technical, b + QStringLiteral("technical"));
        check(r.technicalForCombination, b + QStringLiteral("technicalForCombination"));
        checkOptional(r.evaluatedPrice, b + QStringLiteral("evaluatedPrice"));
        checkOptional(r.financialExact, b + QStringLiteral("financialExact"));
        checkOptional(r.financial, b + QStringLiteral("financial"));
        checkOptional(r.combinedExact, b + QStringLiteral("combinedExact"));
        checkOptional(r.combined, b + QStringLiteral("combined"));
    }
    return bad;
}

// Everything an evaluation says, as text with every number in full precision.
QString dump(const Evaluation& ev)
{
    QStringList out;
    out << QStringLiteral("method %1 evaluated %2 winner %3")
               .arg(toKey(ev.method))
               .arg(ev.evaluated)
               .arg(ev.winner);
    out << describe(ev.problems) << ev.noAwardReason << ev.tieBreakNote;
    out << QStringLiteral("basis %1 %2 %3")
               .arg(num(ev.basis.lowestPrice), num(ev.basis.highestPrice),
                    num(ev.basis.highestTechnical));
    QStringList ranking;
    for (int b : ev.ranking)
        ranking << QString::number(b);
    out << ranking.join(u',');
    for (const BidResult& r : ev.results) {
        QStringList averages;
        for (double a : r.criterionAverages)
            averages << num(a);
        out << QStringLiteral("%1 %2 %3 %4 [%5] %6 %7 %8")
                   .arg(r.bid)
                   .arg(toKey(r.standing), r.reason)
                   .arg(r.technicallyScored)
                   .arg(averages.join(u','), num(r.technicalExact), num(r.technical),
                        num(r.technicalForCombination));
        out << QStringLiteral("%1 %2 %3 %4 %5 rank %6 %7")
                   .arg(num(r.evaluatedPrice), num(r.financialExact), num(r.financial),
                        num(r.combinedExact), num(r.combined))
                   .arg(r.rank)
                   .arg(r.tieBroken);
    }
    for (const RankReversal& rr : ev.rankReversals)
        out << QStringLiteral("reversal %1 %2 %3 %4 %5")
                   .arg(int(rr.kind))
                   .arg(rr.bid)
                   .arg(rr.winnerBefore)
                   .arg(rr.winnerAfter)
                   .arg(rr.explanation);
    return out.join(u'\n');
}

// The X/Y/Z example of domain.md §1, 70:30, one criterion so that the
// technical score is the mark.
TenderBuilder xyz()
{
    return TenderBuilder().qcbs(70, 30).minimum(70).criterion("C1", 100, 100);
}

Tender generated(std::uint64_t seed, int bids, int criteria, int evaluators)
{
    GeneratorSpec spec;
    spec.seed = seed;
    spec.bids = bids;
    spec.criteria = criteria;
    spec.evaluators = evaluators;
    return generateTender(spec);
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void qcbsScores_data();
    void qcbsScores();
    void committeeAverage();
    void scoringBasisIsOfQualifiedBidsOnly();
    void awards_data();
    void awards();
    void ties_data();
    void ties();
    void incompleteBids_data();
    void incompleteBids();
    void tenderProblems_data();
    void tenderProblems();
    void rulebookWarningDoesNotStopTheEvaluation();
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

void TestEvaluator::awards_data()
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

void TestEvaluator::awards()
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
            QCOMPARE(r.reason, QString());
        else
            QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
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

void TestEvaluator::incompleteBids_data()
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

void TestEvaluator::incompleteBids()
{
    QFETCH(Tender, tender);
    QFETCH(QString, where);

    const Evaluation ev = evaluate(tender);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QVERIFY2(hasErrorAt(ev.problems, where), qPrintable(describe(ev.problems)));
    QCOMPARE(ev.results.at(1).standing, Standing::Incomplete);
    QVERIFY2(ev.results.at(1).reason.contains(where), qPrintable(ev.results.at(1).reason));
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

void TestEvaluator::tenderProblems_data()
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

void TestEvaluator::tenderProblems()
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

void TestEvaluator::rulebookWarningDoesNotStopTheEvaluation()
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
