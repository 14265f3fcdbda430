// tulana-cli training list|check, run in-process: exit codes and the located
// problems a trainer reads.
#include "Cli.h"

#include <QTest>
#include <QTextStream>

namespace {

const QString kData = QStringLiteral(TULANA_TEST_DATA "/../training/data");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = tulana::cli::run(
        QStringList{QStringLiteral("tulana-cli"), QStringLiteral("training")} + arguments, out,
        err);
    out.flush();
    err.flush();
    return r;
}

QString show(const Run& r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(r.exitCode)
        .arg(r.out, r.err);
}

} // namespace

class TestTrainingCli : public QObject
{
    Q_OBJECT
private slots:
    void listsTheBundledPack();
    void bundledPackChecks();
    void listsAPack();
    void checksAGoodPackAndCase();
    void brokenPackGivesLocatedErrors();
    void usageErrors();
};

void TestTrainingCli::listsTheBundledPack()
{
    const Run r = run({QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY(r.out.contains(QLatin1String("Tulana essentials")));
    QVERIFY(r.err.isEmpty());
}

void TestTrainingCli::bundledPackChecks()
{
    const Run r =
        run({QStringLiteral("check"), QStringLiteral(TULANA_SOURCE_DIR "/resources/training")});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY(r.out.contains(QLatin1String("no errors")));
}

void TestTrainingCli::listsAPack()
{
    const Run r = run({QStringLiteral("list"), kData + QStringLiteral("/good-pack")});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // pack title, header, one case
    QCOMPARE(lines[2].simplified(),
             QStringLiteral("rank-reversal 10 2 8 A losing bid decides the winner"));
}

void TestTrainingCli::checksAGoodPackAndCase()
{
    Run r = run({QStringLiteral("check"), kData + QStringLiteral("/good-pack")});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY(r.out.contains(QLatin1String("1 case(s) checked, 8 question(s), no errors")) ||
            r.out.contains(QLatin1String("1 case checked, 8 questions, no errors")));
    r = run({QStringLiteral("check"),
             kData + QStringLiteral("/good-pack/cases/rank-reversal/case.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY(r.err.isEmpty());
    // A case folder is checked as its case.json.
    r = run({QStringLiteral("check"), kData + QStringLiteral("/good-pack/cases/rank-reversal")});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY2(
        r.out.contains(QLatin1String("rank-reversal/case.json: case \"rank-reversal\" checked")),
        qPrintable(show(r)));
}

void TestTrainingCli::brokenPackGivesLocatedErrors()
{
    const QString pack = kData + QStringLiteral("/broken-pack");
    const Run r = run({QStringLiteral("check"), pack});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QString caseFile = pack + QStringLiteral("/cases/broken/case.json");
    const QStringList expected{
        caseFile +
            QStringLiteral(": steps[0].anchor: \"page.nowhere\" is not an anchor of anchors.json"),
        caseFile + QStringLiteral(": questions[0].goal: no goal has the id \"g9\" (goals: g1)"),
        caseFile +
            QStringLiteral(": questions[0].answer: option \"c\" is not among the options a, b"),
        caseFile +
            QStringLiteral(
                ": questions[1].sources[0]: \"no-such-source\" is not a source of sources.json"),
        caseFile + QStringLiteral(": questions[3].id: question \"q4\" is asked by no step"),
        caseFile +
            QStringLiteral(": questions[2].answerFrom.bid: no bid of the tender has the id \"B9\""),
        pack + QStringLiteral("/pack.json: cases[1]: the case \"cases/broken\" is already listed "
                              "at pack.json: cases[0]"),
        pack + QStringLiteral("/pack.json: cases[2]: no case file \"cases/missing/case.json\""),
    };
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : expected)
        QVERIFY2(std::any_of(lines.begin(), lines.end(),
                             [&](const QString& l) {
                                 return l.startsWith(QStringLiteral("error: ") + line);
                             }),
                 qPrintable(line + QStringLiteral("\nnot in:\n") + r.err));
    // Each problem once, though the case is listed twice.
    QCOMPARE(lines.filter(QStringLiteral("questions[0].goal")).size(), 1);
    QVERIFY(lines.filter(QStringLiteral("questions[1].answer"))
                .value(0)
                .contains(QLatin1String("Table 3")));
}

void TestTrainingCli::usageErrors()
{
    QCOMPARE(run({}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("grade")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("check")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("check"), kData + QStringLiteral("/nowhere")}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestTrainingCli)
#include "tst_trainingcli.moc"
