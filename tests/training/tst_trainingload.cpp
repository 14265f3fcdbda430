// Loading training packs and cases: the good fixture pack loads whole, the
// bundled pack checks clean, references resolve.
#include "training/TrainingLoad.h"

#include <QTest>

using namespace tulana;
using namespace tulana::training;

namespace {
const QString kData = QStringLiteral(TULANA_TEST_DATA "/../training/data");

QString problemsText(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestTrainingLoad : public QObject
{
    Q_OBJECT
private slots:
    void goodPackLoadsWhole();
    void bundledPackChecksClean();
    void packWithoutPassMarkStillLoads();
    void caseAloneFindsItsPackSources();
    void translationsAreKept();
};

void TestTrainingLoad::goodPackLoadsWhole()
{
    const PackLoad load = loadPack(kData + QStringLiteral("/good-pack"));
    QVERIFY2(load.problems.isEmpty(), qPrintable(problemsText(load.problems)));
    QVERIFY(load.pack);
    QCOMPARE(load.pack->id, QStringLiteral("test-pack"));
    QCOMPARE(load.pack->cases.size(), std::size_t(1));
    const TrainingCase& c = load.pack->cases.front();
    QCOMPARE(c.id, QStringLiteral("rank-reversal"));
    QCOMPARE(c.goals.size(), std::size_t(2));
    QCOMPARE(c.steps.size(), std::size_t(3));
    QCOMPARE(c.questions.size(), std::size_t(8));
    QVERIFY(c.tender);
    QCOMPARE(c.tender->bids.size(), std::size_t(3));
    QCOMPARE(c.stepOf(QStringLiteral("q-justify")), 2);
    const Question* q = c.question(QStringLiteral("q-which-apply"));
    QVERIFY(q && q->multiple);
    QCOMPARE(q->answers, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QVERIFY(c.question(QStringLiteral("q-rank-y-without-z"))->answerFrom);
    QCOMPARE(c.question(QStringLiteral("q-rank-y-without-z"))->answerFrom->exclude,
             QStringList{QStringLiteral("Z")});
    // The pack's own source is added to the bundled ones.
    QVERIFY(load.pack->sources.count(QStringLiteral("own-note")));
    QVERIFY(load.pack->sources.count(QStringLiteral("brief-table3")));
    QCOMPARE(c.maxPoints(), 10.0);
}

void TestTrainingLoad::bundledPackChecksClean()
{
    const PackLoad load = loadPack(bundledPackDir());
    QVERIFY2(load.problems.isEmpty(), qPrintable(problemsText(load.problems)));
    QVERIFY(load.pack);
    QCOMPARE(load.pack->id, QStringLiteral("tulana-essentials"));
    // Every source of the brief's Table 3 rows exists, one per consideration.
    const References refs = bundledReferences();
    for (const QString& id : refs.considerations)
        QVERIFY2(refs.sources.count(QStringLiteral("brief-table3-") + id), qPrintable(id));
    QVERIFY(refs.anchors.count(QStringLiteral("page.evaluation")));
    // What a trainee is told before starting, and the certificate states.
    QCOMPARE(load.pack->passMark, std::optional<double>(60));
    QVERIFY(!load.pack->issuer.en.isEmpty());
    QVERIFY(!load.pack->issuer.in(QStringLiteral("hi")).isEmpty());
    QVERIFY(!load.pack->packVersion.isEmpty());
    QVERIFY(load.pack->maxPoints() > 0);
}

void TestTrainingLoad::packWithoutPassMarkStillLoads()
{
    // Packs written before the pass mark existed stay usable.
    const PackLoad load = loadPack(kData + QStringLiteral("/good-pack"));
    QVERIFY2(load.problems.isEmpty(), qPrintable(problemsText(load.problems)));
    QVERIFY(load.pack);
    QVERIFY(!load.pack->passMark);
    QVERIFY(load.pack->issuer.isEmpty());
    QVERIFY(load.pack->packVersion.isEmpty());
}

void TestTrainingLoad::caseAloneFindsItsPackSources()
{
    const CaseLoad load =
        loadCase(kData + QStringLiteral("/good-pack/cases/rank-reversal/case.json"));
    QVERIFY2(load.problems.isEmpty(), qPrintable(problemsText(load.problems)));
    QVERIFY(load.trainingCase);
}

void TestTrainingLoad::translationsAreKept()
{
    const PackLoad load = loadPack(kData + QStringLiteral("/good-pack"));
    QVERIFY(load.pack);
    const TrainingCase& c = load.pack->cases.front();
    QCOMPARE(c.title.in(QStringLiteral("hi")), QStringLiteral("हारने वाली बोली विजेता तय करती है"));
    QCOMPARE(c.title.in(QStringLiteral("en")), QStringLiteral("A losing bid decides the winner"));
    // No translation: the English text.
    QCOMPARE(c.summary.in(QStringLiteral("hi")), c.summary.en);
    const Question* q = c.question(QStringLiteral("q-winner"));
    QCOMPARE(q->hints.size(), std::size_t(1));
    QCOMPARE(q->hints[0].in(QStringLiteral("hi")), QStringLiteral("अंक देखें"));
    QCOMPARE(q->prompt.in(QStringLiteral("hi")), QStringLiteral("कौन सी बोली जीतती है?"));
}

QTEST_GUILESS_MAIN(TestTrainingLoad)
#include "tst_trainingload.moc"
