// Eligibility before technical scoring (docs/scoring.md, "Eligibility"): a
// bid that fails a pass/fail criterion is not scored and says why; a pilot
// deployment or a third-party audit stands in for prior deployments only
// where the tender allows it; bad input is located; old files, their scores
// and fingerprints do not change.
#include "decision/Departure.h"
#include "eligibility/EligibilityCheck.h"
#include "i18n/Language.h"
#include "io/TenderFile.h"
#include "memo/Fingerprint.h"
#include "memo/MemoBuilder.h"
#include "memo/MemoRender.h"
#include "scoring/Derivation.h"
#include "scoring/Evaluator.h"
#include "validation/TenderValidator.h"

#include "TenderBuilder.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace tulana;
using namespace tulana::eligibility;

namespace {

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

const Problem* problemAt(const Problems& problems, const QString& where)
{
    for (const Problem& p : problems)
        if (p.where == where)
            return &p;
    return nullptr;
}

eligibility::Criterion criterion(const char* id, CriterionKind kind,
                                 std::vector<Alternative> alternatives = {})
{
    eligibility::Criterion c;
    c.id = QString::fromUtf8(id);
    c.name = QStringLiteral("Criterion ") + c.id;
    c.kind = kind;
    c.requirement = QStringLiteral("as the tender states");
    c.alternatives = std::move(alternatives);
    return c;
}

Response response(const char* id, Met met, MetBy how = MetBy::Requirement)
{
    return {QString::fromUtf8(id), met, how, QStringLiteral("document seen")};
}

// The domain's rank-reversal example (domain.md §1), 70:30, marks as scored:
// X (90, 140), Y (80, 100), Z (70, 80). With Z scored, X wins; without Z, Y.
// E1 registration (no alternatives), E2 prior deployments (pilot allowed).
Tender threeBids()
{
    Tender t = TenderBuilder()
                   .qcbs(70, 30)
                   .minimum(60)
                   .criterion("C1", 100, 100)
                   .bid("X", 90, 140)
                   .bid("Y", 80, 100)
                   .bid("Z", 70, 80)
                   .build();
    t.eligibility = {
        criterion("E1", CriterionKind::Registration),
        criterion("E2", CriterionKind::PriorDeployment, {Alternative::PilotDeployment})};
    for (Bid& b : t.bids)
        b.eligibility = {response("E1", Met::Yes), response("E2", Met::Yes)};
    return t;
}

Tender sample(const char* name)
{
    const TenderLoad load = loadTenderFile(QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/") +
                                           QString::fromUtf8(name) + QStringLiteral(".tulana"));
    return load.tender ? *load.tender : Tender();
}

QString memoText(const Tender& t)
{
    MemoOptions options;
    options.date = QDate(2026, 3, 20);
    return memoToMarkdown(buildMemo(t, evaluate(t), options));
}

QString winnerOf(const Tender& t)
{
    const Evaluation ev = evaluate(t);
    return ev.hasWinner() ? t.bids[std::size_t(ev.winner)].id : QString();
}

} // namespace

class TestEligibility : public QObject
{
    Q_OBJECT

private slots:
    void allMetScoresAsWithoutCriteria()
    {
        Tender with = threeBids();
        Tender without = with;
        without.eligibility.clear();
        for (Bid& b : without.bids)
            b.eligibility.clear();
        const Evaluation a = evaluate(with);
        const Evaluation b = evaluate(without);
        QVERIFY2(a.hasWinner(), qPrintable(a.noAwardReason));
        QCOMPARE(a.winner, b.winner);
        QCOMPARE(with.bids[std::size_t(a.winner)].id, QStringLiteral("X"));
        for (std::size_t i = 0; i < a.results.size(); ++i) {
            QCOMPARE(a.results[i].standing, Standing::Qualified);
            QCOMPARE(a.results[i].combined, b.results[i].combined);
        }
    }

    void aFailedCriterionStopsTechnicalScoring()
    {
        Tender t = threeBids();
        t.bids[2].eligibility[0].met = Met::No; // Z is not registered
        const Evaluation ev = evaluate(t);
        const BidResult& z = ev.results[2];
        QCOMPARE(z.standing, Standing::Ineligible);
        QVERIFY(!z.technicallyScored);
        QVERIFY(!z.financial);
        QVERIFY(!z.evaluatedPrice); // its financial envelope stays closed
        QCOMPARE(z.rank, 0);
        QVERIFY2(z.reason().contains(QStringLiteral("E1")), qPrintable(z.reason()));
        QVERIFY2(z.reason().contains(QStringLiteral("not met")), qPrintable(z.reason()));
        // Z's low price no longer sets Fm: Y wins, as without Z (86.00).
        QCOMPARE(winnerOf(t), QStringLiteral("Y"));
        QCOMPARE(ev.basis.lowestPrice, 100.0);
        QCOMPARE(*ev.results[1].combined, 86.0);
        // The working says which criterion it failed.
        const Derivation d = explain(t, ev, 2, Quantity::Technical);
        QVERIFY(!d.available);
        QVERIFY2(d.note.contains(QStringLiteral("E1")), qPrintable(d.note));
    }

    void anIneligibleBidNeedsNoPriceOrMarks()
    {
        Tender t = threeBids();
        t.bids[2].eligibility[1].met = Met::No;
        t.bids[2].price = TenderBuilder::missing();
        t.bids[2].marks.set(0, 0, TenderBuilder::missing());
        const Problems problems = validateTender(t);
        QVERIFY2(!hasErrors(problems), qPrintable(describe(problems)));
        const Evaluation ev = evaluate(t);
        QCOMPARE(ev.results[2].standing, Standing::Ineligible);
        QCOMPARE(winnerOf(t), QStringLiteral("Y"));
    }

    void alternativesAreHonouredOnlyWhereAllowed_data()
    {
        QTest::addColumn<int>("allowed"); // bit 1: pilot, bit 2: audit
        QTest::addColumn<int>("met");
        QTest::addColumn<int>("how");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("alternativeUsed"); // -1 none
        QTest::addColumn<QString>("reasonHas");
        const auto pilot = int(MetBy::PilotDeployment);
        const auto audit = int(MetBy::ThirdPartyAudit);
        const auto req = int(MetBy::Requirement);
        const auto yes = int(Met::Yes);
        QTest::newRow("a pilot where pilots are allowed makes the bid eligible")
            << 1 << yes << pilot << int(Outcome::Status::Eligible)
            << int(Alternative::PilotDeployment) << QString();
        QTest::newRow("an audit where audits are allowed makes the bid eligible")
            << 2 << yes << audit << int(Outcome::Status::Eligible)
            << int(Alternative::ThirdPartyAudit) << QString();
        QTest::newRow("a pilot where only audits are allowed does not count")
            << 2 << yes << pilot << int(Outcome::Status::NotEligible) << -1
            << QStringLiteral("does not allow");
        QTest::newRow("an audit where no alternative is allowed does not count")
            << 0 << yes << audit << int(Outcome::Status::NotEligible) << -1
            << QStringLiteral("third-party audit");
        QTest::newRow("the requirement itself needs no allowance")
            << 0 << yes << req << int(Outcome::Status::Eligible) << -1 << QString();
        QTest::newRow("a criterion not met fails whatever the alternatives")
            << 3 << int(Met::No) << pilot << int(Outcome::Status::NotEligible) << -1
            << QStringLiteral("not met");
        QTest::newRow("a criterion not assessed leaves the bid not yet eligible")
            << 3 << int(Met::NotAssessed) << req << int(Outcome::Status::NotYetAssessed) << -1
            << QStringLiteral("not yet assessed against E2");
    }
    void alternativesAreHonouredOnlyWhereAllowed()
    {
        QFETCH(int, allowed);
        QFETCH(int, met);
        QFETCH(int, how);
        QFETCH(int, status);
        QFETCH(int, alternativeUsed);
        QFETCH(QString, reasonHas);
        Tender t = threeBids();
        t.eligibility[1].alternatives.clear();
        if (allowed & 1)
            t.eligibility[1].alternatives.push_back(Alternative::PilotDeployment);
        if (allowed & 2)
            t.eligibility[1].alternatives.push_back(Alternative::ThirdPartyAudit);
        t.bids[0].eligibility[1].met = Met(met);
        t.bids[0].eligibility[1].how = MetBy(how);
        const Outcome o = assessEligibility(t, 0);
        QCOMPARE(int(o.status), status);
        QCOMPARE(o.criteria.size(), std::size_t(2));
        const CriterionOutcome& e2 = o.criteria[1];
        QCOMPARE(e2.alternativeUsed ? int(*e2.alternativeUsed) : -1, alternativeUsed);
        QVERIFY2(o.reason.contains(reasonHas), qPrintable(o.reason));
        const Evaluation ev = evaluate(t);
        const Standing expected = status == int(Outcome::Status::Eligible) ? Standing::Qualified
                                  : status == int(Outcome::Status::NotEligible)
                                      ? Standing::Ineligible
                                      : Standing::Incomplete;
        QCOMPARE(ev.results[0].standing, expected);
        if (expected == Standing::Incomplete)
            QVERIFY(!ev.hasWinner()); // no award while a bid's eligibility is open
    }

    void aRefusedAlternativeIsLocated()
    {
        Tender t = threeBids();
        t.eligibility[1].alternatives.clear();
        t.bids[1].eligibility[1].how = MetBy::PilotDeployment;
        const Problems problems = validateTender(t);
        const Problem* p = problemAt(problems, QStringLiteral("bids[1].eligibility[1].how"));
        QVERIFY2(p, qPrintable(describe(problems)));
        QVERIFY(!p->isError()); // a finding of the evaluation, not a broken file
        QVERIFY2(p->message.contains(QStringLiteral("\"pilot-deployment\" is not allowed by "
                                                    "eligibility criterion E2")),
                 qPrintable(p->message));
        QCOMPARE(evaluate(t).results[1].standing, Standing::Ineligible);
    }

    void badValuesAreLocated_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("where");
        QTest::newRow("a response to no criterion")
            << 0 << QStringLiteral("bids[0].eligibility[1].criterion");
        QTest::newRow("a criterion answered twice")
            << 1 << QStringLiteral("bids[0].eligibility[1].criterion");
        QTest::newRow("two criteria with one id")
            << 2 << QStringLiteral("tender.eligibility[1].id");
        QTest::newRow("a criterion without a name")
            << 3 << QStringLiteral("tender.eligibility[0].name");
    }
    void badValuesAreLocated()
    {
        QFETCH(int, change);
        QFETCH(QString, where);
        Tender t = threeBids();
        switch (change) {
        case 0:
            t.bids[0].eligibility[1].criterion = QStringLiteral("E9");
            break;
        case 1:
            t.bids[0].eligibility[1].criterion = QStringLiteral("E1");
            break;
        case 2:
            t.eligibility[1].id = QStringLiteral("E1");
            break;
        default:
            t.eligibility[0].name.clear();
        }
        const Problems problems = validateTender(t);
        const Problem* p = problemAt(problems, where);
        QVERIFY2(p && p->isError(), qPrintable(describe(problems)));
    }

    void theFileRoundTrip()
    {
        Tender t = threeBids();
        t.eligibility[1].alternatives = {Alternative::PilotDeployment,
                                         Alternative::ThirdPartyAudit};
        t.bids[0].eligibility[1].how = MetBy::ThirdPartyAudit;
        t.bids[1].eligibility[0].met = Met::No;
        t.bids[2].eligibility[1].met = Met::NotAssessed;
        t.bids[0].enterprise = {Designation::StartUp, QStringLiteral("DIPP12345")};
        Certification c;
        c.scheme = Scheme::Stqc;
        c.aspects = {Aspect::Robustness, Aspect::Cybersecurity};
        c.issuer = QStringLiteral("STQC Directorate");
        c.reference = QStringLiteral("STQC/AI/2026/7");
        c.validUntil = QDate(2027, 3, 31);
        t.bids[0].certifications = {c};
        const QByteArray bytes = writeTender(t);
        QVERIFY(bytes.contains("\"alternatives\": [\"pilot-deployment\", \"third-party-audit\"]"));
        QVERIFY(bytes.contains("\"how\": \"third-party-audit\""));
        QVERIFY(bytes.contains("\"designation\": \"start-up\""));
        QVERIFY(bytes.contains("\"validUntil\": \"2027-03-31\""));
        const TenderLoad load = readTender(bytes);
        QVERIFY2(load.tender, qPrintable(describe(load.problems)));
        QVERIFY(*load.tender == t);
        QCOMPARE(writeTender(*load.tender), bytes);
    }

    void emptySectionsAreNotWritten()
    {
        Tender t = threeBids();
        t.eligibility.clear();
        for (Bid& b : t.bids)
            b.eligibility.clear();
        const QByteArray bytes = writeTender(t);
        QVERIFY(!bytes.contains("eligibility"));
        QVERIFY(!bytes.contains("enterprise"));
        QVERIFY(!bytes.contains("certifications"));
    }

    void theSamplesAreSavedByteForByte()
    {
        const QDir dir(QStringLiteral(TULANA_SOURCE_DIR "/resources/samples"));
        const QStringList names = dir.entryList({QStringLiteral("*.tulana")}, QDir::Files);
        QVERIFY(!names.isEmpty());
        for (const QString& name : names) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const TenderLoad load = readTender(bytes);
            QVERIFY2(load.tender, qPrintable(name + describe(load.problems)));
            QVERIFY2(writeTender(*load.tender) == bytes, qPrintable(name));
        }
    }

    void theFingerprintChangesOnlyWithWhatDecidesScoring()
    {
        Tender plain = threeBids();
        plain.eligibility.clear();
        for (Bid& b : plain.bids)
            b.eligibility.clear();
        const QString before = evaluationFingerprint(plain);
        // Evidence that changes no score leaves the fingerprint as it was.
        Tender evidence = plain;
        evidence.bids[0].enterprise.designation = Designation::Micro;
        evidence.bids[0].certifications.push_back({});
        QCOMPARE(evaluationFingerprint(evidence), before);
        // The eligibility criteria and findings decide which bids are scored.
        const Tender withCriteria = threeBids();
        QVERIFY(evaluationFingerprint(withCriteria) != before);
        Tender failed = withCriteria;
        failed.bids[2].eligibility[0].met = Met::No;
        QVERIFY(evaluationFingerprint(failed) != evaluationFingerprint(withCriteria));
    }

    void badFileInputIsLocated_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("where");
        QTest::newRow("an unknown kind of criterion")
            << QByteArray("\"kind\": \"registration\"") << QByteArray("\"kind\": \"licence\"")
            << QStringLiteral("tender.eligibility[0].kind");
        QTest::newRow("an unknown alternative")
            << QByteArray("[\"pilot-deployment\"]") << QByteArray("[\"pilot\"]")
            << QStringLiteral("tender.eligibility[1].alternatives[0]");
        QTest::newRow("an unknown finding")
            << QByteArray("\"met\": \"no\"") << QByteArray("\"met\": \"partly\"")
            << QStringLiteral("bids[2].eligibility[0].met");
        QTest::newRow("an unknown way of meeting a criterion")
            << QByteArray("\"how\": \"pilot-deployment\"") << QByteArray("\"how\": \"pilot\"")
            << QStringLiteral("bids[1].eligibility[1].how");
        QTest::newRow("an unknown designation")
            << QByteArray("\"designation\": \"micro\"") << QByteArray("\"designation\": \"msme\"")
            << QStringLiteral("bids[0].enterprise.designation");
        QTest::newRow("a date written the other way round")
            << QByteArray("\"2027-03-31\"") << QByteArray("\"31/03/2027\"")
            << QStringLiteral("bids[0].certifications[0].validUntil");
        QTest::newRow("an unknown aspect")
            << QByteArray("[\"robustness\"]") << QByteArray("[\"speed\"]")
            << QStringLiteral("bids[0].certifications[0].aspects[0]");
        QTest::newRow("an unknown field in a response")
            << QByteArray("\"evidence\": \"registration\"")
            << QByteArray("\"evidenceFile\": \"registration\"")
            << QStringLiteral("bids[0].eligibility[0].evidenceFile");
    }
    void badFileInputIsLocated()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, where);
        Tender t = threeBids();
        t.bids[0].eligibility[0].evidence = QStringLiteral("registration");
        t.bids[1].eligibility[1].how = MetBy::PilotDeployment;
        t.bids[2].eligibility[0].met = Met::No;
        t.bids[0].enterprise.designation = Designation::Micro;
        Certification c;
        c.aspects = {Aspect::Robustness};
        c.issuer = QStringLiteral("STQC");
        c.validUntil = QDate(2027, 3, 31);
        t.bids[0].certifications = {c};
        QByteArray bytes = writeTender(t);
        QVERIFY2(bytes.contains(from), from.constData());
        bytes.replace(from, to);
        const TenderLoad load = readTender(bytes);
        QVERIFY(!load.tender);
        const Problem* p = problemAt(load.problems, where);
        QVERIFY2(p && p->isError(), qPrintable(describe(load.problems)));
    }

    void anIneligibleOpenBidIsNotPassedOver()
    {
        Tender t = threeBids();
        t.bids[0].nature = BidNature::Proprietary; // X wins when Z is scored
        t.bids[1].nature = BidNature::Proprietary;
        t.bids[2].nature = BidNature::OpenSource;
        Departure d = detectDeparture(t, evaluate(t));
        QVERIFY(d.fromOpenSource); // Z qualified and was passed over
        t.bids[2].eligibility[0].met = Met::No;
        const Evaluation ev = evaluate(t);
        d = detectDeparture(t, ev);
        QVERIFY(!d.fromOpenSource); // excluded by an announced criterion, not passed over
        QVERIFY(d.passedOver.empty());
        const QString said = describeDeparture(t, ev, d).join(u' ');
        QVERIFY2(said.contains(QStringLiteral("The open-source bid Z (Z Ltd) was excluded before "
                                              "technical scoring")),
                 qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("E1")), qPrintable(said));
    }

    void theMemoHasAnEligibilitySection()
    {
        const Tender t = sample("crop-advisory-eligibility");
        QVERIFY(!t.bids.empty());
        const QString text = memoText(t);
        for (const QString& expected :
             {QStringLiteral("Eligibility of the bidders"), QStringLiteral("Eligibility criteria"),
              QStringLiteral("pilot deployment, third-party audit"),
              QStringLiteral("E3 by a pilot deployment"),
              QStringLiteral("E3 by a third-party audit"),
              QStringLiteral("not eligible: E2 \u201cAverage annual turnover\u201d: not met"),
              QStringLiteral("Preference rule applied: No preference for micro and small"),
              QStringLiteral("Certifications offered as evidence"),
              QStringLiteral("STQC: robustness, reproducibility, documentation")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // The section comes before the result of the evaluation.
        QVERIFY(text.indexOf(QStringLiteral("Eligibility of the bidders")) <
                text.indexOf(QStringLiteral("Result of the evaluation")));
    }

    void aMemoWithoutEligibilityHasNoSuchSection()
    {
        const QString text = memoText(sample("crop-advisory"));
        QVERIFY(text.contains(QStringLiteral("Result of the evaluation")));
        QVERIFY(!text.contains(QStringLiteral("Eligibility")));
    }

    void thePreferenceRuleComesFromTheRulebook()
    {
        Tender t = threeBids();
        t.rulebook = QStringLiteral("gfr-2017-rule-192");
        QString s = preferenceStatement(t);
        QVERIFY2(s.contains(QStringLiteral("GFR 2017, Rule 192(i)")), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("changes no score")), qPrintable(s));
        {
            // The rulebook's own Hindi text, with the same source.
            const i18n::ScopedLanguage hindi(QStringLiteral("hi"));
            const QString hi = preferenceStatement(t);
            QVERIFY2(hi.contains(QStringLiteral("वरीयता")), qPrintable(hi));
            QVERIFY2(hi.contains(QStringLiteral("GFR 2017, Rule 192(i)")), qPrintable(hi));
        }
        t.rulebook = QStringLiteral("world-bank");
        s = preferenceStatement(t);
        QVERIFY2(s.contains(QStringLiteral("states no preference")), qPrintable(s));
        t.rulebook.clear();
        s = preferenceStatement(t);
        QVERIFY2(s.contains(QStringLiteral("names no rulebook")), qPrintable(s));
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
