// The openness assessment inside a tender: the scheme and the bids' records in
// the file, the validator, the openness line of the technical score and its
// derivation, the report, the memo and the fingerprint.
#include "OpennessTestSupport.h"
#include "TenderBuilder.h"

#include "io/TenderFile.h"
#include "memo/Fingerprint.h"
#include "memo/MemoBuilder.h"
#include "memo/MemoRender.h"
#include "openness/OpennessPoints.h"
#include "report/EvaluationReport.h"
#include "scoring/Derivation.h"
#include "scoring/Evaluator.h"
#include "validation/TenderValidator.h"

#include <QTest>

#include <functional>

using namespace tulana;
using namespace openness_test;
using nlohmann::json;

using Spoil = std::function<void(json&)>;
Q_DECLARE_METATYPE(Spoil)

namespace {

const QString kSamples = QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/");

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

Tender sample(const QString& name)
{
    const TenderLoad l = loadTenderFile(kSamples + name + QStringLiteral(".tulana"));
    if (!l.tender)
        qFatal("%s", qPrintable(describe(l.problems)));
    return *l.tender;
}

// Two bids with the same marks and price; only what they release differs.
// One criterion of 90 points leaves 10 for openness.
Tender twoEqualBids()
{
    Tender t = TenderBuilder()
                   .qcbs(70, 30)
                   .minimum(50)
                   .criterion("C1", 90, 90)
                   .bid("OPEN", 72, 100)
                   .bid("CLOSED", 72, 100)
                   .build();
    t.openness = OpennessScheme::defaults(OpennessBasis::MofClass, 10);
    t.bids[0].openness = everythingReleased("Apache-2.0");
    t.bids[1].openness =
        record({{"final-parameters", ReleaseState::Released, "Llama 2 Community License"}},
               OpennessClaim::OpenSource);
    return t;
}

const Problem* findAt(const Problems& problems, const QString& where)
{
    for (const Problem& p : problems)
        if (p.where == where)
            return &p;
    return nullptr;
}

Tender withOpennessOn(Tender t, double maxMarks)
{
    scaleWeights(t.criteria, (100.0 - maxMarks) / 100.0);
    t.openness = OpennessScheme::defaults(OpennessBasis::MofClass, maxMarks);
    return t;
}

int indexOf(const Tender& t, const char* id)
{
    for (std::size_t i = 0; i < t.bids.size(); ++i)
        if (t.bids[i].id == QLatin1String(id))
            return int(i);
    return -1;
}

} // namespace

class TestOpennessInTender : public QObject
{
    Q_OBJECT

private slots:
    void theFileKeepsTheSchemeAndTheRecords_data();
    void theFileKeepsTheSchemeAndTheRecords();
    void aTenderWithoutOpennessIsWrittenAsBefore();
    void aBadOpennessSectionIsLocated_data();
    void aBadOpennessSectionIsLocated();
    void theValidatorLocatesSchemeProblems();
    void theCriteriaMakeRoomForOpenness();
    void opennessMarksAreALineOfTheTechnicalScore();
    void explainShowsTheOpennessWorking();
    void aBidWithoutARecordGetsNoOpennessMarks();
    void switchedOffTheScoresAreExactlyTheOldOnes();
    void turningTheSchemeOnChangesTheChatbotRanking();
    void theSampleWithOpennessPointsRanksTheOpenBidFirst();
    void theReportShowsTheOpennessColumn();
    void theMemoReportsEachBidsOpenness();
    void theFingerprintFollowsTheOpennessInputs();
};

void TestOpennessInTender::theFileKeepsTheSchemeAndTheRecords_data()
{
    QTest::addColumn<int>("basis");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("by class, on") << int(OpennessBasis::MofClass) << true;
    QTest::newRow("by outcomes, switched off") << int(OpennessBasis::Outcomes) << false;
    QTest::newRow("by points table, on") << int(OpennessBasis::PointsTable) << true;
}

void TestOpennessInTender::theFileKeepsTheSchemeAndTheRecords()
{
    QFETCH(int, basis);
    QFETCH(bool, enabled);
    Tender t = twoEqualBids();
    t.openness = OpennessScheme::defaults(OpennessBasis(basis), 10);
    t.openness.enabled = enabled;
    t.openness.partialCredit = 0.25;
    OpennessRecord& r = *t.bids[1].openness;
    r.producer = QStringLiteral("Meta");
    r.version = QStringLiteral("7B");
    r.source = RecordSource::ModelOpennessTool;
    r.sourceFile = QStringLiteral("Llama-2-7B.yml");
    r.claimNote = QStringLiteral("Section 3 of the technical bid: \u201cfully open source\u201d");
    r.licences.distribution = QStringLiteral("Llama 2 Community License");
    r.licences.code = QStringLiteral("Apache-2.0");
    r.components.front().note = QStringLiteral("as the model card says");
    r.components.front().location = QStringLiteral("Llama-2-7B.yml:40:5");
    r.indexGrades.push_back({QStringLiteral("weights_endmodel"), IndexGrade::Partial,
                             QStringLiteral("gated"), QStringLiteral("https://example.org"),
                             QStringLiteral("x.yaml:3:1")});
    r.notes << QStringLiteral("imported by the committee's secretary");

    const QByteArray bytes = writeTender(t);
    QVERIFY(bytes.contains("\"openness\""));
    const TenderLoad back = readTender(bytes);
    QVERIFY2(back.tender, qPrintable(describe(back.problems)));
    QVERIFY2(back.problems.isEmpty(), qPrintable(describe(back.problems)));
    QVERIFY(back.tender->openness == t.openness);
    QVERIFY(back.tender->bids[0].openness == t.bids[0].openness);
    QVERIFY(back.tender->bids[1].openness == t.bids[1].openness);
    QVERIFY(*back.tender == t);
    QCOMPARE(writeTender(*back.tender), bytes); // canonical: the same bytes again
}

void TestOpennessInTender::aTenderWithoutOpennessIsWrittenAsBefore()
{
    Tender t = twoEqualBids();
    t.openness = {};
    t.bids[0].openness.reset();
    t.bids[1].openness.reset();
    QVERIFY(!writeTender(t).contains("openness"));
    // The samples without openness records load and save byte for byte.
    for (const char* name : {"land-records-ocr", "crop-advisory"}) {
        QFile file(kSamples + QString::fromUtf8(name) + QStringLiteral(".tulana"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        const TenderLoad l = readTender(original);
        QVERIFY(l.tender);
        QCOMPARE(writeTender(*l.tender), original);
    }
}

void TestOpennessInTender::aBadOpennessSectionIsLocated_data()
{
    QTest::addColumn<Spoil>("spoil");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("says");
    const auto row = [](const char* name, Spoil f, const char* where, const char* says) {
        QTest::newRow(name) << f << QString::fromUtf8(where) << QString::fromUtf8(says);
    };
    row(
        "an unknown basis", [](json& j) { j["tender"]["openness"]["basis"] = "stars"; },
        "tender.openness.basis", "\"stars\" is not a basis");
    row(
        "class marks for two classes",
        [](json& j) {
            j["tender"]["openness"]["classMarks"] = json::array({10, 5});
        },
        "tender.openness.classMarks", "Class III");
    row(
        "a misspelt field of the scheme", [](json& j) { j["tender"]["openness"]["max"] = 3; },
        "tender.openness.max", "unknown field");
    row(
        "an unknown component",
        [](json& j) { j["bids"][0]["openness"]["components"][0]["component"] = "weights"; },
        "bids[0].openness.components[0].component", "\"weights\" is not a component");
    row(
        "an unknown state",
        [](json& j) { j["bids"][4]["openness"]["components"][1]["state"] = "open"; },
        "bids[4].openness.components[1].state", "\"open\" is not a state");
    row(
        "a component listed twice",
        [](json& j) {
            json& c = j["bids"][0]["openness"]["components"];
            c.push_back(c[0]);
        },
        "bids[0].openness.components[*].component", "listed twice");
    row(
        "a claim that is no claim", [](json& j) { j["bids"][4]["openness"]["claim"] = "yes"; },
        "bids[4].openness.claim", "\"yes\" is not allowed");
    row(
        "a record that is a text", [](json& j) { j["bids"][2]["openness"] = "open"; },
        "bids[2].openness", "expected an object");
}

void TestOpennessInTender::aBadOpennessSectionIsLocated()
{
    QFETCH(Spoil, spoil);
    QFETCH(QString, where);
    QFETCH(QString, says);
    QFile file(kSamples + QStringLiteral("citizen-services-chatbot.tulana"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    json j = json::parse(file.readAll().toStdString());
    spoil(j);
    if (where.contains(QLatin1String("[*]"))) // the duplicate is the last entry
        where.replace(QLatin1String("[*]"), QStringLiteral("[%1]").arg(
                                                j["bids"][0]["openness"]["components"].size() - 1));
    const TenderLoad l = readTender(QByteArray::fromStdString(j.dump(2)));
    QVERIFY(!l.tender);
    const Problem* p = findAt(l.problems, where);
    QVERIFY2(p, qPrintable(describe(l.problems)));
    QVERIFY2(p->message.contains(says), qPrintable(p->message));
}

void TestOpennessInTender::theValidatorLocatesSchemeProblems()
{
    Tender t = twoEqualBids();
    t.openness.maxMarks = 0;
    t.openness.classMarks = {0, 0, 0};
    Problems problems = validateTender(t);
    const Problem* p = findAt(problems, QStringLiteral("tender.openness.maxMarks"));
    QVERIFY2(p && p->isError(), qPrintable(describe(problems)));

    t = twoEqualBids();
    t.openness.classMarks[1] = 11; // more than the maximum
    problems = validateTender(t);
    p = findAt(problems, QStringLiteral("tender.openness.classMarks[1]"));
    QVERIFY2(p && p->isError(), qPrintable(describe(problems)));
    const Evaluation ev = evaluate(t);
    QVERIFY(!ev.evaluated); // a tender-level error stops the evaluation

    // Switched off, the scheme's values cannot be wrong yet.
    t.openness.enabled = false;
    t.criteria[0].weight = 100;
    t.criteria[0].maxMarks = 100;
    QVERIFY2(!hasErrors(validateTender(t)), qPrintable(describe(validateTender(t))));
}

void TestOpennessInTender::theCriteriaMakeRoomForOpenness()
{
    // On: the criteria add up to 100 − 10; the full 100 is an error at "criteria".
    Tender t = twoEqualBids();
    QVERIFY2(!hasErrors(validateTender(t)), qPrintable(describe(validateTender(t))));
    t.criteria[0].weight = 100;
    t.criteria[0].maxMarks = 100;
    const Problems problems = validateTender(t);
    const Problem* p = findAt(problems, QStringLiteral("criteria"));
    QVERIFY2(p && p->isError(), qPrintable(describe(problems)));
    QVERIFY2(p->message.contains(QLatin1String("must add up to 90")), qPrintable(p->message));
    QVERIFY2(p->message.contains(QLatin1String("openness")), qPrintable(p->message));
    // Off: the same criteria are right.
    t.openness.enabled = false;
    QVERIFY(!findAt(validateTender(t), QStringLiteral("criteria")));

    // scaleWeights keeps every group adding up.
    Tender chatbot = withOpennessOn(sample(QStringLiteral("citizen-services-chatbot")), 10);
    QVERIFY2(!hasErrors(validateTender(chatbot)), qPrintable(describe(validateTender(chatbot))));
}

void TestOpennessInTender::opennessMarksAreALineOfTheTechnicalScore()
{
    const Tender t = twoEqualBids();
    const Evaluation ev = evaluate(t);
    QVERIFY2(ev.evaluated, qPrintable(describe(ev.problems)));
    const BidResult& open = ev.results[0];
    const BidResult& closed = ev.results[1];
    // Everything released under Apache-2.0: Class I, the maximum of 10.
    QVERIFY(open.openness.has_value());
    QCOMPARE(*open.openness, 10.0);
    QCOMPARE(open.technicalExact, 72.0 + 10.0);
    // Weights under a use-restricted licence: unclassified, no marks.
    QVERIFY(closed.openness.has_value());
    QCOMPARE(*closed.openness, 0.0);
    QCOMPARE(closed.technicalExact, 72.0);
    QCOMPARE(ev.winner, 0);
    // The same number as the openness points of the core, for the same record.
    const auto marks = opennessMarks(t.openness, assessOpenness(*t.bids[0].openness));
    QCOMPARE(*open.openness, marks.marks);
}

void TestOpennessInTender::explainShowsTheOpennessWorking()
{
    Tender t = twoEqualBids();
    // Class II: drop the open-science extras from the open bid.
    OpennessRecord& r = *t.bids[0].openness;
    for (ComponentEntry& e : r.components)
        if (e.component == QLatin1String("intermediate-parameters"))
            e.state = ReleaseState::NotReleased;
    const Evaluation ev = evaluate(t);
    const Derivation o = explain(t, ev, 0, Quantity::Openness);
    QVERIFY2(o.available, qPrintable(o.note));
    QVERIFY2(o.working.contains(QStringLiteral("Class II – Open Tooling → 6.67")),
             qPrintable(o.working));
    QVERIFY2(o.working.contains(QLatin1String("10")), qPrintable(o.working));
    QCOMPARE(o.value, 10.0 * 2.0 / 3.0);
    QVERIFY(std::any_of(o.inputs.begin(), o.inputs.end(), [](const Term& term) {
        return term.source == QLatin1String("tender.openness.classMarks[1]");
    }));
    QVERIFY(std::any_of(o.inputs.begin(), o.inputs.end(), [](const Term& term) {
        return term.source == QLatin1String("bids[0].openness");
    }));

    const Derivation tech = explain(t, ev, 0, Quantity::Technical);
    QVERIFY2(tech.formula.contains(QLatin1String("openness")), qPrintable(tech.formula));
    QVERIFY2(tech.working.endsWith(QStringLiteral(" + 6.66666666667 = 78.6666666667")),
             qPrintable(tech.working));
    QCOMPARE(tech.exact, 72.0 + 10.0 * 2.0 / 3.0);

    // Off: no openness line, and the technical working is the criteria alone.
    t.openness.enabled = false;
    const Evaluation off = evaluate(t);
    QVERIFY(!explain(t, off, 0, Quantity::Openness).available);
    QVERIFY(!explain(t, off, 0, Quantity::Technical).formula.contains(QLatin1String("openness")));
}

void TestOpennessInTender::aBidWithoutARecordGetsNoOpennessMarks()
{
    Tender t = twoEqualBids();
    t.bids[1].openness.reset();
    const Problems problems = validateTender(t);
    const Problem* p = findAt(problems, QStringLiteral("bids[1].openness"));
    QVERIFY2(p && !p->isError(), qPrintable(describe(problems)));
    const Evaluation ev = evaluate(t);
    QCOMPARE(ev.results[1].standing, Standing::Qualified);
    QCOMPARE(ev.results[1].openness.value_or(-1), 0.0);
    const Derivation d = explain(t, ev, 1, Quantity::Openness);
    QVERIFY(d.available);
    QVERIFY2(d.working.contains(QLatin1String("no openness record")), qPrintable(d.working));
}

void TestOpennessInTender::switchedOffTheScoresAreExactlyTheOldOnes()
{
    // The chatbot sample records every bid's openness and announces a scheme
    // that is switched off; without any of it, the scores are the same, bit for bit.
    const Tender withRecords = sample(QStringLiteral("citizen-services-chatbot"));
    QVERIFY(!withRecords.openness.isEmpty());
    QVERIFY(!withRecords.openness.isOn());
    for (const Bid& b : withRecords.bids)
        QVERIFY2(b.openness, qPrintable(b.id));
    Tender bare = withRecords;
    bare.openness = {};
    for (Bid& b : bare.bids)
        b.openness.reset();
    const Evaluation a = evaluate(withRecords);
    const Evaluation b = evaluate(bare);
    QVERIFY(a.evaluated && b.evaluated);
    QCOMPARE(a.ranking, b.ranking);
    QCOMPARE(a.winner, b.winner);
    for (std::size_t i = 0; i < a.results.size(); ++i) {
        QVERIFY(!a.results[i].openness);
        QCOMPARE(a.results[i].technicalExact, b.results[i].technicalExact);
        QCOMPARE(a.results[i].combinedExact, b.results[i].combinedExact);
        QCOMPARE(a.results[i].combined, b.results[i].combined);
    }
    QCOMPARE(evaluationAsCsv(withRecords, a), evaluationAsCsv(bare, b));
    const int b1 = indexOf(withRecords, "B1");
    const int b2 = indexOf(withRecords, "B2");
    QCOMPARE(*a.results[std::size_t(b1)].combined, 83.26);
    QCOMPARE(*a.results[std::size_t(b2)].combined, 84.02);
}

void TestOpennessInTender::turningTheSchemeOnChangesTheChatbotRanking()
{
    const Tender off = sample(QStringLiteral("citizen-services-chatbot"));
    const Evaluation before = evaluate(off);
    QCOMPARE(off.bids[std::size_t(before.winner)].id, QStringLiteral("B2"));

    Tender on = off;
    scaleWeights(on.criteria, 0.9);
    on.openness.enabled = true;
    QCOMPARE(on.openness.basis, OpennessBasis::MofClass);
    QCOMPARE(on.openness.maxMarks, 10.0);
    const Evaluation after = evaluate(on);
    QVERIFY2(after.evaluated, qPrintable(describe(after.problems)));
    const int b1 = indexOf(on, "B1");
    const int b2 = indexOf(on, "B2");
    const int b5 = indexOf(on, "B5");
    QCOMPARE(after.winner, b1);
    // The open-source bid's record reaches a class; the proprietary one does
    // not; the "open source" bid under a restricted licence is unclassified.
    QVERIFY(*after.results[std::size_t(b1)].openness > 0);
    QCOMPARE(*after.results[std::size_t(b2)].openness, 0.0);
    QCOMPARE(*after.results[std::size_t(b5)].openness, 0.0);
    // T = 0.9 × the criteria's points + the openness marks, bid by bid.
    for (std::size_t i = 0; i < on.bids.size(); ++i)
        QVERIFY(qFuzzyCompare(after.results[i].technicalExact,
                              0.9 * before.results[i].technicalExact + *after.results[i].openness));
}

void TestOpennessInTender::theSampleWithOpennessPointsRanksTheOpenBidFirst()
{
    // The same bids under a tender that announced 10 openness marks by MOF
    // class in place of the committee's own "openness and exit" criterion.
    const Tender t = sample(QStringLiteral("citizen-services-chatbot-openness-points"));
    QVERIFY(t.openness.isOn());
    QVERIFY2(!hasErrors(checkTenderValues(t)), qPrintable(describe(checkTenderValues(t))));
    const Evaluation ev = evaluate(t);
    QVERIFY(ev.hasWinner());
    QCOMPARE(t.bids[std::size_t(ev.winner)].id, QStringLiteral("B1"));
    QCOMPARE(t.bids[std::size_t(ev.winner)].nature, BidNature::OpenSource);
    const Tender original = sample(QStringLiteral("citizen-services-chatbot"));
    QCOMPARE(original.bids[std::size_t(evaluate(original).winner)].id, QStringLiteral("B2"));
}

void TestOpennessInTender::theReportShowsTheOpennessColumn()
{
    const Tender t = twoEqualBids();
    const Evaluation ev = evaluate(t);
    const QString table = evaluationAsTable(t, ev);
    QVERIFY2(table.contains(QLatin1String("Openness")), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("OPEN: Class I – Open Science → 10.00")),
             qPrintable(table));
    const QByteArray csv = evaluationAsCsv(t, ev);
    QVERIFY2(csv.startsWith("id,bidder,system,nature,standing,rank,openness,technical,"), csv);
    QVERIFY2(csv.contains(",1,10,82,"), csv);
    const json j = json::parse(evaluationAsJson(t, ev).toStdString());
    QCOMPARE(j["tender"]["opennessMaxMarks"].get<double>(), 10.0);
    QCOMPARE(j["bids"][0]["openness"]["value"].get<double>(), 10.0);
    QCOMPARE(j["bids"][1]["openness"]["value"].get<double>(), 0.0);

    Tender off = t;
    off.openness.enabled = false; // and the criteria take the whole 100 again
    off.criteria[0].weight = 100;
    off.criteria[0].maxMarks = 100;
    const QByteArray offCsv = evaluationAsCsv(off, evaluate(off));
    QVERIFY2(!offCsv.contains("openness"), offCsv);
    const json jOff = json::parse(evaluationAsJson(off, evaluate(off)).toStdString());
    QVERIFY(jOff["bids"][0]["openness"].is_null());
}

void TestOpennessInTender::theMemoReportsEachBidsOpenness()
{
    const Tender off = sample(QStringLiteral("citizen-services-chatbot"));
    const QString text = memoToMarkdown(buildMemo(off, evaluate(off)));
    for (const char* expected : {"Openness assessment of the offered AI systems", "switched off",
                                 "Class I – Open Science", "Openwashing flags"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);

    const Tender on = sample(QStringLiteral("citizen-services-chatbot-openness-points"));
    const QString withMarks = memoToMarkdown(buildMemo(on, evaluate(on)));
    for (const char* expected : {"Openness marks", "10.00 of 10", "Openness marks of B1"})
        QVERIFY2(withMarks.contains(QString::fromUtf8(expected)), expected);
}

void TestOpennessInTender::theFingerprintFollowsTheOpennessInputs()
{
    const Tender t = sample(QStringLiteral("citizen-services-chatbot"));
    const QString before = evaluationFingerprint(t);
    const auto changed = [&](const std::function<void(Tender&)>& f) {
        Tender c = t;
        f(c);
        return evaluationFingerprint(c) != before;
    };
    QVERIFY(changed([](Tender& c) { c.openness.enabled = true; }));
    QVERIFY(changed([](Tender& c) { c.openness.classMarks[1] = 5; }));
    QVERIFY(changed(
        [](Tender& c) { c.bids[0].openness->components[0].licence = QStringLiteral("MIT"); }));
    QVERIFY(changed(
        [](Tender& c) { c.bids[1].openness->components[0].state = ReleaseState::Released; }));
    QVERIFY(changed([](Tender& c) { c.bids[4].openness->claim = OpennessClaim::NotStated; }));
    QVERIFY(changed([](Tender& c) { c.bids[3].openness.reset(); }));
    // Names, notes and where a record came from are not evaluation inputs.
    QVERIFY(!changed([](Tender& c) { c.bids[0].openness->notes << QStringLiteral("checked"); }));
    QVERIFY(!changed([](Tender& c) { c.bids[0].openness->sourceFile = QStringLiteral("x.yml"); }));
    QVERIFY(!changed([](Tender& c) { c.bids[0].openness->systemName = QStringLiteral("X"); }));
}

QTEST_GUILESS_MAIN(TestOpennessInTender)
#include "tst_opennessintender.moc"
