// Real model records from tests/data/third-party import without error and
// classify plausibly. Which ones, what is expected and why is written down in
// tests/data/openness/real-models.json.
#include "OpennessTestSupport.h"
#include "openness/Component.h"

#include "openness/OpennessAssessment.h"
#include "openness/RecordImport.h"

#include <QDir>
#include <QTest>

#include <algorithm>

using namespace tulana::openness;
using namespace openness_test;

namespace {

nlohmann::json selection()
{
    return nlohmann::json::parse(
        readFile(testData(QStringLiteral("real-models.json"))).toStdString(), nullptr, false);
}

QStringList strings(const nlohmann::json& array)
{
    QStringList out;
    for (const nlohmann::json& s : array)
        out << QString::fromStdString(s.get<std::string>());
    return out;
}

} // namespace

class TestRealModels : public QObject
{
    Q_OBJECT

private slots:
    void theSelectionIsWrittenDown();
    void importsAndClassifiesPlausibly_data();
    void importsAndClassifiesPlausibly();
    void everyRecordOfBothSourcesImports_data();
    void everyRecordOfBothSourcesImports();
};

void TestRealModels::theSelectionIsWrittenDown()
{
    const nlohmann::json s = selection();
    QVERIFY(!s.is_discarded());
    QVERIFY(s["models"].size() >= 12);
    for (const nlohmann::json& m : s["models"])
        QVERIFY2(m.contains("why") && m["why"].get<std::string>().size() > 20,
                 m["file"].get<std::string>().c_str());
}

void TestRealModels::importsAndClassifiesPlausibly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("mofClass");
    QTest::addColumn<QList<double>>("progress");
    QTest::addColumn<int>("classIfConfirmed");
    QTest::addColumn<QString>("osaid");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<double>("indexTotal");
    const nlohmann::json s = selection();
    for (const nlohmann::json& m : s["models"]) {
        QList<double> progress;
        for (const nlohmann::json& p : m["progress"])
            progress << p.get<double>();
        const QString file = QString::fromStdString(m["file"].get<std::string>());
        QTest::newRow(qPrintable(file))
            << file << m["mofClass"].get<int>() << progress << m["classIfConfirmed"].get<int>()
            << QString::fromStdString(m["osaid"].get<std::string>()) << strings(m["flags"])
            << m.value("indexTotal", -1.0);
    }
}

void TestRealModels::importsAndClassifiesPlausibly()
{
    QFETCH(QString, file);
    QFETCH(int, mofClass);
    QFETCH(QList<double>, progress);
    QFETCH(int, classIfConfirmed);
    QFETCH(QString, osaid);
    QFETCH(QStringList, flags);
    QFETCH(double, indexTotal);

    const RecordImport import = importOpennessFile(fixture(file));
    QVERIFY2(
        import.record,
        qPrintable(import.problems.isEmpty() ? QString() : import.problems.front().toString()));
    for (const tulana::Problem& p : import.problems)
        QVERIFY2(!p.isError(), qPrintable(p.toString()));
    const OpennessAssessment a = assessOpenness(*import.record);

    QCOMPARE(int(a.mof.mofClass), mofClass);
    QCOMPARE(progress.size(), 3);
    for (int k = 0; k < 3; ++k)
        QVERIFY2(
            qAbs(a.mof.progress[std::size_t(k)] - progress[k]) < 0.005,
            qPrintable(
                QStringLiteral("Class %1: %2").arg(k + 1).arg(a.mof.progress[std::size_t(k)])));
    QCOMPARE(int(a.mof.classIfConfirmed), classIfConfirmed);
    QCOMPARE(toKey(a.osaid.status), osaid);

    QStringList got;
    for (const OpenwashingFlag& f : a.flags)
        got << toKey(f.kind);
    got.sort();
    flags.sort();
    QCOMPARE(got, flags);

    if (indexTotal >= 0) {
        QVERIFY(a.index.available);
        QVERIFY2(qAbs(a.index.total - indexTotal) < 0.0001,
                 qPrintable(QString::number(a.index.total)));
        QCOMPARE(a.record.source, RecordSource::OsaiIndex);
    } else {
        QVERIFY(!a.index.available);
        QCOMPARE(a.record.source, RecordSource::ModelOpennessTool);
    }
}

// Not a judgement, only that the importers cope with every real file (the
// index's submission template, which has no system name, is refused).
void TestRealModels::everyRecordOfBothSourcesImports_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& sub : {QStringLiteral("mot/models"), QStringLiteral("osai-index")}) {
        const QDir dir(fixture(sub));
        for (const QString& name : dir.entryList(
                 {QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
            if (!name.startsWith(u'_'))
                QTest::newRow(qPrintable(sub + u'/' + name)) << dir.filePath(name);
    }
}

void TestRealModels::everyRecordOfBothSourcesImports()
{
    QFETCH(QString, path);
    const RecordImport import = importOpennessFile(path);
    if (path.endsWith(QLatin1String("a_submission_template.yaml"))) {
        QVERIFY(!import.record);
        QVERIFY(import.problems.front().where.endsWith(
            QLatin1String("a_submission_template.yaml:14:5")));
        return;
    }
    QVERIFY2(
        import.record,
        qPrintable(import.problems.isEmpty() ? QString() : import.problems.front().toString()));
    QVERIFY(!import.record->systemName.isEmpty());
    const OpennessAssessment a = assessOpenness(*import.record);
    QCOMPARE(a.components.size(), ComponentCatalogue::builtIn().components().size());
    QCOMPARE(a.mof.components.size(), std::size_t(17));
    QVERIFY(!a.summary.isEmpty());
}

QTEST_GUILESS_MAIN(TestRealModels)
#include "tst_realmodels.moc"
