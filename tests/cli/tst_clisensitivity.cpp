// tulana-cli sensitivity as a user runs it: the findings in words, the
// documented JSON (checked against its schema), the same output for a seed
// on any number of threads, and usage errors in plain words.
#include "CliRunner.h"
#include "MissingTool.h"
#include "Samples.h"
#include "SchemaScript.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tulana::testsupport;

namespace {

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonObject findBid(const QJsonArray& rows, const char* id)
{
    for (const QJsonValue& row : rows)
        if (row.toObject().value(QLatin1String("bid")).toString() == QLatin1String(id))
            return row.toObject();
    return {};
}

} // namespace

class TestCliSensitivity : public QObject
{
    Q_OBJECT

private slots:
    void chatbotInWords();
    void chatbotJson();
    void sameSeedSameOutputOnAnyThreads();
    void everySampleMatchesTheSchema();
    void usageErrors_data();
    void usageErrors();
};

void TestCliSensitivity::chatbotInWords()
{
    const CliRun run =
        runCli({QStringLiteral("sensitivity"), samplePath("citizen-services-chatbot"),
                QStringLiteral("--draws"), QStringLiteral("2000")});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    QVERIFY2(run.out.contains(QLatin1String("B2 wins for any technical weight from")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("(the most the rulebook allows)")));
    QVERIFY(run.out.contains(QLatin1String("B1 would win below an evaluated price of")));
    QVERIFY(run.out.contains(QLatin1String("Rank acceptability (2000 draws, seed 1")));
    // B4 is below the minimum: its price is never shown or used.
    QVERIFY(!run.out.contains(QLatin1String("B4 would")));
}

void TestCliSensitivity::chatbotJson()
{
    const CliRun run =
        runCli({QStringLiteral("sensitivity"), samplePath("citizen-services-chatbot"),
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--draws"),
                QStringLiteral("4000"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    const QJsonObject json = jsonOf(run);
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("tulana-sensitivity"));
    QCOMPARE(json.value(QLatin1String("winner")).toString(), QStringLiteral("B2"));
    const QJsonObject tw = json.value(QLatin1String("technicalWeight")).toObject();
    QCOMPARE(tw.value(QLatin1String("allowed")).toObject().value(QLatin1String("to")).toDouble(),
             80.0);
    const double from =
        tw.value(QLatin1String("winnerHolds")).toObject().value(QLatin1String("from")).toDouble();
    QVERIFY(from > 65 && from < 70);
    const QJsonObject b1 = findBid(json.value(QLatin1String("priceToWin")).toArray(), "B1");
    QVERIFY(b1.value(QLatin1String("cut")).toDouble() > 0.02);
    QVERIFY(b1.value(QLatin1String("cut")).toDouble() < 0.04);
    QVERIFY(b1.value(QLatin1String("price")).toDouble() <
            b1.value(QLatin1String("evaluatedPrice")).toDouble());
    QVERIFY(findBid(json.value(QLatin1String("priceToWin")).toArray(), "B4").isEmpty());
    const QJsonObject a = json.value(QLatin1String("acceptability")).toObject();
    QCOMPARE(a.value(QLatin1String("seed")).toString(), QStringLiteral("7"));
    for (const QJsonValue& row : a.value(QLatin1String("bids")).toArray()) {
        double sum = row.toObject().value(QLatin1String("notQualified")).toDouble() +
                     row.toObject().value(QLatin1String("lowerRanks")).toDouble();
        for (const QJsonValue& p : row.toObject().value(QLatin1String("ranks")).toArray())
            sum += p.toDouble();
        QVERIFY(qAbs(sum - 1) < 1e-9);
    }
    QCOMPARE(json.value(QLatin1String("members")).toArray().size(), 3);
}

void TestCliSensitivity::sameSeedSameOutputOnAnyThreads()
{
    QStringList args{QStringLiteral("sensitivity"), samplePath("crop-advisory"),
                     QStringLiteral("--format"),    QStringLiteral("json"),
                     QStringLiteral("--draws"),     QStringLiteral("20000"),
                     QStringLiteral("--seed"),      QStringLiteral("12345")};
    const CliRun one = runCli(args + QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
    const CliRun two = runCli(args + QStringList{QStringLiteral("--threads"), QStringLiteral("2")});
    const CliRun three =
        runCli(args + QStringList{QStringLiteral("--threads"), QStringLiteral("3")});
    QVERIFY2(one.exitCode == 0, qPrintable(show(one)));
    QCOMPARE(two.out, one.out);
    QCOMPARE(three.out, one.out);
    args[7] = QStringLiteral("12346");
    QVERIFY(runCli(args).out != one.out);
}

void TestCliSensitivity::everySampleMatchesTheSchema()
{
    QTemporaryDir dir;
    QStringList outputs;
    for (const QString& name : QDir(sampleDir()).entryList({QStringLiteral("*.tulana")})) {
        const CliRun run = runCli({QStringLiteral("sensitivity"), sampleDir() + u'/' + name,
                                   QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--draws"), QStringLiteral("1000")});
        QVERIFY2(run.exitCode == 0, qPrintable(name + show(run)));
        const QString path = dir.filePath(name + QStringLiteral(".json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out.toUtf8());
        outputs << path;
    }
    QVERIFY(outputs.size() >= 7);
    const ScriptRun check = runSchemaScript(
        QStringList{QStringLiteral(TULANA_SOURCE_DIR "/tests/schema/validate_samples.py"),
                    QStringLiteral(TULANA_SOURCE_DIR
                                   "/resources/schema/tulana-sensitivity-1.schema.json")} +
            outputs,
        60'000);
    if (check.missingTool)
        TULANA_SKIP_WITHOUT_TOOL("python3 with python3-jsonschema is not installed");
    QVERIFY2(check.exitCode == 0, qPrintable(check.said));
}

void TestCliSensitivity::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("draws") << QStringList{QStringLiteral("--draws"), QStringLiteral("-5")}
                           << QStringLiteral("--draws must be a whole number");
    QTest::newRow("range") << QStringList{QStringLiteral("--weight-range"), QStringLiteral("150")}
                           << QStringLiteral("--weight-range must be a percentage");
    QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                            << QStringLiteral("--format must be table or json");
    QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("abc")}
                          << QStringLiteral("--seed must be a whole number");
}

void TestCliSensitivity::usageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const CliRun run =
        runCli(QStringList{QStringLiteral("sensitivity"), samplePath("citizen-services-chatbot")} +
               options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(show(run)));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSensitivity)
#include "tst_clisensitivity.moc"
