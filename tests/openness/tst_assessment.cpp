// What follows from a record: Table 1's outcomes and Table 2's facets, the OSI
// Open Source AI Definition check, openwashing flags, and the one call that
// gives them all.
#include "OpennessTestSupport.h"

#include "openness/OpennessAssessment.h"

#include <QTest>

using namespace tulana::openness;
using namespace openness_test;

Q_DECLARE_METATYPE(tulana::openness::OpennessRecord)
Q_DECLARE_METATYPE(tulana::openness::Enablement)

namespace {

constexpr auto R = ReleaseState::Released;
constexpr auto P = ReleaseState::PartlyReleased;
constexpr auto D = ReleaseState::DocumentedOnly;
constexpr auto N = ReleaseState::NotReleased;

// Weights under a restrictive licence with a model card: a typical "open model".
OpennessRecord openWeightsOnly(const char* licence, OpennessClaim claim)
{
    return record({{"final-parameters", R, licence},
                   {"model-architecture", R, licence},
                   {"inference-code", R, licence},
                   {"model-card", R, licence},
                   {"training-code", N},
                   {"pretraining-data", N},
                   {"finetuning-data", N},
                   {"data-card", N}},
                  claim);
}

QStringList kinds(const std::vector<OpenwashingFlag>& flags)
{
    QStringList out;
    for (const OpenwashingFlag& f : flags)
        out << toKey(f.kind);
    return out;
}

} // namespace

class TestAssessment : public QObject
{
    Q_OBJECT

private slots:
    void outcomesFollowTable1_data();
    void outcomesFollowTable1();
    void reproducibilityNeedsEveryComponentTogether();
    void rowsOfTheOtherModelCategoryDoNotApply();
    void facetsFollowTable2();

    void osaidIsMetByAFullyOpenSystem();
    void osaidNamesWhatIsMissing();
    void osaidNeedsOsiApprovedTermsForWeights();
    void osaidIsUndecidedWhenOnlyUnstatedPartsLack();
    void osaidTakesDataInformationAsDescription();

    void flagsOpenSourceClaimOnRestrictedWeights_data();
    void flagsOpenSourceClaimOnRestrictedWeights();
    void flagsOnlyWeights();
    void releaseIsNamedByItsTerms();
    void flagsMissingDataInformation();
    void flagsUnknownLicences();
    void aFullyOpenSystemHasNoFlags();

    void oneCallGivesEverything();
};

void TestAssessment::outcomesFollowTable1_data()
{
    QTest::addColumn<OpennessRecord>("rec");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<Enablement>("level");
    QTest::addColumn<QStringList>("enabledBy");
    QTest::newRow("open weights enable transparency")
        << record({{"final-parameters", R, "Apache-2.0"}}) << "transparency" << Enablement::Enabled
        << QStringList{QStringLiteral("Model Weights")};
    QTest::newRow("open weights enable affordability")
        << record({{"final-parameters", R, "Apache-2.0"}}) << "affordability" << Enablement::Enabled
        << QStringList{QStringLiteral("Model Weights")};
    QTest::newRow("restricted weights only partly enable affordability")
        << record({{"final-parameters", R, "Llama 2 Community License"}}) << "affordability"
        << Enablement::Partly << QStringList{};
    QTest::newRow("restricted weights still enable transparency")
        << record({{"final-parameters", R, "Llama 2 Community License"}}) << "transparency"
        << Enablement::Enabled << QStringList{QStringLiteral("Model Weights")};
    QTest::newRow("weights never enable reproducibility (Table 1, note i)")
        << record({{"final-parameters", R, "Apache-2.0"}}) << "reproducibility"
        << Enablement::NotEnabled << QStringList{};
    QTest::newRow("evaluation results enable transparency only")
        << record({{"evaluation-results", R, "CC-BY-4.0"}}) << "innovation"
        << Enablement::NotEnabled << QStringList{};
    QTest::newRow("a data summary partly enables transparency")
        << record({{"pretraining-data", P}}) << "transparency" << Enablement::Partly
        << QStringList{};
    QTest::newRow("nothing released enables nothing")
        << record({{"final-parameters", N}}) << "transparency" << Enablement::NotEnabled
        << QStringList{};
    QTest::newRow("source code needs architecture and training code")
        << record({{"model-architecture", R, "MIT"}, {"training-code", R, "MIT"}}) << "innovation"
        << Enablement::Enabled << QStringList{QStringLiteral("Model Source Code")};
    QTest::newRow("inference code alone is only part of the source code")
        << record({{"inference-code", R, "MIT"}}) << "innovation" << Enablement::Partly
        << QStringList{};
}

void TestAssessment::outcomesFollowTable1()
{
    QFETCH(OpennessRecord, rec);
    QFETCH(QString, outcome);
    QFETCH(Enablement, level);
    QFETCH(QStringList, enabledBy);
    const OutcomesResult r = assessOutcomes(rec);
    const OutcomeResult* o = r.outcome(outcome);
    QVERIFY(o);
    QCOMPARE(o->level, level);
    QCOMPARE(o->enabledBy, enabledBy);
    QVERIFY(o->explanation.startsWith(o->name));
    QVERIFY(r.table1Citation.contains(QStringLiteral("Table 1")));
}

void TestAssessment::reproducibilityNeedsEveryComponentTogether()
{
    OpennessRecord rec = everythingReleased("Apache-2.0");
    const OutcomesResult all = assessOutcomes(rec);
    const OutcomeResult* full = all.outcome(QStringLiteral("reproducibility"));
    QCOMPARE(full->level, Enablement::Enabled);
    QCOMPARE(full->share, 1.0);
    rec.setEntry({QStringLiteral("pretraining-data"), N, {}, {}, {}});
    const OutcomesResult r = assessOutcomes(rec);
    const OutcomeResult* lacking = r.outcome(QStringLiteral("reproducibility"));
    QCOMPARE(lacking->level, Enablement::Partly);
    QCOMPARE(lacking->lacking, QStringList{QStringLiteral("Pre-Training Data or Training Data")});
    QVERIFY(lacking->share < 1.0);
    // Transparency needs only one component: still enabled.
    QCOMPARE(r.outcome(QStringLiteral("transparency"))->level, Enablement::Enabled);
}

void TestAssessment::rowsOfTheOtherModelCategoryDoNotApply()
{
    OpennessRecord generative = everythingReleased("MIT");
    generative.setEntry({QStringLiteral("input-selection"), N, {}, {}, {}});
    const OutcomesResult g = assessOutcomes(generative);
    // Input selection is for predictive systems: its absence does not matter here.
    QCOMPARE(g.outcome(QStringLiteral("reproducibility"))->level, Enablement::Enabled);
    OpennessRecord predictive = generative;
    predictive.category = ModelCategory::Predictive;
    const OutcomesResult p = assessOutcomes(predictive);
    QCOMPARE(p.outcome(QStringLiteral("reproducibility"))->level, Enablement::Partly);
    for (const Table1RowResult& row : p.rows)
        if (row.id == QLatin1String("weights") || row.id == QLatin1String("rlhf-workers"))
            QCOMPARE(row.availability, Enablement::NotApplicable);
}

void TestAssessment::facetsFollowTable2()
{
    const OutcomesResult all = assessOutcomes(everythingReleased("Apache-2.0"));
    QCOMPARE(all.facets.size(), std::size_t(5));
    for (const FacetResult& f : all.facets) {
        QCOMPARE(f.level, Enablement::Enabled);
        QVERIFY(!f.enablers.isEmpty());
    }
    // Explainability rests on data and evaluation; weights alone do nothing for it.
    const OutcomesResult weights = assessOutcomes(record({{"final-parameters", R, "MIT"}}));
    for (const FacetResult& f : weights.facets) {
        if (f.id == QLatin1String("explainability"))
            QCOMPARE(f.level, Enablement::NotEnabled);
        if (f.id == QLatin1String("interpretability")) {
            QCOMPARE(f.level, Enablement::Partly);
            QCOMPARE(f.enabledBy, QStringList{QStringLiteral("Model Weights")});
            QVERIFY(f.share > 0 && f.share < 1);
        }
    }
}

void TestAssessment::osaidIsMetByAFullyOpenSystem()
{
    const OsaidResult r = checkOsaid(everythingReleased("Apache-2.0"));
    QCOMPARE(r.status, OsaidStatus::Met);
    QVERIFY(r.gaps.empty());
    QCOMPARE(r.elementsMet, (QStringList{QStringLiteral("Data information"), QStringLiteral("Code"),
                                         QStringLiteral("Parameters")}));
    QVERIFY(r.citation.contains(QStringLiteral("Open Source AI Definition 1.0")));
}

void TestAssessment::osaidNamesWhatIsMissing()
{
    OpennessRecord rec = everythingReleased("Apache-2.0");
    rec.setEntry({QStringLiteral("training-code"), N, {}, {}, {}});
    rec.setEntry({QStringLiteral("evaluation-code"),
                  R,
                  QStringLiteral("Llama 2 Community License"),
                  {},
                  {}});
    const OsaidResult r = checkOsaid(rec);
    QCOMPARE(r.status, OsaidStatus::NotMet);
    QCOMPARE(r.gaps.size(), std::size_t(2));
    QCOMPARE(r.gaps[0].component, QStringLiteral("training-code"));
    QCOMPARE(r.gaps[0].reason, QStringLiteral("not released"));
    QCOMPARE(r.gaps[1].component, QStringLiteral("evaluation-code"));
    QVERIFY(r.gaps[1].reason.contains(QStringLiteral("not OSI-approved")));
    QVERIFY(r.explanation.contains(QStringLiteral("code used for training")));
    QVERIFY(!r.elementsMet.contains(QStringLiteral("Code")));
}

void TestAssessment::osaidNeedsOsiApprovedTermsForWeights()
{
    OpennessRecord rec = everythingReleased("Apache-2.0");
    rec.setEntry({QStringLiteral("final-parameters"), R, QStringLiteral("CC-BY-4.0"), {}, {}});
    const OsaidResult r = checkOsaid(rec);
    QCOMPARE(r.status, OsaidStatus::NotMet);
    QCOMPARE(r.gaps.size(), std::size_t(1));
    QCOMPARE(r.gaps[0].element, QStringLiteral("parameters"));
}

void TestAssessment::osaidIsUndecidedWhenOnlyUnstatedPartsLack()
{
    OpennessRecord rec = everythingReleased("MIT");
    rec.components.erase(std::remove_if(rec.components.begin(), rec.components.end(),
                                        [](const ComponentEntry& e) {
                                            return e.component == QLatin1String("inference-code");
                                        }),
                         rec.components.end());
    const OsaidResult r = checkOsaid(rec);
    QCOMPARE(r.status, OsaidStatus::Undetermined);
    QCOMPARE(r.gaps.size(), std::size_t(1));
    QVERIFY(r.gaps[0].notStated);
    // Supporting libraries are needed only "if used": not releasing them is no gap.
    rec.setEntry({QStringLiteral("inference-code"), R, QStringLiteral("MIT"), {}, {}});
    rec.setEntry({QStringLiteral("supporting-libraries"), N, {}, {}, {}});
    QCOMPARE(checkOsaid(rec).status, OsaidStatus::Met);
}

void TestAssessment::osaidTakesDataInformationAsDescription()
{
    OpennessRecord rec = everythingReleased("Apache-2.0");
    rec.setEntry({QStringLiteral("pretraining-data"), D, {}, {}, {}});
    rec.setEntry({QStringLiteral("finetuning-data"), N, {}, {}, {}});
    rec.setEntry({QStringLiteral("data-card"), N, {}, {}, {}});
    QCOMPARE(checkOsaid(rec).status, OsaidStatus::Met);
    rec.setEntry({QStringLiteral("pretraining-data"), N, {}, {}, {}});
    const OsaidResult r = checkOsaid(rec);
    QCOMPARE(r.status, OsaidStatus::NotMet);
    QCOMPARE(r.gaps.size(), std::size_t(3));
    QCOMPARE(r.gaps[0].element, QStringLiteral("data-information"));
}

void TestAssessment::flagsOpenSourceClaimOnRestrictedWeights_data()
{
    QTest::addColumn<QString>("licence");
    QTest::addColumn<int>("claim");
    QTest::addColumn<bool>("flagged");
    const int openSource = int(OpennessClaim::OpenSource);
    QTest::newRow("open source under the Llama 2 licence")
        << "Llama 2 Community License" << openSource << true;
    QTest::newRow("open source under the Gemma terms")
        << "Gemma Terms of Use" << openSource << true;
    QTest::newRow("open source under CC-BY-4.0 (not OSI-approved)")
        << "CC-BY-4.0" << openSource << true;
    QTest::newRow("open source under an unknown licence")
        << "Vendor Model Licence" << openSource << true;
    QTest::newRow("\"open\" under OpenRAIL-M") << "OpenRAIL" << int(OpennessClaim::Open) << true;
    QTest::newRow("open source under Apache-2.0") << "Apache-2.0" << openSource << false;
    QTest::newRow("no claim under the Llama 2 licence")
        << "Llama 2 Community License" << int(OpennessClaim::NotStated) << false;
}

void TestAssessment::flagsOpenSourceClaimOnRestrictedWeights()
{
    QFETCH(QString, licence);
    QFETCH(int, claim);
    QFETCH(bool, flagged);
    const QByteArray l = licence.toUtf8();
    const auto flags = openwashingFlags(openWeightsOnly(l.constData(), OpennessClaim(claim)));
    QCOMPARE(kinds(flags).contains(QStringLiteral("claim-with-restricted-weights")), flagged);
    for (const OpenwashingFlag& f : flags)
        if (f.kind == OpenwashingKind::ClaimWithRestrictedWeights) {
            QCOMPARE(f.components, QStringList{QStringLiteral("final-parameters")});
            QVERIFY2(f.explanation.contains(licence), qPrintable(f.explanation));
        }
}

// A release is "open" only under open terms: restrictive or missing terms
// say so, and a software licence on a dataset is no evidence of open data.
void TestAssessment::releaseIsNamedByItsTerms()
{
    const OpennessAssessment a =
        assessOpenness(record({{"final-parameters", R, "Apache-2.0"},
                               {"pretraining-data", R, "Apache-2.0"},
                               {"finetuning-data", R, "CC-BY-4.0"},
                               {"model-architecture", R, "unlicensed"},
                               {"inference-code", R, "Llama 2 Community License"}}));
    const auto text = [&](const char* id) {
        return releaseText(*a.component(QString::fromUtf8(id)));
    };
    QCOMPARE(text("final-parameters"), QStringLiteral("released openly"));
    QVERIFY2(text("pretraining-data").contains(QStringLiteral("no evidence of open data")),
             qPrintable(text("pretraining-data")));
    QCOMPARE(text("finetuning-data"), QStringLiteral("released openly"));
    QCOMPARE(text("model-architecture"), QStringLiteral("released without a licence"));
    QCOMPARE(text("inference-code"), QStringLiteral("released under restrictive terms"));
    QCOMPARE(text("training-code"), QStringLiteral("not stated"));
}

void TestAssessment::flagsOnlyWeights()
{
    const auto weightsOnly = openwashingFlags(openWeightsOnly("Apache-2.0", OpennessClaim::Open));
    QVERIFY(kinds(weightsOnly).contains(QStringLiteral("only-weights")));
    // A bid that calls its system neither open nor open source claims
    // nothing for the check to weigh: no flag (a proprietary model with
    // public weights is not openwashing).
    QVERIFY(!kinds(openwashingFlags(openWeightsOnly("Apache-2.0", OpennessClaim::NotStated)))
                 .contains(QStringLiteral("only-weights")));
    QVERIFY(!kinds(openwashingFlags(openWeightsOnly("Apache-2.0", OpennessClaim::NotStated)))
                 .contains(QStringLiteral("data-information-missing")));
    OpennessRecord withCode = openWeightsOnly("Apache-2.0", OpennessClaim::Open);
    withCode.setEntry({QStringLiteral("training-code"), R, QStringLiteral("Apache-2.0"), {}, {}});
    QVERIFY(!kinds(openwashingFlags(withCode)).contains(QStringLiteral("only-weights")));
    OpennessRecord withDataCard = openWeightsOnly("Apache-2.0", OpennessClaim::Open);
    withDataCard.setEntry({QStringLiteral("data-card"), R, QStringLiteral("CC-BY-4.0"), {}, {}});
    QVERIFY(!kinds(openwashingFlags(withDataCard)).contains(QStringLiteral("only-weights")));
    // No weights at all: not "only weights".
    QVERIFY(!kinds(openwashingFlags(record({{"final-parameters", N}})))
                 .contains(QStringLiteral("only-weights")));
}

void TestAssessment::flagsMissingDataInformation()
{
    const auto claimed = OpennessClaim::OpenSource;
    QVERIFY(kinds(openwashingFlags(record({{"final-parameters", R, "MIT"}}, claimed)))
                .contains(QStringLiteral("data-information-missing")));
    QVERIFY(!kinds(openwashingFlags(
                       record({{"final-parameters", R, "MIT"}, {"pretraining-data", D}}, claimed)))
                 .contains(QStringLiteral("data-information-missing")));
}

void TestAssessment::flagsUnknownLicences()
{
    OpennessRecord rec = everythingReleased("Apache-2.0");
    rec.setEntry({QStringLiteral("final-parameters"),
                  R,
                  QStringLiteral("Tencent Hunyuan Community License"),
                  {},
                  {}});
    rec.setEntry({QStringLiteral("training-code"), R, QStringLiteral("Undisclosed"), {}, {}});
    auto flags = openwashingFlags(rec);
    QCOMPARE(kinds(flags), QStringList{QStringLiteral("licence-unknown")});
    QCOMPARE(flags[0].components,
             (QStringList{QStringLiteral("training-code"), QStringLiteral("final-parameters")}));
    QVERIFY(flags[0].explanation.contains(QStringLiteral("\"Tencent Hunyuan Community License\"")));
    // Weights released with no licence given anywhere: unknown too.
    OpennessRecord none = record({{"final-parameters", R}, {"data-card", R}});
    flags = openwashingFlags(none);
    QVERIFY(kinds(flags).contains(QStringLiteral("licence-unknown")));
    for (const OpenwashingFlag& f : flags)
        if (f.kind ==
            OpenwashingKind::LicenceUnknown) // a document without a licence is not flagged
            QCOMPARE(f.components, QStringList{QStringLiteral("final-parameters")});
}

void TestAssessment::aFullyOpenSystemHasNoFlags()
{
    OpennessRecord rec = everythingReleased("Apache-2.0");
    rec.claim = OpennessClaim::OpenSource;
    QVERIFY(openwashingFlags(rec).empty());
}

void TestAssessment::oneCallGivesEverything()
{
    const OpennessAssessment a =
        assessOpenness(openWeightsOnly("Llama 2 Community License", OpennessClaim::OpenSource));
    QCOMPARE(a.mof.mofClass, MofClass::Unclassified);
    QCOMPARE(a.osaid.status, OsaidStatus::NotMet);
    QVERIFY(a.hasFlag(OpenwashingKind::ClaimWithRestrictedWeights));
    QVERIFY(a.hasFlag(OpenwashingKind::OnlyWeights));
    QVERIFY(!a.hasFlag(OpenwashingKind::LicenceUnknown));
    QVERIFY(!a.index.available);
    const ComponentView* weights = a.component(QStringLiteral("final-parameters"));
    QVERIFY(weights);
    QVERIFY(weights->stated);
    QCOMPARE(weights->reading.expression, QStringLiteral("LicenseRef-Llama-2-Community"));
    QVERIFY(!a.component(QStringLiteral("rlhf-workers"))->stated);
    QVERIFY(!a.mof.notStated.isEmpty()); // so the summary says what confirming them would give
    QCOMPARE(a.summary.size(), 5);
    QVERIFY(a.summary.front().contains(QStringLiteral("Unclassified")));
    QVERIFY(a.summary.back().contains(QStringLiteral("Openwashing flags")));
    // The renderings carry the same conclusions.
    const QString text = assessmentAsText(a);
    QVERIFY(text.contains(QStringLiteral("Model Openness Framework: Unclassified")));
    QVERIFY(text.contains(QStringLiteral("OSI Open Source AI Definition 1.0: not met")));
    const nlohmann::json json = nlohmann::json::parse(assessmentAsJson(a).toStdString());
    QCOMPARE(json["format"].get<std::string>(), std::string("tulana-openness"));
    QCOMPARE(json["mof"]["class"].get<int>(), 0);
    QCOMPARE(json["osaid"]["status"].get<std::string>(), std::string("not-met"));
    QCOMPARE(json["flags"].size(), a.flags.size());
    QCOMPARE(json["components"].size(), a.components.size());
}

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
