// tulana-cli registry as an office uses it: add a finalised tender (again:
// updated, not duplicated), refuse one not finalised, list with filters,
// show, change the status, and export CSV, JSON and a publishable HTML page.
#include "CliRunner.h"
#include "Samples.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tulana::testsupport;

class TestRegistryCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addsAndUpdatesAFinalisedTender();
    void refusesATenderNotFinalised();
    void listsWithFilters();
    void showsAndChangesStatus();
    void exportsAPublishablePage();
    void exportsCsvAndJson();
    void saysWhatIsWrongWithItsArguments();

private:
    QStringList registry(const QStringList& rest) const
    {
        return QStringList{QStringLiteral("registry"), QStringLiteral("--db"), m_db} + rest;
    }
    QString readFile(const QString& path) const
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestRegistryCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("registry.sqlite"));
    for (const char* name :
         {"citizen-services-chatbot-recorded", "citizen-services-chatbot-openness-points",
          "citizen-services-chatbot-lifecycle"}) {
        const CliRun run = runCli(registry({QStringLiteral("add"), samplePath(name)}));
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        QVERIFY2(run.out.startsWith(QLatin1String("Added record")), qPrintable(show(run)));
    }
}

void TestRegistryCli::addsAndUpdatesAFinalisedTender()
{
    // The chatbot and its recorded twin are the same tender (reference and
    // entity): the second updates the first's record.
    const CliRun run =
        runCli(registry({QStringLiteral("add"), samplePath("citizen-services-chatbot"),
                         QStringLiteral("--publish-scores")}));
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    QVERIFY2(run.out.startsWith(QLatin1String("Updated record 1")), qPrintable(show(run)));
    const CliRun list = runCli(
        registry({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 3);
}

void TestRegistryCli::refusesATenderNotFinalised()
{
    const CliRun run = runCli(registry({QStringLiteral("add"), samplePath("crop-advisory")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("not finalised")), qPrintable(show(run)));
    // A person reads places in words; JSON paths are for --format json.
    QVERIFY2(!run.err.contains(QLatin1String("decision.finalised")), qPrintable(show(run)));
    const CliRun list = runCli(
        registry({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 3);
}

void TestRegistryCli::listsWithFilters()
{
    const auto count = [this](const QStringList& filters) {
        const CliRun run =
            runCli(registry(QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                        QStringLiteral("json")} +
                            filters));
        if (run.exitCode != 0)
            return -1;
        return int(QJsonDocument::fromJson(run.out.toUtf8()).array().size());
    };
    QCOMPARE(count({QStringLiteral("--departure"), QStringLiteral("yes")}), 1);
    QCOMPARE(count({QStringLiteral("--departure"), QStringLiteral("no")}), 2);
    QCOMPARE(count({QStringLiteral("--nature"), QStringLiteral("open-source")}), 2);
    QCOMPARE(count({QStringLiteral("--nature"), QStringLiteral("proprietary")}), 1);
    QCOMPARE(count({QStringLiteral("--year"), QStringLiteral("2026")}), 3);
    QCOMPARE(count({QStringLiteral("--year"), QStringLiteral("2025")}), 0);
    QCOMPARE(count({QStringLiteral("--mof-class"), QStringLiteral("class-1")}), 2);
    QCOMPARE(count({QStringLiteral("--status"), QStringLiteral("retired")}), 0);
    QCOMPARE(count({QStringLiteral("--search"), QStringLiteral("LIFECYCLE")}), 1);

    const CliRun table = runCli(registry({QStringLiteral("list")}));
    QVERIFY2(table.exitCode == 0 && table.out.contains(QLatin1String("DITeG/eGov/AI/2026/014")),
             qPrintable(show(table)));
    QVERIFY(table.out.contains(QLatin1String("3 record")));
}

void TestRegistryCli::showsAndChangesStatus()
{
    CliRun run = runCli(registry({QStringLiteral("status"), QStringLiteral("1"),
                                  QStringLiteral("--set"), QStringLiteral("in-use"),
                                  QStringLiteral("--date"), QStringLiteral("2026-06-01")}));
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    run = runCli(registry({QStringLiteral("show"), QStringLiteral("1")}));
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    const QJsonObject record = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(record.value(QStringLiteral("id")).toInt(), 1);
    const QJsonArray status = record.value(QStringLiteral("status")).toArray();
    QCOMPARE(status.size(), 2);
    QCOMPARE(status.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("in-use"));
    // Published scores: the update chose to publish them.
    QVERIFY(record.value(QStringLiteral("scores"))
                .toObject()
                .value(QStringLiteral("published"))
                .toBool());

    run = runCli(registry({QStringLiteral("show"), QStringLiteral("99")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("no record 99")), qPrintable(show(run)));
}

void TestRegistryCli::exportsAPublishablePage()
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("hi")}) {
        const QString out = m_dir.filePath(QStringLiteral("registry-%1.html").arg(language));
        const CliRun run = runCli(
            registry({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("html"),
                      QStringLiteral("--language"), language, QStringLiteral("--out"), out}));
        QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
        const QString page = readFile(out);
        QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("<html lang=\"%1\">").arg(language)));
        QVERIFY(page.contains(QLatin1String("<caption>")));
        QCOMPARE(page.count(QLatin1String("<th scope=\"col\">")), 15);
        QCOMPARE(page.count(QLatin1String("<th scope=\"row\">")), 3);
        // Text from the tender files is escaped: the entity's "&".
        QVERIFY(page.contains(QLatin1String("Information Technology &amp; e-Governance")));
        QVERIFY(!page.contains(QLatin1String("Technology & e-Governance")));
        QVERIFY(!page.contains(QLatin1String("<script")));
    }
}

void TestRegistryCli::exportsCsvAndJson()
{
    const QString csv = m_dir.filePath(QStringLiteral("registry.csv"));
    CliRun run = runCli(registry({QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--out"), csv}));
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    const QStringList lines = readFile(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.front().startsWith(QLatin1String("id,reference,title,entity")));

    const QString json = m_dir.filePath(QStringLiteral("registry.json"));
    run = runCli(registry({QStringLiteral("export"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--departure"),
                           QStringLiteral("no"), QStringLiteral("--out"), json}));
    QVERIFY2(run.exitCode == 0, qPrintable(show(run)));
    const QJsonObject document = QJsonDocument::fromJson(readFile(json).toUtf8()).object();
    QCOMPARE(document.value(QStringLiteral("format")).toString(),
             QStringLiteral("tulana-registry"));
    const QJsonArray records = document.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 2);
    for (const QJsonValue& r : records)
        QVERIFY(!r.toObject()
                     .value(QStringLiteral("departure"))
                     .toObject()
                     .value(QStringLiteral("fromOpenSource"))
                     .toBool());
}

void TestRegistryCli::saysWhatIsWrongWithItsArguments()
{
    struct Case
    {
        QStringList args;
        int exit;
        const char* says;
    };
    const QString dir = m_dir.path();
    const std::vector<Case> cases{
        {registry({QStringLiteral("list"), QStringLiteral("--departure"), QStringLiteral("maybe")}),
         2, "--departure must be yes or no"},
        {registry({QStringLiteral("list"), QStringLiteral("--mof-class"), QStringLiteral("IV")}), 2,
         "--mof-class must be one of"},
        {registry({QStringLiteral("frobnicate")}), 2, "no action \"frobnicate\""},
        {registry({QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("--set"),
                   QStringLiteral("in-use"), QStringLiteral("--date"), QStringLiteral("1/6/26")}),
         2, "--date"},
        {registry({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                   QStringLiteral("--out"), dir + QStringLiteral("/x")}),
         2, "csv, json or html"},
        {{QStringLiteral("registry"), QStringLiteral("--db"),
          QStringLiteral("postgresql://clerk:secret@db.example/registry"), QStringLiteral("list")},
         1,
         "PGPASSWORD"},
        {{QStringLiteral("registry"), QStringLiteral("--db"), QStringLiteral("mysql://x/y"),
          QStringLiteral("list")},
         1,
         "sqlite:PATH or postgresql://"},
    };
    for (const Case& c : cases) {
        const CliRun run = runCli(c.args);
        QVERIFY2(run.exitCode == c.exit, qPrintable(c.args.join(u' ') + show(run)));
        QVERIFY2(run.err.contains(QLatin1String(c.says)), qPrintable(show(run)));
    }
}

QTEST_GUILESS_MAIN(TestRegistryCli)
#include "tst_registrycli.moc"
