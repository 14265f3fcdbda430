// Grading each kind of question, right and wrong, and a scripted session that
// answers a whole case right and then wrong.
#include "scoring/Evaluator.h"
#include "sensitivity/Sensitivity.h"
#include "training/Grading.h"
#include "training/TrainingLoad.h"
#include "training/TrainingSession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <cmath>

using namespace tulana;
using namespace tulana::training;

namespace {

const QString kGoodPack = QStringLiteral(TULANA_TEST_DATA "/../training/data/good-pack");

TrainingCase fixtureCase()
{
    const PackLoad load = loadPack(kGoodPack);
    if (!load.pack || load.pack->cases.empty())
        qFatal("the good fixture pack does not load");
    return load.pack->cases.front();
}

// Y's lifecycle cost, worked out here from the fixture's cost lines:
// integration 60 in year 0, hosting 20 a year in years 1..3, 10% discount.
double lifecycleOfY()
{
    return 60 + 20 / 1.1 + 20 / std::pow(1.1, 2) + 20 / std::pow(1.1, 3);
}

// The right and a wrong answer to each question of the fixture case. The
// figures are those of shared/domain.md's rank reversal example: with Z,
// X wins with 80.14; without Z, Y wins (86.00 to 84.43).
struct Script
{
    QString question;
    Answer right;
    Answer wrong;
};

std::vector<Script> script()
{
    return {
        {QStringLiteral("q-winner"), Answer::choice({QStringLiteral("X")}),
         Answer::choice({QStringLiteral("Y")})},
        {QStringLiteral("q-combined-x"), Answer::value(80.14), Answer::value(84.43)},
        {QStringLiteral("q-rank-y-without-z"), Answer::value(1), Answer::value(2)},
        {QStringLiteral("q-consideration"),
         Answer::consideration(QStringLiteral("resource-constraints")),
         Answer::consideration(QStringLiteral("maintenance"))},
        {QStringLiteral("q-lifecycle-y"), Answer::value(lifecycleOfY() + 0.4), Answer::value(100)},
        {QStringLiteral("q-typed"), Answer::value(3), Answer::value(4)},
        {QStringLiteral("q-which-apply"),
         Answer::choice({QStringLiteral("c"), QStringLiteral("a")}),
         Answer::choice({QStringLiteral("a")})},
        {QStringLiteral("q-justify"),
         Answer::written(QStringLiteral("X costs more over the lifecycle, but its support avoids "
                                        "lock-in to a single integrator.")),
         Answer::written(QStringLiteral("X is the best bid because it won the evaluation."))},
    };
}

} // namespace

class TestTrainingGrading : public QObject
{
    Q_OBJECT
private slots:
    void eachQuestionRightAndWrong_data();
    void eachQuestionRightAndWrong();
    void choiceOfSeveralNeedsAllAndOnlyThose();
    void numberWithinTolerance();
    void answerFromFollowsBasisAndExclusion();
    void answerFromReadsTheRobustnessAnalyses();
    void justificationIsAConceptChecklist();
    void scriptedSessionAllRightThenAllWrong();
    void firstAnswerCountsAndAttemptsAreKept();
    void hintsAreCountedNotCharged();
    void traineeEditsDoNotMoveAnswersNorTouchFiles();
};

void TestTrainingGrading::eachQuestionRightAndWrong_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<bool>("right");
    for (const Script& s : script()) {
        QTest::newRow(qPrintable(s.question + QStringLiteral(" answered right")))
            << s.question << true;
        QTest::newRow(qPrintable(s.question + QStringLiteral(" answered wrong")))
            << s.question << false;
    }
}

void TestTrainingGrading::eachQuestionRightAndWrong()
{
    QFETCH(QString, question);
    QFETCH(bool, right);
    const TrainingCase c = fixtureCase();
    const Question* q = c.question(question);
    QVERIFY(q);
    Script s;
    for (const Script& row : script())
        if (row.question == question)
            s = row;
    const Feedback f = grade(*q, right ? s.right : s.wrong, *c.tender);
    QCOMPARE(f.correct, right);
    QCOMPARE(f.maxPoints, q->points);
    if (right)
        QCOMPARE(f.points, q->points);
    else
        QVERIFY(f.points < q->points);
    // Right or wrong, the explanation and its sources are given.
    QCOMPARE(f.explanation, q->explanation.en);
    QCOMPARE(f.sources, q->sources);
    QVERIFY(!f.verdict.isEmpty());
    if (!right && q->kind != QuestionKind::Justification)
        QVERIFY2(f.verdict.contains(f.expectedText), qPrintable(f.verdict));
}

void TestTrainingGrading::choiceOfSeveralNeedsAllAndOnlyThose()
{
    const TrainingCase c = fixtureCase();
    const Question& q = *c.question(QStringLiteral("q-which-apply"));
    QVERIFY(
        grade(q, Answer::choice({QStringLiteral("a"), QStringLiteral("c")}), *c.tender).correct);
    QVERIFY(!grade(q,
                   Answer::choice({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}),
                   *c.tender)
                 .correct);
    QVERIFY(!grade(q, Answer::choice({QStringLiteral("c")}), *c.tender).correct);
    QCOMPARE(grade(q, Answer::choice({QStringLiteral("a"), QStringLiteral("c")}), *c.tender)
                 .expectedText,
             QStringLiteral("Time to deploy; Maintenance requirements"));
    // A single-answer choice is wrong when two options are picked.
    const Question& single = *c.question(QStringLiteral("q-winner"));
    QVERIFY(!grade(single, Answer::choice({QStringLiteral("X"), QStringLiteral("Y")}), *c.tender)
                 .correct);
    QVERIFY(!grade(single, Answer{}, *c.tender).correct);
}

void TestTrainingGrading::numberWithinTolerance()
{
    const TrainingCase c = fixtureCase();
    const Question& q = *c.question(QStringLiteral("q-combined-x")); // tolerance 0.01
    QVERIFY(grade(q, Answer::value(80.15), *c.tender).correct);
    QVERIFY(grade(q, Answer::value(80.13), *c.tender).correct);
    QVERIFY(!grade(q, Answer::value(80.16), *c.tender).correct);
    QVERIFY(!grade(q, Answer::value(std::nan("")), *c.tender).correct);
    const Question& exact = *c.question(QStringLiteral("q-typed")); // no tolerance
    QVERIFY(!grade(exact, Answer::value(3.001), *c.tender).correct);
}

void TestTrainingGrading::answerFromFollowsBasisAndExclusion()
{
    const TrainingCase c = fixtureCase();
    Question q = *c.question(QStringLiteral("q-combined-x"));
    QCOMPARE(*expectedNumber(q, *c.tender), 80.14);
    // Without Z, X falls to 84.43 behind Y's 86.00 (rank reversal).
    q.answerFrom->exclude = {QStringLiteral("Z")};
    QCOMPARE(*expectedNumber(q, *c.tender), 84.43);
    q.answerFrom->bid = QStringLiteral("Y");
    QCOMPARE(*expectedNumber(q, *c.tender), 86.0);
    // The evaluated price on the lifecycle basis is the NPV of the cost lines.
    Question price = q;
    price.answerFrom = AnswerFrom{
        QStringLiteral("Y"), EngineValue::EvaluatedPrice, cost::FinancialBasis::LifecycleCost, {}};
    QVERIFY(std::abs(*expectedNumber(price, *c.tender) - lifecycleOfY()) < 1e-9);
    price.answerFrom->basis = cost::FinancialBasis::QuotedPrice;
    QCOMPARE(*expectedNumber(price, *c.tender), 100.0);
    // A bid set aside has no rank: an error, not a number.
    Question rank = q;
    rank.answerFrom =
        AnswerFrom{QStringLiteral("Z"), EngineValue::Rank, std::nullopt, {QStringLiteral("Z")}};
    QString why;
    QVERIFY(!expectedNumber(rank, *c.tender, &why));
    QVERIFY(why.contains(QLatin1String("Z")));
}

// priceToWin, priceCutToWin and technicalWeightToWin are the exact analyses'
// figures, and a figure that has no meaning for the bid is an error.
void TestTrainingGrading::answerFromReadsTheRobustnessAnalyses()
{
    const TrainingCase c = fixtureCase();
    const Tender& t = *c.tender;
    const Evaluation ev = evaluate(t);
    const sensitivity::Report r = sensitivity::analyseExact(t, ev);
    QVERIFY2(r.available, qPrintable(r.why));
    const int loser = ev.ranking.at(1);
    const QString loserId = t.bids[std::size_t(loser)].id;
    const QString winnerId = t.bids[std::size_t(ev.winner)].id;
    const auto price =
        std::find_if(r.priceToWin.begin(), r.priceToWin.end(),
                     [&](const sensitivity::PriceToWin& p) { return p.bid == loser; });
    QVERIFY(price != r.priceToWin.end() && price->threshold && price->change);
    Question q = *c.question(QStringLiteral("q-combined-x"));
    q.answerFrom = AnswerFrom{loserId, EngineValue::PriceToWin, std::nullopt, {}};
    QCOMPARE(*expectedNumber(q, t), *price->threshold);
    q.answerFrom->value = EngineValue::PriceCutToWin;
    QCOMPARE(*expectedNumber(q, t), *price->change * 100);
    // The weight at which it starts to win bounds a segment it wins, and
    // the engine agrees on either side of it.
    q.answerFrom->value = EngineValue::TechnicalWeightToWin;
    const std::optional<double> weight = expectedNumber(q, t);
    QVERIFY(weight);
    const auto winnerAt = [&](double w) {
        Tender at = t;
        at.technicalWeight = w;
        at.financialWeight = 100 - w;
        return evaluate(at).winner;
    };
    const double side = *weight < t.technicalWeight ? -0.25 : 0.25;
    QCOMPARE(winnerAt(*weight + side), loser);
    QCOMPARE(winnerAt(*weight - side), ev.winner);
    // The winner needs no cut and already wins at the announced weight.
    QString why;
    q.answerFrom->bid = winnerId;
    QVERIFY(!expectedNumber(q, t, &why));
    QVERIFY(why.contains(winnerId));
    q.answerFrom->value = EngineValue::PriceCutToWin;
    QVERIFY(!expectedNumber(q, t, &why));
    QVERIFY(why.contains(winnerId));
    // Its price to win is how high its price could have gone.
    q.answerFrom->value = EngineValue::PriceToWin;
    const sensitivity::PriceToWin& top = r.priceToWin.front();
    QCOMPARE(top.bid, ev.winner);
    if (top.threshold)
        QCOMPARE(*expectedNumber(q, t), *top.threshold);
}

void TestTrainingGrading::justificationIsAConceptChecklist()
{
    const TrainingCase c = fixtureCase();
    const Question& q = *c.question(QStringLiteral("q-justify")); // 2 points, 2 concepts, 8 words
    Feedback both =
        grade(q,
              Answer::written(QStringLiteral(
                  "Over its LIFECYCLE X is dearer, but the dependency on one vendor is lower.")),
              *c.tender);
    QVERIFY(both.correct);
    QCOMPARE(both.points, 2.0);
    QVERIFY(both.missed.isEmpty());

    const Feedback one =
        grade(q,
              Answer::written(QStringLiteral(
                  "Over the lifecycle X is dearer but it has better accuracy overall.")),
              *c.tender);
    QVERIFY(!one.correct);
    QCOMPARE(one.points, 1.0);
    QCOMPARE(one.missed, QStringList{QStringLiteral("lock-in")});
    QCOMPARE(one.found, QStringList{QStringLiteral("lifecycle cost")});
    QVERIFY(one.verdict.contains(QLatin1String("lock-in")));
    QCOMPARE(one.expectedText, q.modelAnswer.en);

    // A term in Hindi counts, and Hindi words are counted as words.
    const Feedback hindi =
        grade(q,
              Answer::written(QStringLiteral(
                  "एक्स की जीवनचक्र लागत अधिक है पर किसी एक विक्रेता पर dependency कम है")),
              *c.tender);
    QVERIFY2(hindi.correct, qPrintable(hindi.verdict));
    QCOMPARE(wordCount(QStringLiteral("एक्स की जीवनचक्र लागत")), 4);

    // Too short: no points, whatever it mentions.
    const Feedback shortOne =
        grade(q, Answer::written(QStringLiteral("lifecycle and lock-in")), *c.tender);
    QCOMPARE(shortOne.points, 0.0);
    QVERIFY(!shortOne.correct);
}

void TestTrainingGrading::scriptedSessionAllRightThenAllWrong()
{
    for (const bool right : {true, false}) {
        const QDateTime start(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
        TrainingSession session(fixtureCase(), start);
        QCOMPARE(session.currentStep(), 0);
        QVERIFY(!session.isComplete());
        int minute = 1;
        // Walk the steps and answer each step's questions, as a trainee does.
        do {
            for (const QString& id : session.step()->questions) {
                for (const Script& s : script())
                    if (s.question == id) {
                        const Feedback f = session.answer(id, right ? s.right : s.wrong,
                                                          start.addSecs(60 * minute++));
                        QCOMPARE(f.correct, right);
                    }
            }
        } while (session.next());
        QVERIFY(session.isComplete());
        QCOMPARE(session.currentStep(), 2);
        QVERIFY(!session.next());

        const Score total = session.score();
        QCOMPARE(total.max, 10.0);
        // Wrong answers: the justification still earns nothing (no concept named).
        QCOMPARE(total.points, right ? 10.0 : 0.0);
        const Score reading = session.goalScore(QStringLiteral("qcbs-scores"));
        const Score justify = session.goalScore(QStringLiteral("justify"));
        QCOMPARE(reading.max, 6.0);
        QCOMPARE(justify.max, 4.0);
        QCOMPARE(reading.points, right ? 6.0 : 0.0);
        QCOMPARE(justify.points, right ? 4.0 : 0.0);

        const CaseResult result = session.result();
        QVERIFY(result.completed);
        QCOMPARE(result.started, start);
        QCOMPARE(result.finished, start.addSecs(60 * 8));
        QCOMPARE(result.answers.size(), std::size_t(8));
        QCOMPARE(result.goals.size(), std::size_t(2));
        QCOMPARE(result.points, total.points);
    }
}

void TestTrainingGrading::firstAnswerCountsAndAttemptsAreKept()
{
    TrainingSession session(fixtureCase());
    const QString id = QStringLiteral("q-winner");
    QVERIFY(!session.answer(id, Answer::choice({QStringLiteral("Z")})).correct);
    QVERIFY(session.answer(id, Answer::choice({QStringLiteral("X")})).correct);
    const AnswerRecord* record = session.record(id);
    QVERIFY(record);
    QCOMPARE(record->attempts, 2);
    QVERIFY(!record->feedback.correct);
    QVERIFY(record->lastFeedback.correct);
    QCOMPARE(session.score().points, 0.0);
    QCOMPARE(session.result().answers.front().response, QStringLiteral("Z"));
    QCOMPARE(session.result().answers.front().attempts, 2);
    // An unknown question is not recorded.
    QCOMPARE(session.answer(QStringLiteral("nope"), Answer::value(1)).maxPoints, 0.0);
    QCOMPARE(session.answeredCount(), 1);
}

void TestTrainingGrading::hintsAreCountedNotCharged()
{
    TrainingSession session(fixtureCase());
    const QString id = QStringLiteral("q-winner");
    QCOMPARE(session.takeHint(id), QStringLiteral("Look at the combined column."));
    QCOMPARE(session.takeHint(id), QString()); // only one hint
    QCOMPARE(session.hintsUsed(id), 1);
    session.answer(id, Answer::choice({QStringLiteral("X")}));
    QCOMPARE(session.score().points, 1.0);
    QCOMPARE(session.result().answers.front().hintsUsed, 1);
}

void TestTrainingGrading::traineeEditsDoNotMoveAnswersNorTouchFiles()
{
    const TrainingCase c = fixtureCase();
    const auto hashOf = [](const QString& path) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray caseBefore = hashOf(c.file);
    const QByteArray tenderBefore = hashOf(c.tenderFile);
    TrainingSession session(c);
    // The trainee disqualifies Z in the copy: the expected answer stays the
    // case's, computed from the tender as the case file gives it.
    session.tender().bids[2].status = BidStatus::Withdrawn;
    session.tender().bids[2].statusReason = QStringLiteral("trying");
    QVERIFY(session.answer(QStringLiteral("q-combined-x"), Answer::value(80.14)).correct);
    QCOMPARE(c.tender->bids[2].status, BidStatus::Responsive);
    QCOMPARE(hashOf(c.file), caseBefore);
    QCOMPARE(hashOf(c.tenderFile), tenderBefore);
    QCOMPARE(loadCaseTender(c)->bids[2].status, BidStatus::Responsive);
}

QTEST_GUILESS_MAIN(TestTrainingGrading)
#include "tst_traininggrading.moc"
