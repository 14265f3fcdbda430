// tulana-cli training list|check, run in-process: exit codes and the located
// problems a trainer reads.
#include "Cli.h"
#include "training/Certificate.h"
#include "training/TraineeResults.h"

#include <QFile>
#include <QTemporaryDir>
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

// A results file as the app exports it, for a pack with a pass mark.
tulana::training::TraineeResults someResults()
{
    tulana::training::TraineeResults r;
    r.trainee.name = QStringLiteral("Smt. Kavita Nair");
    r.language = QStringLiteral("en");
    r.packId = QStringLiteral("tulana-essentials");
    r.packVersion = QStringLiteral("2026.1");
    r.issuer = QStringLiteral("Training Division");
    r.passMark = 60;
    r.packPoints = 10;
    tulana::training::CaseResult c;
    c.caseId = QStringLiteral("rank-reversal");
    c.title = QStringLiteral("A losing bid decides the winner");
    c.finished = QDateTime(QDate(2026, 11, 20), QTime(10, 14), Qt::UTC);
    c.completed = true;
    c.points = 8;
    c.max = 10;
    r.record(c);
    return r;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
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
    void verifiesACertificateAgainstItsResultsFile();
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

void TestTrainingCli::verifiesACertificateAgainstItsResultsFile()
{
    QTemporaryDir dir;
    const QString results = dir.filePath(QStringLiteral("results.json"));
    QVERIFY(writeFile(results, tulana::training::writeResults(someResults())));
    const QString id = tulana::training::certificateIdentifier(someResults(), QDate(2026, 11, 22));
    const QString date = QStringLiteral("2026-11-22");

    Run r = run({QStringLiteral("verify-certificate"), results, QStringLiteral("--id"), id,
                 QStringLiteral("--date"), date});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY2(r.out.contains(QLatin1String("matches")), qPrintable(show(r)));
    QVERIFY2(r.out.contains(QLatin1String("Passed the pass mark of 60%")), qPrintable(show(r)));
    QVERIFY2(r.out.contains(QLatin1String("not show who the trainee is")), qPrintable(show(r)));
    // As typed from paper: capitals, without dashes.
    r = run({QStringLiteral("verify-certificate"), results, QStringLiteral("--id"),
             id.toUpper().remove(QLatin1Char('-')), QStringLiteral("--date"), date});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));

    // Another date of issue: no match.
    r = run({QStringLiteral("verify-certificate"), results, QStringLiteral("--id"), id,
             QStringLiteral("--date"), QStringLiteral("2026-11-23")});
    QCOMPARE(r.exitCode, 1);
    // A results file whose score was raised after the certificate: no match.
    QByteArray tampered = tulana::training::writeResults(someResults());
    QVERIFY(tampered.contains("\"points\": 8.0"));
    tampered.replace("\"points\": 8.0", "\"points\": 9.0");
    QVERIFY(writeFile(results, tampered));
    r = run({QStringLiteral("verify-certificate"), results, QStringLiteral("--id"), id,
             QStringLiteral("--date"), date});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("does not match")), qPrintable(show(r)));
    QVERIFY(r.out.isEmpty());

    // A certificate that is not a PDF of Tulana's; usage errors.
    r = run({QStringLiteral("verify-certificate"), results, results});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("not a Tulana training certificate")),
             qPrintable(show(r)));
    QCOMPARE(run({QStringLiteral("verify-certificate")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("verify-certificate"), results}).exitCode, 2);
    QCOMPARE(
        run({QStringLiteral("verify-certificate"), results, QStringLiteral("--id"), id}).exitCode,
        2);
    QCOMPARE(run({QStringLiteral("verify-certificate"), results, QStringLiteral("--id"), id,
                  QStringLiteral("--date"), QStringLiteral("22/11/2026")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestTrainingCli)
#include "tst_trainingcli.moc"
