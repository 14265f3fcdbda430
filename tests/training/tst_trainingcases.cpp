// Every case of the bundled pack (and of the test fixture) validates, and a
// scripted trainee answering all of it right scores full marks on the case
// and on every goal, and answering all of it wrong scores nothing. The
// answers are built from the case itself, so the test follows new cases.
#include "considerations/Table3.h"
#include "scoring/Evaluator.h"
#include "sensitivity/Sensitivity.h"
#include "training/TrainingLoad.h"
#include "training/TrainingSession.h"

#include <QTest>

#include <cmath>

using namespace tulana;
using namespace tulana::training;

namespace {

const QString kFixturePack = QStringLiteral(TULANA_TEST_DATA "/../training/data/good-pack");

QString listed(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

bool mentionsAny(const QString& text, const Concept& c)
{
    return std::any_of(c.anyOf.begin(), c.anyOf.end(), [&](const QString& term) {
        return text.contains(term.trimmed(), Qt::CaseInsensitive);
    });
}

QString padded(QString text, int words)
{
    while (wordCount(text) < words)
        text += QStringLiteral(" further");
    return text;
}

Answer rightAnswer(const Question& q, const Tender& tender)
{
    switch (q.kind) {
    case QuestionKind::Choice:
        return Answer::choice(q.answers);
    case QuestionKind::Consideration:
        return Answer::consideration(q.answers.value(0));
    case QuestionKind::Number:
        return Answer::value(expectedNumber(q, tender).value_or(std::nan("")));
    case QuestionKind::Justification: {
        QStringList terms;
        for (const Concept& c : q.mustMention)
            terms << c.anyOf.value(0);
        return Answer::written(padded(terms.join(QStringLiteral(", ")), q.minimumWords));
    }
    }
    return {};
}

// A wrong answer; empty when the question has none (every option right).
std::optional<Answer> wrongAnswer(const Question& q, const Tender& tender)
{
    switch (q.kind) {
    case QuestionKind::Choice:
        for (const Option& o : q.options)
            if (!q.answers.contains(o.id))
                return Answer::choice({o.id});
        return std::nullopt;
    case QuestionKind::Consideration:
        for (const QString& id : table3().ids())
            if (id != q.answers.value(0))
                return Answer::consideration(id);
        return std::nullopt;
    case QuestionKind::Number: {
        const double expected = expectedNumber(q, tender).value_or(0);
        return Answer::value(expected + q.tolerance + std::max(1.0, std::abs(expected)));
    }
    case QuestionKind::Justification: {
        // Without concepts, too short; with them, long enough and naming none.
        if (q.mustMention.empty())
            return q.minimumWords > 1 ? std::optional(Answer::written(QStringLiteral("no")))
                                      : std::nullopt;
        const QString text = padded(QStringLiteral("I agree"), q.minimumWords);
        for (const Concept& c : q.mustMention)
            if (mentionsAny(text, c))
                return std::nullopt;
        return Answer::written(text);
    }
    }
    return std::nullopt;
}

} // namespace

class TestTrainingCases : public QObject
{
    Q_OBJECT
private slots:
    void bundledPackValidates();
    void everyCaseRightThenWrong_data();
    void everyCaseRightThenWrong();
    void theRobustnessCaseAgreesWithTheEngine();
};

// The robustness case's choices are typed in the case (a choice has no
// answerFrom): they must be what the engine and the exact analyses find on
// its tender, so an edit of the sample cannot leave them silently wrong.
void TestTrainingCases::theRobustnessCaseAgreesWithTheEngine()
{
    const PackLoad load = loadPack(bundledPackDir());
    QVERIFY(load.pack);
    const TrainingCase* c = load.pack->trainingCase(QStringLiteral("how-robust-is-the-award"));
    QVERIFY(c);
    QVERIFY(c->tender);
    const Tender& t = *c->tender;
    const Evaluation ev = evaluate(t);
    const QString second = t.bids[std::size_t(ev.ranking.at(1))].id;
    QCOMPARE(c->question(QStringLiteral("q-runner-up"))->answers, QStringList{second});

    // At 60% technical weight: the winner the exact segments give, and the
    // engine's own evaluation at that weight.
    const sensitivity::Report r = sensitivity::analyseExact(t, ev);
    QVERIFY2(r.available, qPrintable(r.why));
    int segmentWinner = sensitivity::kNoWinner;
    for (const sensitivity::Segment& s : r.technicalWeight.segments)
        if (s.from < 60 && s.to > 60)
            segmentWinner = s.winner;
    Tender at60 = t;
    at60.technicalWeight = 60;
    at60.financialWeight = 40;
    const int engineWinner = evaluate(at60).winner;
    QCOMPARE(segmentWinner, engineWinner);
    QVERIFY(engineWinner >= 0);
    QCOMPARE(c->question(QStringLiteral("q-winner-at-60"))->answers,
             QStringList{t.bids[std::size_t(engineWinner)].id});
    // The case is about an award near its threshold: the runner-up wins at
    // 60%, and the threshold is below the announced weight.
    QCOMPARE(engineWinner, ev.ranking.at(1));
    const Question* threshold = c->question(QStringLiteral("q-weight-threshold"));
    const std::optional<double> w = expectedNumber(*threshold, t);
    QVERIFY(w && *w > 60 && *w < t.technicalWeight);
}

void TestTrainingCases::bundledPackValidates()
{
    const PackLoad load = loadPack(bundledPackDir());
    QVERIFY2(!hasErrors(load.problems), qPrintable(listed(load.problems)));
    for (const Problem& p : load.problems)
        qWarning("%s", qPrintable(p.toString()));
    QVERIFY(load.pack);
}

void TestTrainingCases::everyCaseRightThenWrong_data()
{
    QTest::addColumn<QString>("packDir");
    QTest::addColumn<QString>("caseId");
    for (const QString& dir : {bundledPackDir(), kFixturePack}) {
        const PackLoad load = loadPack(dir);
        if (!load.pack)
            continue;
        for (const TrainingCase& c : load.pack->cases)
            QTest::newRow(qPrintable(load.pack->id + QLatin1Char('/') + c.id)) << dir << c.id;
    }
}

void TestTrainingCases::everyCaseRightThenWrong()
{
    QFETCH(QString, packDir);
    QFETCH(QString, caseId);
    const PackLoad load = loadPack(packDir);
    QVERIFY(load.pack);
    const TrainingCase* c = load.pack->trainingCase(caseId);
    QVERIFY(c);
    QVERIFY(c->tender);
    QVERIFY(!c->questions.empty());

    TrainingSession right(*c);
    TrainingSession wrong(*c);
    for (const Question& q : c->questions) {
        const Feedback good = right.answer(q.id, rightAnswer(q, *c->tender));
        QVERIFY2(good.correct, qPrintable(q.id + QStringLiteral(": ") + good.verdict));
        QCOMPARE(good.points, q.points);
        QVERIFY(!good.explanation.isEmpty());
        QVERIFY(!good.sources.isEmpty());

        const std::optional<Answer> bad = wrongAnswer(q, *c->tender);
        if (!bad) {
            wrong.answer(q.id, rightAnswer(q, *c->tender)); // keeps the tally simple
            continue;
        }
        const Feedback f = wrong.answer(q.id, *bad);
        QVERIFY2(!f.correct, qPrintable(q.id));
        QCOMPARE(f.points, 0.0);
        QVERIFY2(!f.verdict.isEmpty() && !f.explanation.isEmpty(), qPrintable(q.id));
        if (q.kind != QuestionKind::Justification)
            QVERIFY2(!f.expectedText.isEmpty(), qPrintable(q.id));
    }
    QVERIFY(right.isComplete());
    QCOMPARE(right.score().points, c->maxPoints());
    for (const Goal& g : c->goals) {
        const Score s = right.goalScore(g.id);
        QVERIFY2(s.max > 0, qPrintable(g.id));
        QCOMPARE(s.points, s.max);
    }
    double unanswerableWrong = 0;
    for (const Question& q : c->questions)
        if (!wrongAnswer(q, *c->tender))
            unanswerableWrong += q.points;
    QCOMPARE(wrong.score().points, unanswerableWrong);
    QVERIFY(wrong.score().points < wrong.score().max);
}

QTEST_GUILESS_MAIN(TestTrainingCases)
#include "tst_trainingcases.moc"
