// Reading openness records: what a Model Openness Tool or Open Source AI
// Index file becomes, and bad YAML refused with a located error.
#include "OpennessTestSupport.h"

#include "openness/OsaiImport.h"
#include "openness/RecordImport.h"

#include <QTest>

using namespace tulana::openness;
using namespace openness_test;

namespace {

const QByteArray kMot = R"(framework:
  name: Model Openness Framework
  version: '1.0'
  date: '2024-12-15'
release:
  name: Sample-7B
  version: 7B
  producer: Example Labs
  license:
    distribution:
      name: Apache-2.0
    data:
      name: CC-BY-4.0
  components:
    - name: Model architecture
    - name: Datasets
      license: ODbL-1.0
    - name: 'Model parameters (Final)'
      license: Llama 2 Community License
    - name: Research paper
      license: unlicensed
    - name: Training code
      license: ''
    - name: Evaluation data
    - name: Data card
      license: Component not included
)";

} // namespace

class TestRecordImport : public QObject
{
    Q_OBJECT

private slots:
    void refusesABadRecordWithALocatedError_data();
    void refusesABadRecordWithALocatedError();
    void aMissingFileIsReported();
    void motRecordBecomesOneComponentList();
    void motDatasetsStandForBothKindsOfData();
    void motLicencesAreInheritedAsTheToolDoes();
    void motUnknownComponentIsLocated();
    void osaiGradesBecomeStates();
    void osaiScoresAreMeansOfTheGrades();
    void osaiMissingParametersAreOneWarning();
};

void TestRecordImport::refusesABadRecordWithALocatedError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("a YAML syntax error") << "bad-syntax.yml"
                                         << "bad-syntax.yml:10:13"
                                         << "not valid YAML";
    QTest::newRow("a component the framework does not have")
        << "mot-unknown-component.yml"
        << "mot-unknown-component.yml:15:13"
        << "\"Model weights\" is not one of the Model Openness Framework's 17 components";
    QTest::newRow("a licence that is a list") << "mot-licence-not-text.yml"
                                              << "mot-licence-not-text.yml:13:9"
                                              << "a licence must be text";
    QTest::newRow("no list of components") << "mot-no-components.yml"
                                           << "mot-no-components.yml:7:3"
                                           << "release.components";
    QTest::newRow("a misspelt index grade") << "osai-bad-grade.yml"
                                            << "osai-bad-grade.yml:16:12"
                                            << "not \"opne\"";
    QTest::newRow("neither kind of record") << "not-a-record.yml"
                                            << "not-a-record.yml:2:1"
                                            << "not an openness record";
}

void TestRecordImport::refusesABadRecordWithALocatedError()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);
    const QByteArray bytes = readFile(testData(file));
    QVERIFY(!bytes.isEmpty());
    const RecordImport import = importOpennessYaml(bytes, file);
    QVERIFY(!import.record);
    QVERIFY(tulana::hasErrors(import.problems));
    const auto error = std::find_if(import.problems.cbegin(), import.problems.cend(),
                                    [](const tulana::Problem& p) { return p.isError(); });
    QCOMPARE(error->where, where);
    QVERIFY2(error->message.contains(messagePart), qPrintable(error->message));
}

void TestRecordImport::aMissingFileIsReported()
{
    const RecordImport import = importOpennessFile(testData(QStringLiteral("no-such-record.yml")));
    QVERIFY(!import.record);
    QCOMPARE(import.problems.size(), 1);
    QVERIFY(import.problems.front().message.startsWith(QLatin1String("cannot be opened")));
}

void TestRecordImport::motRecordBecomesOneComponentList()
{
    const RecordImport import = importMotRecord(kMot, QStringLiteral("sample.yml"));
    QVERIFY(import.record);
    QVERIFY(import.problems.isEmpty());
    const OpennessRecord& r = *import.record;
    QCOMPARE(r.systemName, QStringLiteral("Sample-7B"));
    QCOMPARE(r.producer, QStringLiteral("Example Labs"));
    QCOMPARE(r.version, QStringLiteral("7B"));
    QCOMPARE(r.source, RecordSource::ModelOpennessTool);
    // Read alone, a record of the catalogue is checked as the open model it
    // is listed as (recorded for a bid, the bid's own claim replaces it).
    QCOMPARE(r.claim, OpennessClaim::Open);
    // Every framework component is stated: listed ones released, others not.
    QCOMPARE(r.entry(QStringLiteral("model-architecture"))->state, ReleaseState::Released);
    QCOMPARE(r.entry(QStringLiteral("model-architecture"))->location,
             QStringLiteral("sample.yml:15:7"));
    QCOMPARE(r.entry(QStringLiteral("inference-code"))->state, ReleaseState::NotReleased);
    QCOMPARE(r.entry(QStringLiteral("data-card"))->state,
             ReleaseState::NotReleased);               // "not included"
    QVERIFY(!r.entry(QStringLiteral("data-workers"))); // Table 1 only: the tool does not say
    QVERIFY(!r.entry(QStringLiteral("rlhf-workers")));
}

void TestRecordImport::motDatasetsStandForBothKindsOfData()
{
    const RecordImport import = importMotRecord(kMot, QStringLiteral("sample.yml"));
    QVERIFY(import.record);
    for (const char* id : {"pretraining-data", "finetuning-data"}) {
        const ComponentEntry* e = import.record->entry(QString::fromUtf8(id));
        QVERIFY(e);
        QCOMPARE(e->state, ReleaseState::Released);
        QCOMPARE(e->licence, QStringLiteral("ODbL-1.0"));
    }
}

void TestRecordImport::motLicencesAreInheritedAsTheToolDoes()
{
    const RecordImport import = importMotRecord(kMot, QStringLiteral("sample.yml"));
    QVERIFY(import.record);
    const OpennessRecord& r = *import.record;
    QCOMPARE(r.licences.distribution, QStringLiteral("Apache-2.0"));
    QCOMPARE(r.licences.data, QStringLiteral("CC-BY-4.0"));
    // No licence of its own: the release's licence for its content type, else the distribution one.
    const EffectiveLicence arch =
        effectiveLicence(r, QStringLiteral("model-architecture"), ContentType::Code);
    QCOMPARE(arch.text, QStringLiteral("Apache-2.0"));
    QCOMPARE(arch.origin, QStringLiteral("distribution"));
    const EffectiveLicence evalData =
        effectiveLicence(r, QStringLiteral("evaluation-data"), ContentType::Data);
    QCOMPARE(evalData.text, QStringLiteral("CC-BY-4.0"));
    QCOMPARE(evalData.origin, QStringLiteral("data"));
    // Its own licence first, however messy.
    QCOMPARE(r.entry(QStringLiteral("final-parameters"))->licence,
             QStringLiteral("Llama 2 Community License"));
    // "unlicensed", and an empty licence, mean no licence (not "inherit").
    QCOMPARE(r.entry(QStringLiteral("research-paper"))->licence, QStringLiteral("unlicensed"));
    QCOMPARE(r.entry(QStringLiteral("training-code"))->licence, QStringLiteral("unlicensed"));
}

void TestRecordImport::motUnknownComponentIsLocated()
{
    QByteArray bad = kMot;
    bad.replace("- name: Model architecture", "- name: Model weights");
    const RecordImport import = importMotRecord(bad, QStringLiteral("sample.yml"));
    QVERIFY(!import.record);
    QCOMPARE(import.problems.size(), 1);
    QCOMPARE(import.problems.front().where, QStringLiteral("sample.yml:15:13"));
}

void TestRecordImport::osaiGradesBecomeStates()
{
    const RecordImport import =
        importOpennessFile(fixture(QStringLiteral("osai-index/llama-2-chat.yaml")));
    QVERIFY(import.record);
    const OpennessRecord& r = *import.record;
    QCOMPARE(r.source, RecordSource::OsaiIndex);
    QCOMPARE(r.systemName, QStringLiteral("Llama 2"));
    QCOMPARE(r.version, QStringLiteral("Llama-2-70B-Chat"));
    QCOMPARE(r.producer, QStringLiteral("Meta"));
    QCOMPARE(r.claim, OpennessClaim::Open);
    QCOMPARE(r.category, ModelCategory::Generative);
    QCOMPARE(r.licences.distribution, QStringLiteral("Unclear"));
    // weights_endmodel "partial" (a gated download): partly released.
    QCOMPARE(r.entry(QStringLiteral("final-parameters"))->state, ReleaseState::PartlyReleased);
    // datasources "closed": not released.
    QCOMPARE(r.entry(QStringLiteral("pretraining-data"))->state, ReleaseState::NotReleased);
    // modelcard "partial": a model card exists, so it is released.
    QCOMPARE(r.entry(QStringLiteral("model-card"))->state, ReleaseState::Released);
    // preprint "partial" stands for the technical report and the research paper.
    QCOMPARE(r.entry(QStringLiteral("technical-report"))->state, ReleaseState::Released);
    QCOMPARE(r.entry(QStringLiteral("research-paper"))->state, ReleaseState::Released);
    // The index does not grade these.
    QVERIFY(!r.entry(QStringLiteral("inference-code")));
    QVERIFY(!r.entry(QStringLiteral("evaluation-results")));
    QVERIFY(r.entry(QStringLiteral("final-parameters"))
                ->note.contains(QStringLiteral("graded partial")));
    QVERIFY(r.entry(QStringLiteral("final-parameters"))
                ->location.endsWith(QLatin1String("llama-2-chat.yaml:49:12")));
}

void TestRecordImport::osaiScoresAreMeansOfTheGrades()
{
    const RecordImport import =
        importOpennessFile(fixture(QStringLiteral("osai-index/Pythia.yaml")));
    QVERIFY(import.record);
    const IndexScores s = indexScores(*import.record);
    QVERIFY(s.available);
    QCOMPARE(s.graded, 12);
    // Availability: five parameters, all open.
    QCOMPARE(s.availability, 1.0);
    // Documentation: code and hardware open, preprint, paper, model card and datasheet partial.
    QCOMPARE(s.documentation, 4.0 / 6.0);
    QCOMPARE(s.access, 1.0);
    QCOMPARE(s.total, 10.0 / 12.0);
    QVERIFY(!indexScores(OpennessRecord{}).available);
}

void TestRecordImport::osaiMissingParametersAreOneWarning()
{
    const QByteArray yaml =
        "system:\n  name: Tiny\n  endmodellicense: MIT\nweights_endmodel:\n  class: open\n";
    const RecordImport import = importOsaiRecord(yaml, QStringLiteral("tiny.yaml"));
    QVERIFY(import.record);
    QCOMPARE(import.problems.size(), 1);
    QCOMPARE(import.problems.front().severity, tulana::Problem::Severity::Warning);
    QVERIFY(import.problems.front().message.contains(QStringLiteral("datasources_basemodel")));
    QCOMPARE(import.record->entry(QStringLiteral("final-parameters"))->state,
             ReleaseState::Released);
}

QTEST_GUILESS_MAIN(TestRecordImport)
#include "tst_recordimport.moc"
