// The synthetic tender generator: deterministic, of the requested shape, and
// producing tenders a committee could evaluate.
#include "generate/TenderGenerator.h"
#include "io/TenderFile.h"
#include "scoring/Evaluator.h"
#include "validation/TenderValidator.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace tulana;

namespace {

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

Problems errorsOf(const Problems& problems)
{
    Problems out;
    for (const Problem& p : problems)
        if (p.isError())
            out << p;
    return out;
}

double sumOfWeights(const std::vector<Criterion>& nodes)
{
    return std::accumulate(nodes.begin(), nodes.end(), 0.0,
                           [](double s, const Criterion& c) { return s + c.weight; });
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void theSameSeedGivesTheSameTender_data();
    void theSameSeedGivesTheSameTender();
    void differentSeedsGiveDifferentTenders();
    void theTenderHasTheRequestedShape_data();
    void theTenderHasTheRequestedShape();
    void weightsAddUp_data();
    void weightsAddUp();
    void generatedTendersValidate_data();
    void generatedTendersValidate();
    void generatedTendersHaveAWinner_data();
    void generatedTendersHaveAWinner();
    void bidsAreVaried();
};

void TestGenerator::theSameSeedGivesTheSameTender_data()
{
    QTest::addColumn<int>("bids");
    QTest::addColumn<int>("criteria");
    QTest::addColumn<int>("evaluators");
    QTest::addColumn<qulonglong>("seed");
    QTest::newRow("the default spec repeats") << 5 << 8 << 3 << qulonglong(1);
    QTest::newRow("seed zero repeats") << 10 << 7 << 3 << qulonglong(0);
    QTest::newRow("a large seed repeats") << 40 << 30 << 5 << qulonglong(0xfeedfacecafebeefULL);
}

void TestGenerator::theSameSeedGivesTheSameTender()
{
    QFETCH(int, bids);
    QFETCH(int, criteria);
    QFETCH(int, evaluators);
    QFETCH(qulonglong, seed);
    const GeneratorSpec spec{bids, criteria, evaluators, seed};
    const Tender a = generateTender(spec);
    const Tender b = generateTender(spec);
    QVERIFY2(a == b, "the same spec gave two different tenders");
    QCOMPARE(writeTender(a), writeTender(b));
}

void TestGenerator::differentSeedsGiveDifferentTenders()
{
    const Tender a = generateTender({20, 10, 3, 7});
    const Tender b = generateTender({20, 10, 3, 8});
    QCOMPARE(a.criteria, b.criteria); // the shape is the spec's...
    QCOMPARE(a.evaluators.size(), b.evaluators.size());
    int samePrices = 0;
    for (std::size_t i = 0; i < a.bids.size(); ++i)
        samePrices += a.bids[i].price == b.bids[i].price ? 1 : 0;
    QVERIFY2(samePrices < 2, "the bids hardly depend on the seed"); // ...the bids the seed's
    QVERIFY(!(a.bids[0].marks == b.bids[0].marks));
}

void TestGenerator::theTenderHasTheRequestedShape_data()
{
    QTest::addColumn<int>("bids");
    QTest::addColumn<int>("criteria");
    QTest::addColumn<int>("evaluators");
    QTest::newRow("one bid, one criterion, one evaluator") << 1 << 1 << 1;
    QTest::newRow("five bids, eight criteria, three evaluators") << 5 << 8 << 3;
    QTest::newRow("twenty bids, ten criteria, three evaluators") << 20 << 10 << 3;
    QTest::newRow("a thousand bids, fifty criteria, seven evaluators") << 1000 << 50 << 7;
    QTest::newRow("no bids at all") << 0 << 4 << 2;
}

void TestGenerator::theTenderHasTheRequestedShape()
{
    QFETCH(int, bids);
    QFETCH(int, criteria);
    QFETCH(int, evaluators);
    const Tender t = generateTender({bids, criteria, evaluators, 3});
    QCOMPARE(int(t.bids.size()), bids);
    QCOMPARE(countLeaves(t.criteria), criteria);
    QCOMPARE(int(t.evaluators.size()), evaluators);
    QCOMPARE(int(t.criteria.size()), (criteria + 4) / 5); // grouped five to a group
    for (const Bid& bid : t.bids) {
        QCOMPARE(bid.marks.criteria(), criteria);
        QCOMPARE(bid.marks.evaluators(), evaluators);
        for (int c = 0; c < criteria; ++c)
            for (int e = 0; e < evaluators; ++e)
                QVERIFY2(bid.marks.isMarked(c, e), qPrintable(bid.id));
    }
}

void TestGenerator::weightsAddUp_data()
{
    QTest::addColumn<int>("criteria");
    for (int n : {1, 3, 7, 30, 50, 99, 100, 101, 150, 500})
        QTest::newRow(qPrintable(QStringLiteral("the weights of %1 criteria add up to 100").arg(n)))
            << n;
}

void TestGenerator::weightsAddUp()
{
    QFETCH(int, criteria);
    const Tender t = generateTender({2, criteria, 2, 1});
    QVERIFY2(std::abs(sumOfWeights(t.criteria) - 100.0) < 1e-9,
             qPrintable(QString::number(sumOfWeights(t.criteria), 'g', 17)));
    for (const Criterion& group : t.criteria) {
        QVERIFY(group.isGroup());
        QVERIFY2(std::abs(sumOfWeights(group.children) - group.weight) < 1e-9,
                 qPrintable(group.id));
        for (const Criterion& c : group.children) {
            QVERIFY(c.weight > 0);
            QVERIFY(c.maxMarks > 0);
        }
    }
    // And the validator, which is what the officer sees, agrees.
    const Problems problems = validateTender(t);
    for (const Problem& p : problems)
        QVERIFY2(!p.where.startsWith(QStringLiteral("criteria")), qPrintable(p.toString()));
}

void TestGenerator::generatedTendersValidate_data()
{
    QTest::addColumn<int>("bids");
    QTest::addColumn<int>("criteria");
    QTest::addColumn<int>("evaluators");
    QTest::addColumn<qulonglong>("seed");
    QTest::newRow("the default tender validates") << 5 << 8 << 3 << qulonglong(1);
    QTest::newRow("a one-criterion tender validates") << 3 << 1 << 1 << qulonglong(2);
    QTest::newRow("a 150-criterion tender validates") << 10 << 150 << 5 << qulonglong(3);
    QTest::newRow("a 500-bid tender validates") << 500 << 20 << 3 << qulonglong(4);
}

void TestGenerator::generatedTendersValidate()
{
    QFETCH(int, bids);
    QFETCH(int, criteria);
    QFETCH(int, evaluators);
    QFETCH(qulonglong, seed);
    const Tender t = generateTender({bids, criteria, evaluators, seed});
    const Problems errors = errorsOf(validateTender(t));
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    const Problems all = errorsOf(checkTenderValues(t)); // its rulebook too
    QVERIFY2(all.isEmpty(), qPrintable(describe(all)));
}

void TestGenerator::generatedTendersHaveAWinner_data()
{
    QTest::addColumn<int>("bids");
    QTest::addColumn<int>("criteria");
    QTest::addColumn<int>("evaluators");
    QTest::addColumn<qulonglong>("seed");
    for (qulonglong seed : {1ULL, 7ULL, 42ULL, 2026ULL})
        QTest::newRow(qPrintable(QStringLiteral("five bids of seed %1 have a winner").arg(seed)))
            << 5 << 8 << 3 << seed;
    QTest::newRow("twenty bids of seed 7 have a winner") << 20 << 10 << 3 << qulonglong(7);
    QTest::newRow("two hundred bids have a winner") << 200 << 30 << 5 << qulonglong(11);
}

void TestGenerator::generatedTendersHaveAWinner()
{
    QFETCH(int, bids);
    QFETCH(int, criteria);
    QFETCH(int, evaluators);
    QFETCH(qulonglong, seed);
    const Tender t = generateTender({bids, criteria, evaluators, seed});
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    QVERIFY2(ev.hasWinner(), qPrintable(ev.noAwardReason));
    QCOMPARE(ev.results[std::size_t(ev.winner)].rank, 1);
    QCOMPARE(ev.results[std::size_t(ev.winner)].standing, Standing::Qualified);
    QVERIFY(!errorsOf(ev.problems).size());
}

void TestGenerator::bidsAreVaried()
{
    // "Bidders of varying quality... about one bid in twenty non-responsive
    // and some below the technical minimum": the mix an evaluation meets.
    const Tender t = generateTender({400, 10, 3, 5});
    const Evaluation ev = evaluate(t);
    int qualified = 0, belowMinimum = 0, nonResponsive = 0;
    int natures[3] = {0, 0, 0};
    for (std::size_t i = 0; i < t.bids.size(); ++i) {
        qualified += ev.results[i].standing == Standing::Qualified;
        belowMinimum += ev.results[i].standing == Standing::BelowMinimumTechnical;
        nonResponsive += t.bids[i].status == BidStatus::NonResponsive;
        ++natures[int(t.bids[i].nature)];
        if (t.bids[i].status == BidStatus::NonResponsive)
            QVERIFY(!t.bids[i].statusReason.isEmpty());
        QVERIFY(t.bids[i].hasPrice() && t.bids[i].price > 0);
    }
    QVERIFY2(qualified > 100, qPrintable(QString::number(qualified)));
    QVERIFY2(belowMinimum > 20, qPrintable(QString::number(belowMinimum)));
    QVERIFY2(nonResponsive >= 5 && nonResponsive <= 40, qPrintable(QString::number(nonResponsive)));
    for (int n : natures)
        QVERIFY2(n > 50, "every nature of bid appears");
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
