// The Model Openness Tool's own 27 test inputs (tests/data/third-party/mot/Test_Data) give
// the class and the per-class progress the tool itself reports in
// expected_results.json.
#include "OpennessTestSupport.h"

#include "openness/MofClassifier.h"
#include "openness/RecordImport.h"

#include <QDir>
#include <QHash>
#include <QTest>

using namespace tulana::openness;
using namespace openness_test;

namespace {

const QString kTestData = QStringLiteral("mot/Test_Data");

struct Expected
{
    int mofClass = -1;
    double progress[3] = {-1, -1, -1};
};

// release.name -> the tool's classification.
QHash<QString, Expected> expectedResults()
{
    QHash<QString, Expected> out;
    const nlohmann::json doc =
        parseLenientJson(readFile(fixture(kTestData + QStringLiteral("/expected_results.json"))));
    if (doc.is_discarded() || !doc.contains("models"))
        return out;
    for (const nlohmann::json& m : doc["models"]) {
        Expected e;
        const nlohmann::json& c = m["classification"];
        e.mofClass = c["class"].get<int>();
        for (int k = 1; k <= 3; ++k)
            e.progress[k - 1] = c["progress"][std::to_string(k)].get<double>();
        out.insert(QString::fromStdString(m["release"]["name"].get<std::string>()), e);
    }
    return out;
}

} // namespace

class TestMotTestData : public QObject
{
    Q_OBJECT

private slots:
    void allTwentySevenFilesAndResultsArePresent();
    void givesTheToolsClassAndProgress_data();
    void givesTheToolsClassAndProgress();
};

void TestMotTestData::allTwentySevenFilesAndResultsArePresent()
{
    const QDir dir(fixture(kTestData));
    QVERIFY2(dir.exists(), qPrintable(dir.path()));
    QCOMPARE(dir.entryList({QStringLiteral("*.yml")}, QDir::Files).size(), 27);
    QCOMPARE(expectedResults().size(), 27);
}

void TestMotTestData::givesTheToolsClassAndProgress_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(fixture(kTestData));
    for (const QString& name : dir.entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestMotTestData::givesTheToolsClassAndProgress()
{
    QFETCH(QString, path);
    static const QHash<QString, Expected> expected = expectedResults();
    const RecordImport import = importOpennessFile(path);
    QVERIFY2(
        import.record,
        qPrintable(import.problems.isEmpty() ? QString() : import.problems.front().toString()));
    QCOMPARE(import.record->source, RecordSource::ModelOpennessTool);
    // The file names were written by hand and some disagree with the tool; the
    // release name inside each file is the key of expected_results.json.
    const auto it = expected.constFind(import.record->systemName);
    QVERIFY2(it != expected.constEnd(), qPrintable(import.record->systemName));
    const MofResult mof = classifyMof(*import.record);
    QCOMPARE(int(mof.mofClass), it->mofClass);
    for (int k = 0; k < 3; ++k) {
        const QString what = QStringLiteral("Class %1: %2 vs %3")
                                 .arg(k + 1)
                                 .arg(mof.progress[std::size_t(k)], 0, 'g', 17)
                                 .arg(it->progress[k], 0, 'g', 17);
        QVERIFY2(qAbs(mof.progress[std::size_t(k)] - it->progress[k]) < 1e-9, qPrintable(what));
    }
    QVERIFY(mof.notStated.isEmpty()); // a tool record states every framework component
}

QTEST_GUILESS_MAIN(TestMotTestData)
#include "tst_mottestdata.moc"
