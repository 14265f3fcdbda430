// tulana-cli as a user runs it: the real executable, its output streams and
// its exit codes (0 success, 1 invalid input, 2 usage error).
#include "Cli.h"
#include "io/TenderFile.h"

#include "CliRunner.h"
#include "Samples.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

#include <nlohmann/json.hpp>

using namespace tulana;
using namespace tulana::testsupport;
using Run = CliRun;

// QCOMPARE cannot print nlohmann::json (and trips over its conversions).
#define COMPARE_JSON(actual, expected)                                                             \
    do {                                                                                           \
        const nlohmann::json actual_ = (actual);                                                   \
        const nlohmann::json expected_ = (expected);                                               \
        QVERIFY2(actual_ == expected_,                                                             \
                 qPrintable(QStringLiteral("got %1, expected %2")                                  \
                                .arg(QString::fromStdString(actual_.dump()),                       \
                                     QString::fromStdString(expected_.dump()))));                  \
    } while (false)

namespace {

const QString kSampleDir = sampleDir();

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<cannot be opened>");
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// A copy of a sample in `dir`, so that nothing is ever written into the repository.
// Bids for the citizen-services chatbot: the committee's marks for every
// criterion except T1.1, which each evaluator marked separately.
const QByteArray kGoodCsv =
    "bidder,system,nature,price,tax,T1.1/E1,T1.1/E2,T1.1/E3,T1.2,T1.3,T1.4,T2.1,T2.2,T2.3,T3.1,"
    "T3.2\n"
    "Kaveri Speech Labs,Open speech stack,open-source,\"1,10,00,000\",1980000,16,15,17,8,8,8,8,9,"
    "4,15,15\n"
    "\"Ganga AI, LLP\",Hybrid assistant,mixed,12500000,2250000,15,15,15,7,7,7,7,7,4,14,14\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dataForProgramsIsWrittenExactly_data();
    void dataForProgramsIsWrittenExactly();

    void helpAndVersion_data();
    void helpAndVersion();
    void eachCommandHasItsOwnHelp_data();
    void eachCommandHasItsOwnHelp();
    void theWholeHelpIsEveryCommandsHelp();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();

    void validateAcceptsASample();
    void validateLocatesAShapeProblem();
    void validateLocatesAValueProblem();
    void validateReportsAFileThatCannotBeOpened_data();
    void validateReportsAFileThatCannotBeOpened();

    void scorePrintsTheRanking_data();
    void scorePrintsTheRanking();
    void scoreRefusesATenderWhoseWeightsDoNotAddUp();
    void scoreShowsTheLifecycleBasisAndTheCheaperBid();

    void importBidsAddsTheBids();
    void importBidsWritesToOutAndLeavesTheTenderAlone();
    void importBidsRefusesABadCsvAndChangesNothing_data();
    void importBidsRefusesABadCsvAndChangesNothing();
    void importBidsReportsAMissingCsv();

    void generateWritesATenderThatScores();
    void generateWithoutOutPrintsTheSameTender();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(QFile::exists(QStringLiteral(TULANA_CLI_EXE)), TULANA_CLI_EXE);
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("startOfOutput");
    const QString usage = QStringLiteral("Usage: tulana-cli COMMAND");
    const QString version = QStringLiteral("tulana-cli " TULANA_VERSION "\n");
    QTest::newRow("--help prints the usage") << QStringList{QStringLiteral("--help")} << usage;
    QTest::newRow("-h prints the usage") << QStringList{QStringLiteral("-h")} << usage;
    QTest::newRow("help prints the usage") << QStringList{QStringLiteral("help")} << usage;
    QTest::newRow("--version prints the version")
        << QStringList{QStringLiteral("--version")} << version;
    QTest::newRow("-v prints the version") << QStringList{QStringLiteral("-v")} << version;
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, startOfOutput);
    const Run r = runCli(arguments, m_dir->path());
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY2(r.out.startsWith(startOfOutput), qPrintable(show(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(show(r)));
    if (startOfOutput.startsWith(QStringLiteral("Usage")))
        for (const char* command : {"validate", "score", "import-bids", "generate"})
            QVERIFY2(r.out.contains(QString::fromUtf8(command)), command);
}

void TestCli::eachCommandHasItsOwnHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    const QString sample = kSampleDir + QStringLiteral("/citizen-services-chatbot.tulana");
    QTest::newRow("validate --help")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--help")}
        << QStringLiteral("  validate FILE ");
    QTest::newRow("score FILE --help, after a file")
        << QStringList{QStringLiteral("score"), sample, QStringLiteral("--help")}
        << QStringLiteral("  score FILE --mse-preference");
    QTest::newRow("memo -h") << QStringList{QStringLiteral("memo"), QStringLiteral("-h")}
                             << QStringLiteral("  memo FILE --out OUT");
    QTest::newRow("verify-memo --help")
        << QStringList{QStringLiteral("verify-memo"), QStringLiteral("--help")}
        << QStringLiteral("(in either order");
    QTest::newRow("training check --help")
        << QStringList{QStringLiteral("training"), QStringLiteral("check"),
                       QStringLiteral("--help")}
        << QStringLiteral("  training check PACK|CASE.json");
    QTest::newRow("openness --help")
        << QStringList{QStringLiteral("openness"), QStringLiteral("--help")}
        << QStringLiteral("  openness RECORD --into FILE --bid ID");
    QTest::newRow("import-bids --help")
        << QStringList{QStringLiteral("import-bids"), QStringLiteral("--help")}
        << QStringLiteral("  import-bids FILE BIDS");
    QTest::newRow("generate --help")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--help")}
        << QStringLiteral("  generate --bids N");
}

// `tulana-cli COMMAND --help` is that command's usage only: it names no
// other command, succeeds, and runs nothing (no output file, no scoring).
void TestCli::eachCommandHasItsOwnHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const Run r = runCli(arguments, m_dir->path());
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(show(r)));
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage:\n")), qPrintable(show(r)));
    QVERIFY2(r.out.contains(usage), qPrintable(show(r)));
    QVERIFY2(r.out.contains(QStringLiteral("-h, --help")), qPrintable(show(r)));
    const QString own = arguments.constFirst();
    for (const char* other : {"validate", "score", "import-bids", "generate", "openness", "memo",
                              "verify-memo", "training"}) {
        const QString line = QStringLiteral("\n  ") + QString::fromUtf8(other) + u' ';
        if (QString::fromUtf8(other) != own)
            QVERIFY2(!r.out.contains(line), qPrintable(show(r)));
    }
    QVERIFY2(!r.out.contains(QStringLiteral("Rank")), qPrintable(show(r))); // nothing scored
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestCli::theWholeHelpIsEveryCommandsHelp()
{
    const Run whole = runCli({QStringLiteral("--help")}, m_dir->path());
    QVERIFY2(whole.exitCode == 0, qPrintable(show(whole)));
    for (const char* command : {"validate", "score", "import-bids", "generate", "openness", "memo",
                                "verify-memo", "training"}) {
        const Run one =
            runCli({QString::fromUtf8(command), QStringLiteral("--help")}, m_dir->path());
        QVERIFY2(one.exitCode == 0, qPrintable(show(one)));
        // The lines between "Usage:" and the options are in the whole help.
        const QString lines = one.out.section(QStringLiteral("Usage:\n"), 1)
                                  .section(QStringLiteral("\nOptions:"), 0, 0);
        QVERIFY2(!lines.trimmed().isEmpty(), command);
        QVERIFY2(whole.out.contains(lines), command);
    }
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString sample = kSampleDir + QStringLiteral("/citizen-services-chatbot.tulana");

    QTest::newRow("no command is a usage error")
        << QStringList{} << QStringLiteral("no command given");
    QTest::newRow("an unknown command is a usage error")
        << QStringList{QStringLiteral("evaluate"), sample}
        << QStringLiteral("unknown command \"evaluate\"");
    QTest::newRow("an unknown format is a usage error")
        << QStringList{QStringLiteral("score"), sample, QStringLiteral("--format"),
                       QStringLiteral("xml")}
        << QStringLiteral("--format must be table, json or csv, not \"xml\"");
    QTest::newRow("score without a file is a usage error")
        << QStringList{QStringLiteral("score")} << QStringLiteral("score takes one FILE");
    QTest::newRow("validate with two files is a usage error")
        << QStringList{QStringLiteral("validate"), sample, sample}
        << QStringLiteral("validate takes one FILE");
    QTest::newRow("import-bids without a CSV is a usage error")
        << QStringList{QStringLiteral("import-bids"), sample}
        << QStringLiteral("import-bids takes a tender FILE and a CSV or XLSX file");
    QTest::newRow("an unknown option is a usage error")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--strict"), sample}
        << QStringLiteral("strict");
    QTest::newRow("generate with zero bids is a usage error")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--bids"), QStringLiteral("0")}
        << QStringLiteral("--bids must be a whole number from 1 to 1000000, not \"0\"");
    QTest::newRow("generate with words for bids is a usage error")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--bids"), QStringLiteral("many")}
        << QStringLiteral("--bids must be a whole number from 1 to 1000000, not \"many\"");
    QTest::newRow("generate with too many evaluators is a usage error")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--evaluators"),
                       QStringLiteral("51")}
        << QStringLiteral("--evaluators must be a whole number from 1 to 50, not \"51\"");
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = runCli(arguments, m_dir->path());
    QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
    QVERIFY2(r.err.startsWith(QStringLiteral("tulana-cli: ")), qPrintable(show(r)));
    QVERIFY2(r.err.contains(message), qPrintable(show(r)));
    QVERIFY2(r.err.contains(QStringLiteral("Try 'tulana-cli --help'.")), qPrintable(show(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(show(r)));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList()); // nothing written
}

void TestCli::validateAcceptsASample()
{
    const QString path = copySample(*m_dir, "citizen-services-chatbot");
    const Run r = runCli({QStringLiteral("validate"), path}, m_dir->path());
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QCOMPARE(r.out, path + QStringLiteral(": valid (5 bids)\n"));
    QVERIFY2(!r.err.contains(QStringLiteral("error")), qPrintable(show(r)));
}

void TestCli::validateLocatesAShapeProblem()
{
    QByteArray text = readAll(kSampleDir + QStringLiteral("/land-records-ocr.tulana"));
    const qsizetype at = text.indexOf("\"nature\": \"proprietary\"");
    QVERIFY(at > 0);
    text.replace(at, qsizetype(sizeof "\"nature\": \"proprietary\"") - 1,
                 "\"nature\": \"licensed\"");
    const QString path = m_dir->filePath(QStringLiteral("broken.tulana"));
    QVERIFY(writeFile(path, text));

    const Run r = runCli({QStringLiteral("validate"), path}, m_dir->path());
    QVERIFY2(r.exitCode == 1, qPrintable(show(r)));
    QVERIFY2(r.err.contains(QStringLiteral("error: ") + path +
                            QStringLiteral(": bid no. 2 › nature: \"licensed\" is not a nature")),
             qPrintable(show(r)));
    QVERIFY2(!r.out.contains(QStringLiteral("valid")), qPrintable(show(r)));
    // The JSON path is for a program, in --format json.
    const Run json = runCli(
        {QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json")},
        m_dir->path());
    QVERIFY2(json.exitCode == 1, qPrintable(show(json)));
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("loaded")).toBool(true), false);
    const QJsonObject first = report.value(QStringLiteral("problems")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("bids[1].nature"));
    QCOMPARE(first.value(QStringLiteral("place")).toString(), QStringLiteral("bid no. 2 › nature"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
}

void TestCli::validateLocatesAValueProblem()
{
    // Loads (work in progress) but is not ready to score.
    TenderLoad load = loadTenderFile(kSampleDir + QStringLiteral("/crop-advisory.tulana"));
    QVERIFY(load.tender);
    load.tender->bids[1].price = std::numeric_limits<double>::quiet_NaN();
    const QString path = m_dir->filePath(QStringLiteral("draft.tulana"));
    QString message;
    QVERIFY2(saveTenderFile(*load.tender, path, &message), qPrintable(message));

    const Run r = runCli({QStringLiteral("validate"), path}, m_dir->path());
    QVERIFY2(r.exitCode == 1, qPrintable(show(r)));
    QVERIFY2(r.err.contains(QStringLiteral("error: ") + path +
                            QStringLiteral(": B2's price: the quoted price is missing")),
             qPrintable(show(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(show(r)));
    const Run json = runCli(
        {QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json")},
        m_dir->path());
    QVERIFY2(json.exitCode == 1, qPrintable(show(json)));
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("loaded")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("valid")).toBool(true), false);
    bool found = false;
    for (const QJsonValue& v : report.value(QStringLiteral("problems")).toArray())
        found = found || (v[QStringLiteral("path")] == QStringLiteral("bids[1].price") &&
                          v[QStringLiteral("place")] == QStringLiteral("B2's price"));
    QVERIFY2(found, qPrintable(json.out));
}

void TestCli::validateReportsAFileThatCannotBeOpened_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("a missing file cannot be opened") << QStringLiteral("nowhere.tulana");
    QTest::newRow("a directory cannot be opened") << QStringLiteral("folder.tulana");
}

void TestCli::validateReportsAFileThatCannotBeOpened()
{
    QFETCH(QString, name);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.tulana")));
    const QString path = m_dir->filePath(name);
    const Run r = runCli({QStringLiteral("validate"), path}, m_dir->path());
    QVERIFY2(r.exitCode == 1, qPrintable(show(r)));
    QVERIFY2(
        r.err.contains(QStringLiteral("error: ") + path + QStringLiteral(": cannot be opened")),
        qPrintable(show(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(show(r)));
}

void TestCli::scorePrintsTheRanking_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("score prints a table by default") << QString();
    QTest::newRow("score prints a table") << QStringLiteral("table");
    QTest::newRow("score prints JSON") << QStringLiteral("json");
    QTest::newRow("score prints CSV") << QStringLiteral("csv");
}

void TestCli::scorePrintsTheRanking()
{
    QFETCH(QString, format);
    const QString path = copySample(*m_dir, "citizen-services-chatbot");
    QStringList arguments{QStringLiteral("score"), path};
    if (!format.isEmpty())
        arguments << QStringLiteral("--format") << format;
    const Run r = runCli(arguments, m_dir->path());
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY2(!r.err.contains(QStringLiteral("error")), qPrintable(show(r)));

    if (format == QLatin1String("json")) {
        const std::string text = r.out.toStdString();
        QVERIFY2(nlohmann::json::accept(text), qPrintable(r.out));
        const nlohmann::json doc = nlohmann::json::parse(text);
        COMPARE_JSON(doc.at("format"), nlohmann::json("tulana-evaluation"));
        COMPARE_JSON(doc.at("winner"), nlohmann::json("B2"));
        COMPARE_JSON(doc.at("ranking"), nlohmann::json({"B2", "B1", "B3", "B5"}));
        QCOMPARE(doc.at("bids").size(), std::size_t(5));
    } else if (format == QLatin1String("csv")) {
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // the header and five bids
        QVERIFY2(lines[0].startsWith(QStringLiteral("id,bidder,")), qPrintable(lines[0]));
        for (int i = 1; i <= 5; ++i)
            QVERIFY2(lines[i].startsWith(QStringLiteral("B%1,").arg(i)), qPrintable(lines[i]));
        QVERIFY2(lines[2].endsWith(QStringLiteral(",84.02,")), qPrintable(lines[2]));
    } else {
        QVERIFY2(r.out.contains(QStringLiteral("Winner: B2 (")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("84.02")), qPrintable(r.out));
    }
}

void TestCli::scoreShowsTheLifecycleBasisAndTheCheaperBid()
{
    const QString path = copySample(*m_dir, "citizen-services-chatbot-lifecycle");
    const Run r = runCli({QStringLiteral("score"), path}, m_dir->path());
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QVERIFY2(
        r.out.contains(QStringLiteral("financial basis: lifecycle cost (net present value) "
                                      "over a 5-year horizon at a discount rate of 8% a year")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("B2 has the lowest quoted price (1,12,10,000.00) but "
                                           "not the lowest lifecycle cost")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Winner: B1 (")), qPrintable(r.out));
}

void TestCli::scoreRefusesATenderWhoseWeightsDoNotAddUp()
{
    TenderLoad load =
        loadTenderFile(kSampleDir + QStringLiteral("/citizen-services-chatbot.tulana"));
    QVERIFY(load.tender);
    load.tender->criteria[2].weight = 31; // 45 + 25 + 31 = 101
    const QString path = m_dir->filePath(QStringLiteral("weights.tulana"));
    QString message;
    QVERIFY2(saveTenderFile(*load.tender, path, &message), qPrintable(message));

    const Run r = runCli({QStringLiteral("score"), path}, m_dir->path());
    QVERIFY2(r.exitCode == 1, qPrintable(show(r)));
    QVERIFY2(r.err.contains(QStringLiteral("error: ") + path +
                            QStringLiteral(": criteria: the weights add up to 101 but must add "
                                           "up to 100")),
             qPrintable(show(r)));
    QVERIFY2(!r.out.contains(QStringLiteral("Winner")), qPrintable(show(r)));
}

void TestCli::importBidsAddsTheBids()
{
    const QString path = copySample(*m_dir, "citizen-services-chatbot");
    const QString csv = m_dir->filePath(QStringLiteral("bids.csv"));
    QVERIFY(writeFile(csv, kGoodCsv));

    const Run r = runCli({QStringLiteral("import-bids"), path, csv}, m_dir->path());
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QCOMPARE(r.out, QStringLiteral("Imported 2 bids into ") + path + QStringLiteral(".\n"));
    QVERIFY2(!r.err.contains(QStringLiteral("error")), qPrintable(show(r)));

    const TenderLoad load = loadTenderFile(path);
    QVERIFY(load.tender);
    const Tender& t = *load.tender;
    QCOMPARE(t.bids.size(), std::size_t(7));
    const Bid& kaveri = t.bids[5];
    QCOMPARE(kaveri.id, QStringLiteral("B6"));
    QCOMPARE(kaveri.bidder, QStringLiteral("Kaveri Speech Labs"));
    QCOMPARE(kaveri.nature, BidNature::OpenSource);
    QCOMPARE(kaveri.price, 11000000.0);
    QCOMPARE(kaveri.tax, 1980000.0);
    QCOMPARE(kaveri.marks.at(0, 0), 16.0); // T1.1 per evaluator
    QCOMPARE(kaveri.marks.at(0, 1), 15.0);
    QCOMPARE(kaveri.marks.at(0, 2), 17.0);
    for (int e = 0; e < 3; ++e)
        QCOMPARE(kaveri.marks.at(1, e), 8.0); // T1.2 by the committee
    QCOMPARE(t.bids[6].id, QStringLiteral("B7"));
    QCOMPARE(t.bids[6].bidder, QStringLiteral("Ganga AI, LLP"));
    QCOMPARE(readAll(path), writeTender(t)); // saved in the canonical layout

    const Run check = runCli({QStringLiteral("validate"), path}, m_dir->path());
    QVERIFY2(check.exitCode == 0, qPrintable(show(check)));
    QCOMPARE(check.out, path + QStringLiteral(": valid (7 bids)\n"));
}

void TestCli::importBidsWritesToOutAndLeavesTheTenderAlone()
{
    const QString path = copySample(*m_dir, "citizen-services-chatbot");
    const QByteArray before = readAll(path);
    const QString csv = m_dir->filePath(QStringLiteral("bids.csv"));
    QVERIFY(writeFile(csv, kGoodCsv));
    const QString out = m_dir->filePath(QStringLiteral("with-late-bids.tulana"));

    const Run r = runCli({QStringLiteral("import-bids"), path, csv, QStringLiteral("--out"), out},
                         m_dir->path());
    QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    QCOMPARE(readAll(path), before);
    const TenderLoad load = loadTenderFile(out);
    QVERIFY(load.tender);
    QCOMPARE(load.tender->bids.size(), std::size_t(7));
}

void TestCli::importBidsRefusesABadCsvAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("located");

    const QByteArray header = "bidder,system,nature,price,tax,T1.1,T1.2,T1.3,T1.4,T2.1,T2.2,T2.3,"
                              "T3.1,T3.2\n";
    const QByteArray good =
        "Kaveri Speech Labs,Open stack,open-source,11000000,0,16,8,8,8,8,9,4,15,15\n";
    QTest::newRow("a price in words is located at its row and column")
        << header + good + "Ganga AI,Hybrid,mixed,12 lakh,0,15,7,7,7,7,7,4,14,14\n"
        << QStringLiteral("bids.csv:3:price: \"12 lakh\" is not a number");
    QTest::newRow("marks over the maximum are located at their row and column")
        << header + "Ganga AI,Hybrid,mixed,12500000,0,15,11,7,7,7,7,4,14,14\n" + good
        << QStringLiteral("bids.csv:2:T1.2: 11 is more than the maximum of 10 marks");
    QTest::newRow("an unknown nature is located at its row and column")
        << header + good + good + "Ganga AI,Hybrid,freeware,12500000,0,15,7,7,7,7,7,4,14,14\n"
        << QStringLiteral("bids.csv:4:nature: \"freeware\" is not a nature of bid");
    QTest::newRow("an unknown column is located at the header")
        << QByteArray("bidder,system,nature,price,tax,T9\n") + "Ganga AI,Hybrid,mixed,1,0,5\n"
        << QStringLiteral("bids.csv:1: unknown column \"T9\"");
}

void TestCli::importBidsRefusesABadCsvAndChangesNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, located);
    const QString path = copySample(*m_dir, "citizen-services-chatbot");
    const QByteArray before = readAll(path);
    const QString csvPath = m_dir->filePath(QStringLiteral("bids.csv"));
    QVERIFY(writeFile(csvPath, csv));

    const Run r = runCli({QStringLiteral("import-bids"), path, csvPath}, m_dir->path());
    QVERIFY2(r.exitCode == 1, qPrintable(show(r)));
    QVERIFY2(r.err.contains(QStringLiteral("error: ") + located), qPrintable(show(r)));
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported and ") + path +
                            QStringLiteral(" was not changed.")),
             qPrintable(show(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(show(r)));
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("bids.csv"),
                          QStringLiteral("citizen-services-chatbot.tulana")}));
}

void TestCli::importBidsReportsAMissingCsv()
{
    const QString path = copySample(*m_dir, "crop-advisory");
    const QByteArray before = readAll(path);
    const QString csv = m_dir->filePath(QStringLiteral("missing.csv"));
    const Run r = runCli({QStringLiteral("import-bids"), path, csv}, m_dir->path());
    QVERIFY2(r.exitCode == 1, qPrintable(show(r)));
    QVERIFY2(r.err.contains(QStringLiteral("error: ") + csv + QStringLiteral(": cannot be opened")),
             qPrintable(show(r)));
    QCOMPARE(readAll(path), before);
}

void TestCli::generateWritesATenderThatScores()
{
    const QString path = m_dir->filePath(QStringLiteral("generated.tulana"));
    const Run g =
        runCli({QStringLiteral("generate"), QStringLiteral("--bids"), QStringLiteral("20"),
                QStringLiteral("--criteria"), QStringLiteral("10"), QStringLiteral("--evaluators"),
                QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("7"),
                QStringLiteral("--out"), path},
               m_dir->path());
    QVERIFY2(g.exitCode == 0, qPrintable(show(g)));
    QVERIFY2(g.err.isEmpty(), qPrintable(show(g)));

    const TenderLoad load = loadTenderFile(path);
    QVERIFY(load.tender);
    QCOMPARE(load.tender->bids.size(), std::size_t(20));
    QCOMPARE(countLeaves(load.tender->criteria), 10);
    QCOMPARE(load.tender->evaluators.size(), std::size_t(3));

    const Run s = runCli({QStringLiteral("score"), path}, m_dir->path());
    QVERIFY2(s.exitCode == 0, qPrintable(show(s)));
    QVERIFY2(s.out.contains(QStringLiteral("Winner: B")), qPrintable(show(s)));
}

void TestCli::generateWithoutOutPrintsTheSameTender()
{
    const QStringList arguments{QStringLiteral("generate"), QStringLiteral("--bids"),
                                QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("3")};
    const Run first = runCli(arguments, m_dir->path());
    const Run second = runCli(arguments, m_dir->path());
    QVERIFY2(first.exitCode == 0, qPrintable(show(first)));
    QCOMPARE(first.out, second.out);
    const TenderLoad load = readTender(first.out.toUtf8());
    QVERIFY(load.tender);
    QCOMPARE(load.tender->bids.size(), std::size_t(4));
    QCOMPARE(countLeaves(load.tender->criteria), 8); // the default
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestCli::dataForProgramsIsWrittenExactly_data()
{
    // Which standard outputs carry data for a program (exact bytes: a sheet's
    // CSV ends its lines with CR LF) and which carry text for people (control
    // characters shown, docs/cli.md).
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("data");
    const auto row = [](const char* name, const QString& line, bool data) {
        QTest::newRow(name) << QString(QStringLiteral("tulana-cli ") + line).split(u' ') << data;
    };
    row("score", QStringLiteral("score t.tulana"), false);
    row("score as JSON", QStringLiteral("score t.tulana --format json"), true);
    row("score as CSV, one word", QStringLiteral("score t.tulana --format=csv"), true);
    row("committee as a table", QStringLiteral("committee t.tulana --format table"), false);
    row("validate as JSON", QStringLiteral("validate t.tulana --format json"), true);
    row("generate", QStringLiteral("generate --bids 3"), true);
    row("export-ocds", QStringLiteral("export-ocds t.tulana"), true);
    row("a sheet's CSV", QStringLiteral("sheet csv s.json"), true);
    row("a sheet issued", QStringLiteral("sheet issue t.tulana --member E1"), false);
    row("an envelope key", QStringLiteral("process envelope-key t.tulana"), true);
    row("a process act", QStringLiteral("process bids-received t.tulana"), false);
    row("a file named csv", QStringLiteral("validate csv"), false);
}

void TestCli::dataForProgramsIsWrittenExactly()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, data);
    QCOMPARE(tulana::cli::stdoutIsData(arguments), data);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
