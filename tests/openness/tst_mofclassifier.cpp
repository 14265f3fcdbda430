// The Model Openness Framework class on records built by hand: the rules of
// the Model Openness Tool one at a time (tst_mottestdata checks the tool's
// own files).
#include "OpennessTestSupport.h"
#include "openness/Component.h"

#include "openness/MofClassifier.h"

#include <QTest>

using namespace tulana::openness;
using namespace openness_test;

namespace {

constexpr auto R = ReleaseState::Released;
constexpr auto N = ReleaseState::NotReleased;
constexpr auto X = ReleaseState::NotApplicable;

// The six Class III components, open.
OpennessRecord classThree()
{
    return record({{"model-architecture", R, "MIT"},
                   {"final-parameters", R, "Apache-2.0"},
                   {"evaluation-results", R, "CC-BY-4.0"},
                   {"model-card", R, "CC-BY-4.0"},
                   {"data-card", R, "CC-BY-4.0"},
                   {"technical-report", R, "CC-BY-4.0"}});
}

MofStatus statusOf(const MofResult& r, int mofId)
{
    const MofComponentResult* c = r.component(mofId);
    return c ? c->status : MofStatus::NotStated;
}

} // namespace

class TestMofClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classThreeNeedsItsSixComponents();
    void aLowerClassShowsNoProgressUntilTheHigherIsMet();
    void everythingOpenIsClassOne();
    void aResearchPaperStandsInForTheTechnicalReport();
    void aRestrictedLicenceDoesNotCount();
    void releaseLicencesAreInherited();
    void datasetsNeedBothKindsOfDataOpen();
    void unstatedComponentsAreNamedAndCanBeConfirmed();
};

void TestMofClassifier::classThreeNeedsItsSixComponents()
{
    const MofResult full = classifyMof(classThree());
    QCOMPARE(full.mofClass, MofClass::ClassIII);
    QCOMPARE(full.progressOf(MofClass::ClassIII), 100.0);
    OpennessRecord lacking = classThree();
    lacking.setEntry({QStringLiteral("data-card"), N, {}, {}, {}});
    const MofResult r = classifyMof(lacking);
    QCOMPARE(r.mofClass, MofClass::Unclassified);
    QCOMPARE(r.progressOf(MofClass::ClassIII), 500.0 / 6.0);
    QCOMPARE(statusOf(r, 14), MofStatus::Missing);
    QVERIFY2(r.lines.front().contains(QStringLiteral("Data card (missing)")),
             qPrintable(r.lines.front()));
}

void TestMofClassifier::aLowerClassShowsNoProgressUntilTheHigherIsMet()
{
    OpennessRecord rec = classThree();
    rec.setEntry({QStringLiteral("training-code"), R, QStringLiteral("MIT"), {}, {}});
    rec.setEntry({QStringLiteral("inference-code"), R, QStringLiteral("MIT"), {}, {}});
    QCOMPARE(classifyMof(rec).progressOf(MofClass::ClassII), 80.0); // 8 of 10
    rec.setEntry({QStringLiteral("model-card"), N, {}, {}, {}});
    const MofResult r = classifyMof(rec);
    QCOMPARE(r.progressOf(MofClass::ClassIII), 500.0 / 6.0);
    QCOMPARE(r.progressOf(MofClass::ClassII), 0.0);
    QCOMPARE(r.progressOf(MofClass::ClassI), 0.0);
}

void TestMofClassifier::everythingOpenIsClassOne()
{
    const MofResult r = classifyMof(everythingReleased("Apache-2.0"));
    QCOMPARE(r.mofClass, MofClass::ClassI);
    QCOMPARE(r.progress, (std::array<double, 3>{100.0, 100.0, 100.0}));
    QVERIFY(!r.researchPaperStandsIn);
    QVERIFY(r.notStated.isEmpty());
    QCOMPARE(r.classIfConfirmed, MofClass::ClassI);
    QCOMPARE(displayName(r.mofClass), QStringLiteral("Class I – Open Science"));
}

void TestMofClassifier::aResearchPaperStandsInForTheTechnicalReport()
{
    OpennessRecord rec = everythingReleased("Apache-2.0");
    rec.setEntry({QStringLiteral("technical-report"), N, {}, {}, {}});
    MofResult r = classifyMof(rec);
    QVERIFY(r.researchPaperStandsIn);
    QCOMPARE(r.mofClass, MofClass::ClassI);
    // Without the paper either, Class III lacks its report.
    rec.setEntry({QStringLiteral("research-paper"), N, {}, {}, {}});
    r = classifyMof(rec);
    QVERIFY(!r.researchPaperStandsIn);
    QCOMPARE(r.mofClass, MofClass::Unclassified);
    QCOMPARE(r.progressOf(MofClass::ClassIII), 500.0 / 6.0);
}

void TestMofClassifier::aRestrictedLicenceDoesNotCount()
{
    OpennessRecord rec = classThree();
    rec.setEntry({QStringLiteral("final-parameters"),
                  R,
                  QStringLiteral("Llama 2 Community License"),
                  {},
                  {}});
    MofResult r = classifyMof(rec);
    QCOMPARE(r.mofClass, MofClass::Unclassified);
    QCOMPARE(statusOf(r, 10), MofStatus::NotOpen);
    QVERIFY(r.component(10)->explanation.contains(QStringLiteral("use-restricted")));
    rec.setEntry({QStringLiteral("final-parameters"), R, QStringLiteral("unlicensed"), {}, {}});
    r = classifyMof(rec);
    QCOMPARE(statusOf(r, 10), MofStatus::Unlicensed);
    // The same weights under an open-data licence count.
    rec.setEntry(
        {QStringLiteral("final-parameters"), R, QStringLiteral("CDLA-Permissive-2.0"), {}, {}});
    QCOMPARE(classifyMof(rec).mofClass, MofClass::ClassIII);
}

void TestMofClassifier::releaseLicencesAreInherited()
{
    OpennessRecord rec = record({{"model-architecture", R},
                                 {"final-parameters", R},
                                 {"evaluation-results", R},
                                 {"model-card", R},
                                 {"data-card", R},
                                 {"technical-report", R}});
    QCOMPARE(classifyMof(rec).mofClass, MofClass::Unclassified);
    QCOMPARE(statusOf(classifyMof(rec), 9), MofStatus::Unlicensed);
    rec.licences.distribution = QStringLiteral("Apache-2.0");
    MofResult r = classifyMof(rec);
    QCOMPARE(r.mofClass, MofClass::ClassIII);
    QCOMPARE(r.component(10)->licenceOrigin, QStringLiteral("distribution"));
    // A content-type licence comes before the distribution licence.
    rec.licences.data = QStringLiteral("CC-BY-NC-4.0");
    r = classifyMof(rec);
    QCOMPARE(statusOf(r, 10), MofStatus::NotOpen);
    QCOMPARE(r.component(10)->licenceOrigin, QStringLiteral("data"));
    QCOMPARE(statusOf(r, 9), MofStatus::Included); // code: still the distribution licence
}

void TestMofClassifier::datasetsNeedBothKindsOfDataOpen()
{
    OpennessRecord rec = record({{"pretraining-data", R, "ODC-By-1.0"}, {"finetuning-data", X}});
    QCOMPARE(statusOf(classifyMof(rec), 15), MofStatus::Included);
    rec.setEntry({QStringLiteral("finetuning-data"), R, QStringLiteral("CC-BY-NC-4.0"), {}, {}});
    MofResult r = classifyMof(rec);
    QCOMPARE(statusOf(r, 15), MofStatus::NotOpen);
    QCOMPARE(r.component(15)->licence, QStringLiteral("(ODC-By-1.0) AND (CC-BY-NC-4.0)"));
    rec.setEntry({QStringLiteral("finetuning-data"), N, {}, {}, {}});
    QCOMPARE(statusOf(classifyMof(rec), 15), MofStatus::Missing);
}

void TestMofClassifier::unstatedComponentsAreNamedAndCanBeConfirmed()
{
    const MofResult r = classifyMof(classThree());
    QCOMPARE(r.notStated.size(), 17 - 6);
    QVERIFY(r.notStated.contains(QStringLiteral("Training code")));
    QCOMPARE(r.classIfConfirmed, MofClass::ClassI);
    QCOMPARE(statusOf(r, 7), MofStatus::NotStated);
    QVERIFY(r.lines.back().contains(QStringLiteral("Class I – Open Science")));
}

QTEST_GUILESS_MAIN(TestMofClassifier)
#include "tst_mofclassifier.moc"
