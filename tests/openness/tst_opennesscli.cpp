// `tulana-cli openness` as a user runs it: the real executable, its output
// and its exit codes (0 success, 1 bad record, 2 usage error).
#include "OpennessTestSupport.h"

#include "io/TenderFile.h"

#include "CliRunner.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace openness_test;
using namespace tulana::testsupport;
using Run = CliRun;

namespace {

Run runOpenness(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("openness")} + arguments);
}

// A copy of a sample tender in `dir`, to import into.
QString copyOfSample(const QTemporaryDir& dir, const char* name)
{
    const QString target = dir.filePath(QStringLiteral("tender.tulana"));
    QFile::copy(QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/") + QString::fromUtf8(name) +
                    QStringLiteral(".tulana"),
                target);
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace

class TestOpennessCli : public QObject
{
    Q_OBJECT

private slots:
    void printsTheAssessmentAsATable();
    void printsTheAssessmentAsJson();
    void readsAnIndexRecord();
    void refusesABadRecordWithALocatedError_data();
    void refusesABadRecordWithALocatedError();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void helpNamesTheCommand();
    void importsARecordIntoABidOfATender();
    void aBadRecordLeavesTheTenderUntouched_data();
    void aBadRecordLeavesTheTenderUntouched();
};

void TestOpennessCli::printsTheAssessmentAsATable()
{
    const Run r = runOpenness({fixture(QStringLiteral("mot/models/Pythia-6.9B.yml"))});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(show(r)));
    for (const char* expected :
         {"Pythia-6.9B (EleutherAI)", "Model Openness Framework: Class I – Open Science",
          "Class II – Open Tooling: met", "Reproducibility",
          "OSI Open Source AI Definition 1.0: met", "Openwashing flags: none", "Research paper"})
        QVERIFY2(r.out.contains(QString::fromUtf8(expected)),
                 qPrintable(QString::fromUtf8(expected) + u'\n' + r.out));
}

void TestOpennessCli::printsTheAssessmentAsJson()
{
    const Run r = runOpenness({fixture(QStringLiteral("mot/models/Llama-2-7B.yml")),
                               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    const nlohmann::json j = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
    QVERIFY(!j.is_discarded());
    QCOMPARE(j["format"].get<std::string>(), std::string("tulana-openness"));
    QCOMPARE(j["version"].get<int>(), 1);
    QCOMPARE(j["system"]["name"].get<std::string>(), std::string("Llama-2-7B"));
    QCOMPARE(j["mof"]["class"].get<int>(), 0);
    QCOMPARE(j["mof"]["progress"]["3"].get<double>(), 0.0);
    QCOMPARE(j["osaid"]["status"].get<std::string>(), std::string("not-met"));
    QCOMPARE(j["outcomes"].size(), std::size_t(4));
    QCOMPARE(j["facets"].size(), std::size_t(5));
    bool weightsRestricted = false;
    for (const nlohmann::json& c : j["components"])
        if (c["id"] == "final-parameters")
            weightsRestricted = c["category"] == "use-restricted";
    QVERIFY(weightsRestricted);
}

void TestOpennessCli::readsAnIndexRecord()
{
    const Run r = runOpenness({fixture(QStringLiteral("osai-index/llama-3-instruct.yaml"))});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY(r.out.contains(QStringLiteral("European Open Source AI Index: availability")));
    QVERIFY(r.out.contains(
        QStringLiteral("Called \"open\", but the weights' licence restricts their use")));
}

void TestOpennessCli::refusesABadRecordWithALocatedError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("located");
    QTest::newRow("bad YAML") << "bad-syntax.yml"
                              << "bad-syntax.yml:10:13: not valid YAML";
    QTest::newRow("an unknown component") << "mot-unknown-component.yml"
                                          << "mot-unknown-component.yml:15:13: \"Model weights\"";
    QTest::newRow("a misspelt grade") << "osai-bad-grade.yml"
                                      << "osai-bad-grade.yml:16:12: weights_endmodel";
    QTest::newRow("a missing file") << "no-such-record.yml"
                                    << "no-such-record.yml: cannot be opened";
}

void TestOpennessCli::refusesABadRecordWithALocatedError()
{
    QFETCH(QString, file);
    QFETCH(QString, located);
    const Run r = runOpenness({testData(file)});
    QVERIFY2(r.exitCode == 1, qPrintable(show(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(show(r)));
    QVERIFY2(r.err.startsWith(QStringLiteral("error: ")), qPrintable(show(r)));
    QVERIFY2(r.err.contains(located), qPrintable(show(r)));
}

void TestOpennessCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no record") << QStringList{} << "openness takes one RECORD file";
    QTest::newRow("two records") << QStringList{QStringLiteral("a.yml"), QStringLiteral("b.yml")}
                                 << "openness takes one RECORD file";
    QTest::newRow("an unknown format")
        << QStringList{QStringLiteral("a.yml"), QStringLiteral("--format"), QStringLiteral("csv")}
        << "--format must be table or json";
    QTest::newRow("an unknown option")
        << QStringList{QStringLiteral("--colour"), QStringLiteral("a.yml")} << "colour";
    QTest::newRow("--into without --bid")
        << QStringList{QStringLiteral("a.yml"), QStringLiteral("--into"),
                       QStringLiteral("t.tulana")}
        << "--into FILE and --bid ID go together";
}

void TestOpennessCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const Run r = runOpenness(arguments);
    QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
    QVERIFY2(r.err.contains(messagePart), qPrintable(show(r)));
    QVERIFY(r.out.isEmpty());
}

void TestOpennessCli::helpNamesTheCommand()
{
    QProcess process;
    process.start(QStringLiteral(TULANA_CLI_EXE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput())
                .contains(QStringLiteral("openness RECORD [--format F]")));
}

void TestOpennessCli::importsARecordIntoABidOfATender()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tender = copyOfSample(dir, "citizen-services-chatbot-openness-points");
    // Before: B1's record reaches Class I and earns the maximum.
    Run score = runCli({QStringLiteral("score"), tender});
    QVERIFY2(score.exitCode == 0, qPrintable(show(score)));
    QVERIFY2(score.out.contains(QStringLiteral("B1: Class I – Open Science → 10.00")),
             qPrintable(score.out));

    const Run r =
        runOpenness({fixture(QStringLiteral("mot/models/Llama-2-7B.yml")), QStringLiteral("--into"),
                     tender, QStringLiteral("--bid"), QStringLiteral("B1"),
                     QStringLiteral("--claim"), QStringLiteral("open-source")});
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Replaced the openness record of bid B1")),
             qPrintable(show(r)));
    const tulana::TenderLoad load = tulana::loadTenderFile(tender);
    QVERIFY(load.tender);
    const auto& record = load.tender->bids[0].openness;
    QVERIFY(record);
    QCOMPARE(record->systemName, QStringLiteral("Llama-2-7B"));
    QCOMPARE(record->source, RecordSource::ModelOpennessTool);
    QCOMPARE(record->claim, OpennessClaim::OpenSource);

    // After: the score shows B1's new openness line, and B1 no longer wins.
    score = runCli({QStringLiteral("score"), tender});
    QVERIFY2(score.exitCode == 0, qPrintable(show(score)));
    QVERIFY2(score.out.contains(QStringLiteral("B1: Unclassified → 0.00")), qPrintable(score.out));
    QVERIFY2(score.out.contains(QStringLiteral("Winner: B2")), qPrintable(score.out));
}

void TestOpennessCli::aBadRecordLeavesTheTenderUntouched_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("bid");
    QTest::addColumn<QString>("says");
    QTest::newRow("bad YAML") << testData(QStringLiteral("bad-syntax.yml")) << "B1"
                              << "bad-syntax.yml:10:13";
    QTest::newRow("an unknown component")
        << testData(QStringLiteral("mot-unknown-component.yml")) << "B1"
        << "mot-unknown-component.yml:15:13";
    QTest::newRow("a bid the tender does not have")
        << fixture(QStringLiteral("mot/models/Pythia-6.9B.yml")) << "B9"
        << "no bid has the id \"B9\"";
}

void TestOpennessCli::aBadRecordLeavesTheTenderUntouched()
{
    QFETCH(QString, record);
    QFETCH(QString, bid);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tender = copyOfSample(dir, "citizen-services-chatbot");
    QFile file(tender);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const Run r =
        runOpenness({record, QStringLiteral("--into"), tender, QStringLiteral("--bid"), bid});
    QVERIFY2(r.exitCode == 1, qPrintable(show(r)));
    QVERIFY2(r.err.contains(says), qPrintable(show(r)));
    QVERIFY2(r.err.contains(QStringLiteral("was not changed")), qPrintable(show(r)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("tender.tulana")});
}

QTEST_GUILESS_MAIN(TestOpennessCli)
#include "tst_opennesscli.moc"
