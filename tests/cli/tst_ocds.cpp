// tulana-cli export-ocds: every sample's release package validates against
// the OCDS 1.1 schema with the bids, lots and award criteria breakdown
// extensions and Tulana's evaluation extension (tests/schema/validate_ocds.py,
// which adds the review tool's checks); unopened prices never appear; the
// same tender gives the same ids.
#include "CliRunner.h"
#include "MissingTool.h"
#include "Samples.h"

#include "io/TenderFile.h"
#include "scoring/Evaluator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tulana;
using namespace tulana::testsupport;

namespace {

QStringList exportArgs(const QString& sample)
{
    return {QStringLiteral("export-ocds"), sample, QStringLiteral("--date"),
            QStringLiteral("2026-12-05")};
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
};

void TestOcds::everySampleValidates()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python))
        TULANA_SKIP_WITHOUT_TOOL("python3 is not installed");
    QTemporaryDir dir;
    QStringList outputs;
    for (const QString& name : QDir(sampleDir()).entryList({QStringLiteral("*.tulana")})) {
        const QString out = dir.filePath(name + QStringLiteral(".json"));
        const CliRun run = runCli(exportArgs(sampleDir() + u'/' + name) +
                                  QStringList{QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(name + show(run)));
        outputs << out;
    }
    QProcess check;
    check.start(python,
                QStringList{QStringLiteral(TULANA_SOURCE_DIR "/tests/schema/validate_ocds.py"),
                            QStringLiteral(TULANA_TEST_DATA "/ocds"),
                            QStringLiteral(TULANA_SOURCE_DIR
                                           "/resources/ocds/tulana_evaluation_extension")} +
                    outputs);
    QVERIFY(check.waitForFinished(120'000));
    const QString said =
        QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
    if (said.contains(QLatin1String("No module named 'jsonschema'")))
        TULANA_SKIP_WITHOUT_TOOL("python3-jsonschema is not installed");
    QVERIFY2(check.exitCode() == 0, qPrintable(said));
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

QTEST_GUILESS_MAIN(TestOcds)
#include "tst_ocds.moc"
