// tulana-cli export-ocds: every sample's release package validates against
// the OCDS 1.1 schema with the bids, lots and award criteria breakdown
// extensions and Tulana's evaluation extension (tests/schema/validate_ocds.py,
// which adds the review tool's checks); unopened prices never appear; the
// same tender gives the same ids.
#include "CliRunner.h"
#include "MissingTool.h"
#include "Samples.h"
#include "SchemaScript.h"

#include "io/TenderFile.h"
#include "scoring/Evaluator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tulana;
using namespace tulana::testsupport;

namespace {

QStringList exportArgs(const QString& sample)
{
    return {QStringLiteral("export-ocds"), sample, QStringLiteral("--date"),
            QStringLiteral("2026-12-05")};
}

// Writes `release` to a file in `dir` and starts dir/out.tulana from it.
CliRun importRelease(const QTemporaryDir& dir, const QByteArray& release)
{
    const QString path = dir.filePath(QStringLiteral("release.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(release) != release.size())
        return {-1, {}, QStringLiteral("could not write ") + path};
    f.close();
    return runCli({QStringLiteral("import-ocds"), path, QStringLiteral("--out"),
                   dir.filePath(QStringLiteral("out.tulana"))});
}

} // namespace

class TestOcds : public QObject
{
    Q_OBJECT

private slots:
    void everySampleValidates();
    void theChatbotsAward();
    void sameTenderSameRelease();
    void badPrefix();
    void roundTripKeepsCriteriaAndBidders_data();
    void roundTripKeepsCriteriaAndBidders();
    void importRefusesWhatIsNotOcds_data();
    void importRefusesWhatIsNotOcds();
    void importNeverWritesOverAFile();
    void importGivesUnusableBidIdsNewOnes();
    void importKeepsEveryUsableId_data();
    void importKeepsEveryUsableId();
    void importLeavesAnAbsurdAmountBlank();
    void importSkipsAWeightThatIsNoShare();
};

void TestOcds::everySampleValidates()
{
    QTemporaryDir dir;
    QStringList outputs;
    for (const QString& name : QDir(sampleDir()).entryList({QStringLiteral("*.tulana")})) {
        const QString out = dir.filePath(name + QStringLiteral(".json"));
        const CliRun run = runCli(exportArgs(sampleDir() + u'/' + name) +
                                  QStringList{QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(name + show(run)));
        outputs << out;
    }
    const ScriptRun check = runSchemaScript(
        QStringList{
            QStringLiteral(TULANA_SOURCE_DIR "/tests/schema/validate_ocds.py"),
            QStringLiteral(TULANA_TEST_DATA "/ocds"),
            QStringLiteral(TULANA_SOURCE_DIR "/resources/ocds/tulana_evaluation_extension")} +
            outputs,
        120'000);
    if (check.missingTool)
        TULANA_SKIP_WITHOUT_TOOL("python3 with python3-jsonschema is not installed");
    QVERIFY2(check.exitCode == 0, qPrintable(check.said));
}

void TestOcds::theChatbotsAward()
{
    const CliRun run = runCli(exportArgs(samplePath("citizen-services-chatbot")));
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    const QJsonObject release = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(QLatin1String("releases"))
                                    .toArray()
                                    .first()
                                    .toObject();
    const Tender tender = loadSample("citizen-services-chatbot");
    const Evaluation ev = evaluate(tender);
    const QJsonArray bids =
        release.value(QLatin1String("bids")).toObject().value(QLatin1String("details")).toArray();
    QCOMPARE(bids.size(), qsizetype(tender.bids.size()));
    for (qsizetype b = 0; b < bids.size(); ++b) {
        const QJsonObject bid = bids[b].toObject();
        const BidResult& r = ev.results[std::size_t(b)];
        QCOMPARE(bid.value(QLatin1String("id")).toString(), tender.bids[std::size_t(b)].id);
        // A sealed financial proposal: no value, no financial score.
        QCOMPARE(bid.contains(QLatin1String("value")), ev.envelopeOpened(int(b)));
        const QJsonObject scores = bid.value(QLatin1String("evaluation")).toObject();
        QCOMPARE(scores.contains(QLatin1String("financialScore")), r.financial.has_value());
        if (r.combined)
            QCOMPARE(scores.value(QLatin1String("combinedScore")).toDouble(), *r.combined);
        QCOMPARE(bid.value(QLatin1String("rank")).toInt(), r.rank);
        QCOMPARE(bid.value(QLatin1String("status")).toString(),
                 r.standing == Standing::Qualified ? QStringLiteral("valid")
                                                   : QStringLiteral("disqualified"));
    }
    const QJsonObject award = release.value(QLatin1String("awards")).toArray().first().toObject();
    QCOMPARE(award.value(QLatin1String("relatedBids")).toArray().first().toString(),
             tender.bids[std::size_t(ev.winner)].id);
    const QJsonArray criteria = release.value(QLatin1String("tender"))
                                    .toObject()
                                    .value(QLatin1String("lots"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("awardCriteria"))
                                    .toObject()
                                    .value(QLatin1String("criteria"))
                                    .toArray();
    double total = 0;
    for (const QJsonValue& c : criteria)
        total += c.toObject()
                     .value(QLatin1String("numbers"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("number"))
                     .toDouble();
    QVERIFY(qAbs(total - 100) < 1e-9);
    QCOMPARE(criteria.first().toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("price"));
}

void TestOcds::sameTenderSameRelease()
{
    const CliRun one = runCli(exportArgs(samplePath("crop-advisory")));
    const CliRun two = runCli(exportArgs(samplePath("crop-advisory")));
    QVERIFY2(one.exitCode == 0, qPrintable(show(one)));
    QCOMPARE(one.out, two.out);
}

void TestOcds::badPrefix()
{
    const CliRun run =
        runCli(exportArgs(samplePath("crop-advisory")) +
               QStringList{QStringLiteral("--ocid-prefix"), QStringLiteral("my-prefix")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--ocid-prefix must be")), qPrintable(show(run)));
}

void TestOcds::roundTripKeepsCriteriaAndBidders_data()
{
    QTest::addColumn<QString>("sample");
    for (const QString& name : QDir(sampleDir()).entryList({QStringLiteral("*.tulana")}))
        QTest::newRow(qPrintable(name)) << name;
}

void TestOcds::roundTripKeepsCriteriaAndBidders()
{
    QFETCH(QString, sample);
    QTemporaryDir dir;
    const QString release = dir.filePath(QStringLiteral("release.json"));
    const QString back = dir.filePath(QStringLiteral("back.tulana"));
    const QString original = sampleDir() + u'/' + sample;
    CliRun run = runCli(exportArgs(original) + QStringList{QStringLiteral("--out"), release});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    run = runCli({QStringLiteral("import-ocds"), release, QStringLiteral("--out"), back});
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    QVERIFY(run.out.contains(QLatin1String("To complete")));

    const Tender before = loadTenderFile(original).tender.value();
    const TenderLoad load = loadTenderFile(back);
    QVERIFY2(load.tender, qPrintable(sample));
    const Tender& after = *load.tender;
    QCOMPARE(after.reference, before.reference);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.procuringEntity, before.procuringEntity);
    QCOMPARE(after.method, before.method);
    QCOMPARE(after.technicalWeight, before.technicalWeight);
    QCOMPARE(after.minimumTechnicalScore, before.minimumTechnicalScore);
    QCOMPARE(after.options, before.options);
    // The top-level criteria, by name and weight (and the openness
    // sub-criterion as one more, when the tender has it).
    double total = 0;
    for (const Criterion& c : before.criteria)
        total += c.weight;
    if (before.openness.isOn())
        total += before.openness.maxMarks;
    QCOMPARE(after.criteria.size(), before.criteria.size() + (before.openness.isOn() ? 1 : 0));
    for (std::size_t i = 0; i < before.criteria.size(); ++i) {
        QCOMPARE(after.criteria[i].name, before.criteria[i].name);
        QVERIFY(qAbs(after.criteria[i].weight - 100.0 * before.criteria[i].weight / total) < 1e-9);
    }
    QCOMPARE(after.bids.size(), before.bids.size());
    const Evaluation ev = evaluate(before);
    for (std::size_t b = 0; b < before.bids.size(); ++b) {
        QCOMPARE(after.bids[b].id, before.bids[b].id);
        QCOMPARE(after.bids[b].bidder, before.bids[b].bidder);
        // Only opened prices were published; they come back with their tax.
        if (ev.envelopeOpened(int(b)))
            QCOMPARE(after.bids[b].price, before.bids[b].price + before.bids[b].tax);
        else
            QVERIFY(std::isnan(after.bids[b].price));
    }
}

void TestOcds::importRefusesWhatIsNotOcds_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{\"releases\": [") << QStringLiteral("line 1");
    QTest::newRow("no releases") << QByteArray("{\"tender\": {}}")
                                 << QStringLiteral("it is not OCDS");
    QTest::newRow("empty package")
        << QByteArray("{\"releases\": []}") << QStringLiteral("has no releases");
}

void TestOcds::importRefusesWhatIsNotOcds()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString release = dir.filePath(QStringLiteral("bad.json"));
    QFile f(release);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(file);
    f.close();
    const QString out = dir.filePath(QStringLiteral("out.tulana"));
    const CliRun run =
        runCli({QStringLiteral("import-ocds"), release, QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(show(run)));
    QVERIFY(!QFile::exists(out));
}

void TestOcds::importNeverWritesOverAFile()
{
    QTemporaryDir dir;
    const QString release = dir.filePath(QStringLiteral("release.json"));
    QVERIFY(runCli(exportArgs(samplePath("crop-advisory")) +
                   QStringList{QStringLiteral("--out"), release})
                .exitCode == 0);
    const QString existing = dir.filePath(QStringLiteral("mine.tulana"));
    QFile f(existing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    const CliRun run =
        runCli({QStringLiteral("import-ocds"), release, QStringLiteral("--out"), existing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("already exists")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
}

// A published release may repeat a bid's id, leave it out or put a control
// character in it; a tender can hold none of these. The import names such
// bids anew (never an id already taken), says which, and the tender saves.
void TestOcds::importGivesUnusableBidIdsNewOnes()
{
    QTemporaryDir dir;
    const CliRun run = importRelease(
        dir, R"({"releases": [{"ocid": "ocds-x-1", "tender": {"id": "T-1"}, "bids": {"details": [
        {"id": "B2", "tenderers": [{"name": "First"}]},
        {"tenderers": [{"name": "Second"}]},
        {"id": "B2", "tenderers": [{"name": "Third"}]},
        {"id": "X\u001b1", "tenderers": [{"name": "Fourth"}]}]}}]})");
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    const TenderLoad load = loadTenderFile(dir.filePath(QStringLiteral("out.tulana")));
    QVERIFY2(load.tender, qPrintable(show(run)));
    QStringList ids;
    QStringList bidders;
    for (const Bid& bid : load.tender->bids) {
        ids << bid.id;
        bidders << bid.bidder;
    }
    // B2 kept; the one without an id skips the taken B2; the repeat and the
    // id with ESC take the next free ones.
    QCOMPARE(ids, (QStringList{QStringLiteral("B2"), QStringLiteral("B3"), QStringLiteral("B4"),
                               QStringLiteral("B5")}));
    QCOMPARE(bidders, (QStringList{QStringLiteral("First"), QStringLiteral("Second"),
                                   QStringLiteral("Third"), QStringLiteral("Fourth")}));
    QVERIFY2(run.out.contains(QStringLiteral("bid no. 3's id in the release, \"B2\", is an "
                                             "earlier bid's: it is B4 here")),
             qPrintable(show(run)));
    QVERIFY2(run.out.contains(QStringLiteral("\"X\u241B1\", holds a control character: it is "
                                             "B5 here")),
             qPrintable(show(run)));
    QVERIFY2(!run.out.contains(QLatin1String("bid no. 2's id")), qPrintable(show(run)));
    QVERIFY(!run.out.contains(QChar(0x1B)));
}

void TestOcds::importKeepsEveryUsableId_data()
{
    QTest::addColumn<QByteArray>("details");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("a later bid holds B1")
        << QByteArray(R"([{}, {"id": "B1"}])")
        << QStringList{QStringLiteral("B2"), QStringLiteral("B1")};
    QTest::newRow("blank and padded") << QByteArray(R"([{"id": " "}, {"id": " B7 "}])")
                                      << QStringList{QStringLiteral("B1"), QStringLiteral("B7")};
    QTest::newRow("unnamed after named")
        << QByteArray(R"([{"id": "B3"}, {"id": "B4"}, {}, {}, {}])")
        << QStringList{QStringLiteral("B3"), QStringLiteral("B4"), QStringLiteral("B5"),
                       QStringLiteral("B6"), QStringLiteral("B7")};
}

// Ids the release gives are kept (trimmed, as the Bids page keeps a typed
// one), and a new one never takes an id a later bid holds.
void TestOcds::importKeepsEveryUsableId()
{
    QFETCH(QByteArray, details);
    QFETCH(QStringList, ids);
    QTemporaryDir dir;
    const CliRun run = importRelease(
        dir, R"({"releases": [{"ocid": "ocds-x-1", "bids": {"details": )" + details + "}}]}");
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    const TenderLoad load = loadTenderFile(dir.filePath(QStringLiteral("out.tulana")));
    QVERIFY2(load.tender, qPrintable(show(run)));
    QStringList got;
    for (const Bid& bid : load.tender->bids)
        got << bid.id;
    QCOMPARE(got, ids);
}

// An amount beyond what a tender file takes (10^15) is left blank and said:
// kept, it made a tender that does not open again (found by fuzz_ocds; the
// input is a seed in tests/fuzz/corpus/ocds).
void TestOcds::importLeavesAnAbsurdAmountBlank()
{
    QTemporaryDir dir;
    const CliRun run = importRelease(dir, R"({"releases": [{"ocid": "ocds-x-1", "tender": {
        "id": "T-1", "value": {"amount": 1e300, "currency": "INR"},
        "evaluationRules": {"method": "FBS"}}, "bids": {"details": [
        {"id": "B1", "value": {"amount": 3e18}},
        {"id": "B2", "value": {"amount": -2e15}},
        {"id": "B3", "value": {"amount": 1000000000000000}}]}}]})");
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    const TenderLoad load = loadTenderFile(dir.filePath(QStringLiteral("out.tulana")));
    QVERIFY2(load.tender, qPrintable(show(run)));
    QCOMPARE(load.tender->method, SelectionMethod::Fbs);
    QVERIFY(!load.tender->budget);
    QCOMPARE(load.tender->bids.size(), std::size_t(3));
    QVERIFY(std::isnan(load.tender->bids[0].price));
    QVERIFY(std::isnan(load.tender->bids[1].price));
    QCOMPARE(load.tender->bids[2].price, 1e15); // the ceiling itself is taken
    QVERIFY2(run.out.contains(QStringLiteral("the tender's value in the release: 1e+300 is "
                                             "beyond any amount Tulana takes")),
             qPrintable(show(run)));
    QVERIFY2(run.out.contains(QStringLiteral("bid no. 1's value in the release: 3e+18")),
             qPrintable(show(run)));
    QVERIFY2(run.out.contains(QStringLiteral("bid no. 2's value in the release: -2e+15")),
             qPrintable(show(run)));
    QVERIFY2(!run.out.contains(QLatin1String("bid no. 3's value")), qPrintable(show(run)));
}

// A criterion's weight is a share of the award: one below 0 or above 100%
// is noted and skipped. Two weights of 10^308 (as decimals) overflowed the
// sum, and every weight of the tender became "nan".
void TestOcds::importSkipsAWeightThatIsNoShare()
{
    const auto criterion = [](const char* type, const char* name, const char* kind,
                              const char* number) -> QByteArray {
        return QByteArray(R"({"type": ")") + type + R"(", "name": ")" + name +
               R"(", "numbers": [{"weight": ")" + kind + R"(", "number": )" + number + "}]}";
    };
    QTemporaryDir dir;
    const CliRun run =
        importRelease(dir, R"({"releases": [{"ocid": "ocds-x-1", "tender": {"id": "T-1", "lots": [
        {"awardCriteria": {"criteria": [)" +
                               criterion("quality", "Huge", "decimalExact", "1e308") + ", " +
                               criterion("quality", "Huger", "decimalExact", "1e308") + ", " +
                               criterion("quality", "Below none", "percentageExact", "-5") + ", " +
                               criterion("quality", "Method", "percentageExact", "70") + ", " +
                               criterion("price", "Price", "decimalExact", "0.3") + "]}}]}}]}");
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    const TenderLoad load = loadTenderFile(dir.filePath(QStringLiteral("out.tulana")));
    QVERIFY2(load.tender, qPrintable(show(run)));
    QCOMPARE(load.tender->criteria.size(), std::size_t(1));
    QCOMPARE(load.tender->criteria[0].name, QStringLiteral("Method"));
    QCOMPARE(load.tender->criteria[0].weight, 100.0);
    QCOMPARE(load.tender->technicalWeight, 70.0);
    QCOMPARE(load.tender->financialWeight, 30.0);
    for (const char* name : {"Huge", "Huger", "Below none"})
        QVERIFY2(run.out.contains(QStringLiteral("the criterion \"%1\": its weight is not a "
                                                 "percentage between 0 and 100")
                                      .arg(QLatin1String(name))),
                 qPrintable(show(run)));
}

QTEST_GUILESS_MAIN(TestOcds)
#include "tst_ocds.moc"
