// tulana-cli committee as a user runs it: the committee's disagreement in
// words, the documented JSON (checked against its schema) with a declared
// conflict and a moderated mark, and usage errors in plain words.
#include "committee/Moderation.h"
#include "io/TenderFile.h"

#include "CliRunner.h"
#include "MissingTool.h"
#include "Samples.h"
#include "SchemaScript.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tulana;
using namespace tulana::testsupport;

namespace {

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// The chatbot sample with E3's conflict with B1 declared and E1's first
// mark on B2 moderated one mark down, saved in `dir`.
QString withConflictAndModeration(const QTemporaryDir& dir, double* original)
{
    Tender t = loadSample("citizen-services-chatbot");
    t.committee.declarations.push_back({QStringLiteral("E3"), QStringLiteral("B1"), true,
                                        QStringLiteral("a relative works there")});
    const int b2 = 1;
    *original = t.bids[b2].marks.at(0, 0);
    const Problems problems = committee::moderateMark(
        t, QStringLiteral("B2"), leavesOf(t.criteria).front().criterion->id, QStringLiteral("E1"),
        *original - 1, QStringLiteral("the demonstration did not show it"), nullptr,
        QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
    if (hasErrors(problems))
        qFatal("the moderation was refused: %s", qPrintable(problems.front().message));
    const QString path = dir.filePath(QStringLiteral("committee.tulana"));
    QString why;
    if (!saveTenderFile(t, path, &why))
        qFatal("cannot save: %s", qPrintable(why));
    return path;
}

} // namespace

class TestCliCommittee : public QObject
{
    Q_OBJECT

private slots:
    void chatbotInWords();
    void conflictAndModerationInJson();
    void everyOutputMatchesTheSchema();
    void usageErrors_data();
    void usageErrors();
};

void TestCliCommittee::chatbotInWords()
{
    const CliRun run =
        runCli({QStringLiteral("committee"), samplePath("citizen-services-chatbot")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // No sheets in the sample: it must not claim independent marking.
    QVERIFY2(run.out.contains(QLatin1String("The marks were entered by the officer")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QLatin1String("Each member marked on a sheet of their own")));
    QVERIFY(run.out.contains(QStringLiteral("marked cells (bid × criterion)")));
    QVERIFY(run.out.contains(QLatin1String("With 3 members")));
    QVERIFY(run.out.contains(QLatin1String("single member decides the award")));
    QVERIFY(run.out.contains(QLatin1String("The committee moderated no mark.")));
    QVERIFY(run.out.contains(QLatin1String("Leniency and severity")));
}

void TestCliCommittee::conflictAndModerationInJson()
{
    QTemporaryDir dir;
    double original = 0;
    const QString path = withConflictAndModeration(dir, &original);
    const CliRun run = runCli(
        {QStringLiteral("committee"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = jsonOf(run);
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("tulana-committee"));
    QCOMPARE(json.value(QLatin1String("memberCount")).toInt(), 3);
    QCOMPARE(json.value(QLatin1String("markedOnOwnSheets")).toBool(), false);
    const QJsonArray conflicts = json.value(QLatin1String("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts[0].toObject().value(QLatin1String("member")).toString(),
             QStringLiteral("E3"));
    // B1's cells are marked by E1 and E2 only.
    int b1Cells = 0;
    for (const QJsonValue& v : json.value(QLatin1String("spreads")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QLatin1String("bid")).toString() == QLatin1String("B1")) {
            ++b1Cells;
            QCOMPARE(s.value(QLatin1String("marks")).toInt(), 2);
        }
    }
    QVERIFY(b1Cells > 0);
    const QJsonObject moderation = json.value(QLatin1String("moderation")).toObject();
    QCOMPARE(moderation.value(QLatin1String("count")).toInt(), 1);
    const QJsonObject m =
        moderation.value(QLatin1String("moderations")).toArray().first().toObject();
    QCOMPARE(m.value(QLatin1String("original")).toDouble(), original);
    QCOMPARE(m.value(QLatin1String("moderated")).toDouble(), original - 1);
    QCOMPARE(json.value(QLatin1String("leftOut")).toArray().size(), 3);
    bool saidModeration = false;
    for (const QJsonValue& f : json.value(QLatin1String("findings")).toArray())
        saidModeration |= f.toString().startsWith(QLatin1String("Moderation changed the winner: "));
    QVERIFY(saidModeration);
}

void TestCliCommittee::everyOutputMatchesTheSchema()
{
    QTemporaryDir dir;
    double original = 0;
    QStringList tenders{withConflictAndModeration(dir, &original)};
    for (const QString& name : QDir(sampleDir()).entryList({QStringLiteral("*.tulana")}))
        tenders << sampleDir() + u'/' + name;
    QStringList outputs;
    for (const QString& tender : tenders) {
        const CliRun run = runCli({QStringLiteral("committee"), tender, QStringLiteral("--format"),
                                   QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(tender + run.err));
        const QString path = dir.filePath(QFileInfo(tender).fileName() + QStringLiteral(".json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out.toUtf8());
        outputs << path;
    }
    QVERIFY(outputs.size() >= 8);
    const ScriptRun check = runSchemaScript(
        QStringList{
            QStringLiteral(TULANA_SOURCE_DIR "/tests/schema/validate_samples.py"),
            QStringLiteral(TULANA_SOURCE_DIR "/resources/schema/tulana-committee-1.schema.json")} +
            outputs,
        60'000);
    if (check.missingTool)
        TULANA_SKIP_WITHOUT_TOOL("python3 with python3-jsonschema is not installed");
    QVERIFY2(check.exitCode == 0, qPrintable(check.said));
}

void TestCliCommittee::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("a format it does not write is a usage error")
        << QStringList{samplePath("citizen-services-chatbot"), QStringLiteral("--format"),
                       QStringLiteral("xml")}
        << 2 << QStringLiteral("--format must be table or json");
    QTest::newRow("two files are a usage error")
        << QStringList{samplePath("citizen-services-chatbot"), samplePath("crop-advisory")} << 2
        << QStringLiteral("committee takes one FILE");
    QTest::newRow("a file that is not there is invalid input")
        << QStringList{QStringLiteral("no-such-tender.tulana")} << 1 << QString();
}

void TestCliCommittee::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(QStringList{QStringLiteral("committee")} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCommittee)
#include "tst_clicommittee.moc"
