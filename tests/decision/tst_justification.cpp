// A departure needs its justification: checkJustification() refuses one
// without it and names what is missing; checkDecision() and
// finaliseDecision() guard the finalising of the decision.
#include "decision/JustificationCheck.h"
#include "io/TenderFile.h"
#include "scoring/Evaluator.h"

#include <QTest>

using namespace tulana;

namespace {

Tender chatbot()
{
    const TenderLoad load = loadTenderFile(
        QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/citizen-services-chatbot.tulana"));
    if (!load.tender)
        qFatal("cannot load the chatbot sample");
    return *load.tender;
}

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

const Problem* at(const Problems& problems, const char* where)
{
    for (const Problem& p : problems)
        if (p.where == QLatin1String(where))
            return &p;
    return nullptr;
}

Problems check(const Tender& t)
{
    const Evaluation ev = evaluate(t);
    return checkJustification(t, ev, detectDeparture(t, ev));
}

const QString kLongEnough = QStringLiteral("a reason long enough to be read and checked");

} // namespace

class TestJustification : public QObject
{
    Q_OBJECT

private slots:
    void theSamplesJustificationIsComplete();
    void aDepartureWithoutJustificationIsRefused();
    void aMissingStatementIsNamed();
    void reasonsMustBeTiedToAnsweredConsiderations();
    void aReasonOfAFewWordsIsRefused();
    void relyingOnAConsiderationThatFavoursOpenIsWarned();
    void departingFromTheEvaluationNeedsItsOwnReason();
    void noDepartureNeedsNoJustification();
    void theSelectedBidMustExistAndBeQualified();
    void aFinalisedDecisionNeedsItsDate();
    void finalisingIsRefusedWithoutJustificationAndAllowedWithIt();
};

void TestJustification::theSamplesJustificationIsComplete()
{
    const Tender t = chatbot();
    const Problems problems = checkDecision(t, evaluate(t));
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestJustification::aDepartureWithoutJustificationIsRefused()
{
    Tender t = chatbot();
    t.decision.justification = {};
    const Problems problems = check(t);
    QVERIFY(hasErrors(problems));
    const Problem* reasons = at(problems, "decision.justification.reasons");
    QVERIFY2(reasons, qPrintable(describe(problems)));
    for (const char* fragment : {"B2", "B1", "at least one", "Table 3"})
        QVERIFY2(reasons->message.contains(QLatin1String(fragment)), qPrintable(reasons->message));
    QVERIFY(at(problems, "decision.justification.statement"));
    QCOMPARE(problems.size(), 2);
}

void TestJustification::aMissingStatementIsNamed()
{
    Tender t = chatbot();
    t.decision.justification.statement = QStringLiteral("   ");
    const Problems problems = check(t);
    QCOMPARE(problems.size(), 1);
    const Problem* p = at(problems, "decision.justification.statement");
    QVERIFY2(p && p->isError(), qPrintable(describe(problems)));
    QVERIFY2(p->message.contains(QStringLiteral("overall statement")), qPrintable(p->message));
}

void TestJustification::reasonsMustBeTiedToAnsweredConsiderations()
{
    Tender t = chatbot();
    t.context.answers.erase(QStringLiteral("time-to-deploy"));
    const Problems problems = check(t);
    const Problem* p = at(problems, "decision.justification.reasons.time-to-deploy");
    QVERIFY2(p && p->isError(), qPrintable(describe(problems)));
    QVERIFY2(p->message.contains(QStringLiteral("Time to deploy")), qPrintable(p->message));
    QVERIFY2(p->message.contains(QStringLiteral("not answered")), qPrintable(p->message));

    t = chatbot();
    t.decision.justification.reasons[QStringLiteral("cost")] = kLongEnough;
    const Problems unknown = check(t);
    QVERIFY2(at(unknown, "decision.justification.reasons.cost"), qPrintable(describe(unknown)));
}

void TestJustification::aReasonOfAFewWordsIsRefused()
{
    Tender t = chatbot();
    t.decision.justification.reasons[QStringLiteral("maintenance")] =
        QStringLiteral("as discussed");
    const Problems problems = check(t);
    const Problem* p = at(problems, "decision.justification.reasons.maintenance");
    QVERIFY2(p && p->isError(), qPrintable(describe(problems)));
    QVERIFY2(p->message.contains(QStringLiteral("too short")), qPrintable(p->message));
}

void TestJustification::relyingOnAConsiderationThatFavoursOpenIsWarned()
{
    Tender t = chatbot();
    t.decision.justification.reasons[QStringLiteral("data-sensitivity")] = kLongEnough;
    const Problems problems = check(t);
    QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
    const Problem* p = at(problems, "decision.justification.reasons.data-sensitivity");
    QVERIFY2(p && !p->isError(), qPrintable(describe(problems)));
    QVERIFY2(p->message.contains(QStringLiteral("favours open source")), qPrintable(p->message));
}

void TestJustification::departingFromTheEvaluationNeedsItsOwnReason()
{
    Tender t = chatbot();
    t.decision.selectedBid = QStringLiteral("B1"); // open source, but not the winner
    t.decision.justification = {};
    Problems problems = check(t);
    QCOMPARE(problems.size(), 1);
    const Problem* p = at(problems, "decision.justification.evaluation");
    QVERIFY2(p && p->isError(), qPrintable(describe(problems)));
    QVERIFY2(p->message.contains(QStringLiteral("winner B2")), qPrintable(p->message));

    t.decision.justification.evaluation = kLongEnough;
    problems = check(t);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestJustification::noDepartureNeedsNoJustification()
{
    const TenderLoad load = loadTenderFile(
        QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/land-records-ocr.tulana"));
    QVERIFY(load.tender);
    const Problems problems = check(*load.tender);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestJustification::theSelectedBidMustExistAndBeQualified()
{
    Tender t = chatbot();
    t.decision.selectedBid = QStringLiteral("B9");
    Problems problems = checkDecision(t, evaluate(t));
    QVERIFY2(at(problems, "decision.selectedBid"), qPrintable(describe(problems)));

    t.decision.selectedBid = QStringLiteral("B4"); // below the minimum technical score
    problems = checkDecision(t, evaluate(t));
    const Problem* p = at(problems, "decision.selectedBid");
    QVERIFY2(p, qPrintable(describe(problems)));
    QVERIFY2(p->message.contains(QStringLiteral("not qualified")), qPrintable(p->message));

    t.decision.selectedBid.clear();
    problems = checkDecision(t, evaluate(t));
    QVERIFY2(at(problems, "decision.selectedBid"), qPrintable(describe(problems)));
}

void TestJustification::aFinalisedDecisionNeedsItsDate()
{
    Tender t = chatbot();
    t.decision.date = QDate();
    const Problems problems = checkDecision(t, evaluate(t));
    QVERIFY2(at(problems, "decision.date"), qPrintable(describe(problems)));
}

void TestJustification::finalisingIsRefusedWithoutJustificationAndAllowedWithIt()
{
    Tender t = chatbot();
    t.decision.finalised = false;
    t.decision.date = QDate();
    t.decision.justification.reasons.clear();
    FinaliseResult refused = finaliseDecision(t, evaluate(t));
    QVERIFY(!refused.finalised);
    QVERIFY(!refused.decision.finalised);
    QVERIFY2(at(refused.problems, "decision.justification.reasons"),
             qPrintable(describe(refused.problems)));

    t = chatbot();
    t.decision.finalised = false;
    t.decision.date = QDate();
    const FinaliseResult done = finaliseDecision(t, evaluate(t));
    QVERIFY2(done.finalised, qPrintable(describe(done.problems)));
    QVERIFY(done.decision.finalised);
    QCOMPARE(done.decision.date, QDate::currentDate());
    QCOMPARE(done.decision.selectedBid, QStringLiteral("B2"));
}

QTEST_GUILESS_MAIN(TestJustification)
#include "tst_justification.moc"
