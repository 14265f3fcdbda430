// tulana-cli score on a tender with eligibility criteria: the report shows
// each bid's outcome and the alternative it used, the designations with the
// tender's preference rule and the certifications; --mse-preference is
// answered with that rule and applies nothing.
#include "CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace tulana::testsupport;
using Run = CliRun;

namespace {

const QString kSample =
    QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/crop-advisory-eligibility.tulana");

} // namespace

class TestCliEligibility : public QObject
{
    Q_OBJECT

private slots:
    void theTableShowsEligibility()
    {
        const Run r = runCli({QStringLiteral("score"), kSample});
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        for (const QString& expected :
             {QStringLiteral("Eligibility (pass/fail, checked before technical scoring):"),
              QStringLiteral("accepted in its place: pilot deployment, third-party audit"),
              QStringLiteral("B1: eligible (E3 \u201cPrior deployments\u201d: met by a pilot "
                             "deployment, which the tender allows)"),
              QStringLiteral("B5: eligible (E3 \u201cPrior deployments\u201d: met by a "
                             "third-party audit"),
              QStringLiteral("B2: not eligible: E2 \u201cAverage annual turnover\u201d: not met"),
              QStringLiteral("not ranked: not eligible: E2"),
              QStringLiteral("B5 micro enterprise (UDYAM-MP-14-0009321)"),
              QStringLiteral("Preference: No preference for micro and small enterprises"),
              QStringLiteral("(GFR 2017, Rule 192(i))"),
              QStringLiteral("Certification of B5 (evidence, no marks by itself): STQC: "
                             "robustness, reproducibility, documentation")})
            QVERIFY2(r.out.contains(expected), qPrintable(expected + QStringLiteral("\n") + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Winner: B3 (")), qPrintable(r.out));
    }

    void theJsonShowsEligibility()
    {
        const Run r = runCli(
            {QStringLiteral("score"), kSample, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        const nlohmann::json doc = nlohmann::json::parse(r.out.toStdString());
        QVERIFY(doc.at("smallEnterprisePreference").get<std::string>().find("Rule 192(i)") !=
                std::string::npos);
        const nlohmann::json& bids = doc.at("bids");
        QCOMPARE(bids.at(0).at("eligibility").at("status").get<std::string>(),
                 std::string("eligible"));
        QCOMPARE(bids.at(0)
                     .at("eligibility")
                     .at("criteria")
                     .at(2)
                     .at("alternativeUsed")
                     .get<std::string>(),
                 std::string("pilot-deployment"));
        QCOMPARE(bids.at(1).at("standing").get<std::string>(), std::string("ineligible"));
        QCOMPARE(bids.at(1).at("eligibility").at("status").get<std::string>(),
                 std::string("not-eligible"));
        QVERIFY(bids.at(1).at("technical").is_null());
        QCOMPARE(bids.at(4).at("enterprise").at("designation").get<std::string>(),
                 std::string("micro"));
        QCOMPARE(bids.at(4).at("certifications").at(0).at("scheme").get<std::string>(),
                 std::string("stqc"));
        QCOMPARE(bids.at(4)
                     .at("eligibility")
                     .at("criteria")
                     .at(2)
                     .at("alternativeUsed")
                     .get<std::string>(),
                 std::string("third-party-audit"));
    }

    void aTenderWithoutEligibilityPrintsNoneOfIt()
    {
        const Run r =
            runCli({QStringLiteral("score"),
                    QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/crop-advisory.tulana")});
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        QVERIFY2(!r.out.contains(QStringLiteral("Eligibility")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Preference")), qPrintable(r.out));
    }

    void aPreferenceIsAnsweredWithTheRuleNotApplied()
    {
        const Run r =
            runCli({QStringLiteral("score"), kSample, QStringLiteral("--mse-preference")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(show(r)));
        QVERIFY2(r.err.contains(QStringLiteral("no preference for micro and small enterprises or "
                                               "start-ups is applied")),
                 qPrintable(show(r)));
        QVERIFY2(r.err.contains(QStringLiteral("GFR 2017, Rule 192(i)")), qPrintable(show(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliEligibility)
#include "tst_clieligibility.moc"
