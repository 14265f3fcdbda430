// `tulana-cli openness` as a user runs it: the real executable, its output
// and its exit codes (0 success, 1 bad record, 2 usage error).
#include "OpennessTestSupport.h"

#include <QProcess>
#include <QTest>

using namespace openness_test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(TULANA_CLI_EXE),
                  QStringList{QStringLiteral("openness")} + arguments);
    Run run;
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = QStringLiteral("tulana-cli did not finish normally: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString show(const Run& r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(r.exitCode)
        .arg(r.out, r.err);
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
};

void TestOpennessCli::printsTheAssessmentAsATable()
{
    const Run r = runCli({fixture(QStringLiteral("mot/models/Pythia-6.9B.yml"))});
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
    const Run r = runCli({fixture(QStringLiteral("mot/models/Llama-2-7B.yml")),
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
    const Run r = runCli({fixture(QStringLiteral("osai-index/llama-3-instruct.yaml"))});
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
    const Run r = runCli({testData(file)});
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
}

void TestOpennessCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const Run r = runCli(arguments);
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

QTEST_GUILESS_MAIN(TestOpennessCli)
#include "tst_opennesscli.moc"
