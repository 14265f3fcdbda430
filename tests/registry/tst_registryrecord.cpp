// The registry's record of a finalised procurement: built from the facts the
// evaluation, the departure and the openness assessment already hold, refused
// for a decision not finalised, scores published only by choice and only for
// opened bids, and its JSON valid against the record's schema.
#include "decision/Departure.h"
#include "memo/Fingerprint.h"
#include "process/LogChain.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistryJson.h"
#include "registry/RegistryRecord.h"
#include "scoring/Evaluator.h"

#include "MissingTool.h"
#include "Samples.h"
#include "SchemaScript.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tulana;
using namespace tulana::registry;
using namespace tulana::testsupport;

class TestRegistryRecord : public QObject
{
    Q_OBJECT

private slots:
    void recordsTheRecordedChatbot();
    void refusesADecisionNotFinalised();
    void refusesAFinalisedDecisionThatNoLongerHolds();
    void publishesOnlyOpenedBidsScores();
    void keepsScoresUnpublishedUnlessChosen();
    void takesTheLifecycleCostFromTheEvaluation();
    void statusAndContactAsChosen();
    void recordJsonMatchesItsSchema();
    void addressesWithAPasswordAreRefused();
};

void TestRegistryRecord::recordsTheRecordedChatbot()
{
    const Tender tender = loadSample("citizen-services-chatbot-recorded");
    const Evaluation evaluation = evaluate(tender);
    const RecordBuild build = buildRegistryRecord(tender, evaluation, {});
    QVERIFY2(build.record, qPrintable(build.problems.value(0).toString()));
    const RegistryRecord& r = *build.record;
    QCOMPARE(r.reference, tender.reference);
    QCOMPARE(r.entity, tender.procuringEntity);
    QCOMPARE(r.decisionDate, tender.decision.date);

    // The departure is the decision layer's, not worked out again.
    const Departure departure = detectDeparture(tender, evaluation);
    QCOMPARE(r.selected.bid, tender.bids[std::size_t(departure.selected)].id);
    QCOMPARE(r.selected.bid, tender.decision.selectedBid);
    QCOMPARE(r.departsFromOpenSource, departure.fromOpenSource);
    QVERIFY(r.departsFromOpenSource); // the sample selects B2 over the open B1
    QCOMPARE(r.passedOver.size(), departure.passedOver.size());
    QCOMPARE(r.passedOver.front().bid,
             tender.bids[std::size_t(departure.passedOver.front().bid)].id);
    QCOMPARE(r.passedOver.front().scoreGap, departure.passedOver.front().scoreGap);

    // Every consideration the justification relies on, with its reason.
    QCOMPARE(r.considerations.size(), tender.decision.justification.reasons.size());
    for (const CitedConsideration& c : r.considerations) {
        QCOMPARE(c.reason, tender.decision.justification.reasons.at(c.id));
        QVERIFY2(!c.name.isEmpty() && c.name != c.id, qPrintable(c.id));
    }

    // The bids by nature add up to the bids received.
    QCOMPARE(r.openSourceBids + r.proprietaryBids + r.mixedBids, int(tender.bids.size()));

    // What a reader checks the record against.
    QCOMPARE(r.fingerprint, evaluationFingerprint(tender));
    QVERIFY(!tender.process.log.empty());
    QCOMPARE(r.logCheckpoint, process::checkpointText(tender.process.log));
    QCOMPARE(r.announced, tender.process.log.front().time);

    // The openness of the selected system is the assessment's.
    const BidFacts* facts = evaluation.factsFor(departure.selected);
    QVERIFY(facts);
    QCOMPARE(r.selected.opennessRecorded, facts->openness.has_value());
    if (facts->openness)
        QCOMPARE(r.selected.mofClass, facts->openness->mof.mofClass);
}

void TestRegistryRecord::refusesADecisionNotFinalised()
{
    Tender tender = loadSample("citizen-services-chatbot");
    tender.decision.finalised = false;
    const RecordBuild build = buildRegistryRecord(tender, evaluate(tender), {});
    QVERIFY(!build.record);
    QCOMPARE(build.problems.size(), 1);
    QCOMPARE(build.problems.front().where, QStringLiteral("decision.finalised"));
    QVERIFY(build.problems.front().message.contains(QLatin1String("not finalised")));
}

void TestRegistryRecord::refusesAFinalisedDecisionThatNoLongerHolds()
{
    // Finalised in the file, but the justification of the departure was
    // removed afterwards: the registry does not publish it.
    Tender tender = loadSample("citizen-services-chatbot");
    tender.decision.justification = {};
    const RecordBuild build = buildRegistryRecord(tender, evaluate(tender), {});
    QVERIFY(!build.record);
    QVERIFY(hasErrors(build.problems));
}

void TestRegistryRecord::publishesOnlyOpenedBidsScores()
{
    const Tender tender = loadSample("citizen-services-chatbot-recorded");
    const Evaluation evaluation = evaluate(tender);
    RecordOptions options;
    options.publishScores = true;
    const RecordBuild build = buildRegistryRecord(tender, evaluation, options);
    QVERIFY(build.record);
    QVERIFY(build.record->scoresPublished);
    int opened = 0;
    for (std::size_t i = 0; i < tender.bids.size(); ++i)
        if (evaluation.envelopeOpened(int(i)) && evaluation.results[i].technicallyScored)
            ++opened;
    QVERIFY(opened > 0);
    QCOMPARE(int(build.record->scores.size()), opened);
    // The sample has bids set aside before the financial opening: none of
    // them is published.
    QVERIFY(opened < int(tender.bids.size()));
    for (const PublishedScores& s : build.record->scores) {
        const int index = bidIndex(tender, s.bid);
        QVERIFY(evaluation.envelopeOpened(index));
        QCOMPARE(s.evaluatedPrice, evaluation.results[std::size_t(index)].evaluatedPrice);
        QCOMPARE(s.combined, evaluation.results[std::size_t(index)].combined);
    }
}

void TestRegistryRecord::keepsScoresUnpublishedUnlessChosen()
{
    const Tender tender = loadSample("citizen-services-chatbot-recorded");
    const RecordBuild build = buildRegistryRecord(tender, evaluate(tender), {});
    QVERIFY(build.record);
    QVERIFY(!build.record->scoresPublished);
    QVERIFY(build.record->scores.empty());
}

void TestRegistryRecord::takesTheLifecycleCostFromTheEvaluation()
{
    const Tender tender = loadSample("citizen-services-chatbot-lifecycle");
    const Evaluation evaluation = evaluate(tender);
    const RecordBuild build = buildRegistryRecord(tender, evaluation, {});
    QVERIFY(build.record);
    const int selected = bidIndex(tender, tender.decision.selectedBid);
    const BidFacts* facts = evaluation.factsFor(selected);
    QVERIFY(facts && facts->lifecycle);
    QVERIFY(build.record->selected.lifecycleNpv);
    QCOMPARE(*build.record->selected.lifecycleNpv, facts->lifecycle->npv);
    QVERIFY(!build.record->departs());
}

void TestRegistryRecord::statusAndContactAsChosen()
{
    const Tender tender = loadSample("citizen-services-chatbot");
    RecordOptions options;
    options.status = SystemStatus::InUse;
    options.statusDate = QDate(2026, 7, 1);
    options.contact = QStringLiteral("  ai-registry@state.example  ");
    const RecordBuild build = buildRegistryRecord(tender, evaluate(tender), options);
    QVERIFY(build.record);
    QCOMPARE(build.record->status.size(), std::size_t(1));
    QCOMPARE(build.record->currentStatus().status, SystemStatus::InUse);
    QCOMPARE(build.record->currentStatus().date, QDate(2026, 7, 1));
    QCOMPARE(build.record->contact, QStringLiteral("ai-registry@state.example"));

    // Without a choice: in development from the decision, the office's address.
    const RecordBuild plain = buildRegistryRecord(tender, evaluate(tender), {});
    QCOMPARE(plain.record->currentStatus().status, SystemStatus::InDevelopment);
    QCOMPARE(plain.record->currentStatus().date, tender.decision.date);
    QVERIFY(plain.record->contact.contains(tender.organisation.name));
}

void TestRegistryRecord::recordJsonMatchesItsSchema()
{
    QTemporaryDir dir;
    QStringList files;
    for (const char* name :
         {"citizen-services-chatbot", "citizen-services-chatbot-recorded",
          "citizen-services-chatbot-lifecycle", "citizen-services-chatbot-openness-points"}) {
        const Tender tender = loadSample(name);
        for (const bool publish : {false, true}) {
            RecordOptions options;
            options.publishScores = publish;
            const RecordBuild build = buildRegistryRecord(tender, evaluate(tender), options);
            QVERIFY2(build.record, name);
            const QString path = dir.filePath(
                QStringLiteral("%1-%2.json").arg(QString::fromUtf8(name)).arg(publish ? 1 : 0));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(recordToJson(*build.record).dump(2)));
            files << path;
        }
    }
    const ScriptRun check = runSchemaScript(
        QStringList{QStringLiteral(TULANA_SOURCE_DIR "/tests/schema/validate_samples.py"),
                    QStringLiteral(TULANA_SOURCE_DIR
                                   "/resources/schema/tulana-registry-record-1.schema.json")} +
            files,
        120'000);
    if (check.missingTool)
        TULANA_SKIP_WITHOUT_TOOL("python3 with python3-jsonschema is not installed");
    QVERIFY2(check.exitCode == 0, qPrintable(check.said));

    // The schema is not a rubber stamp: a record with scores of a bid that
    // was not published, or a malformed fingerprint, is refused.
    const Tender tender = loadSample("citizen-services-chatbot");
    RecordOptions options;
    options.publishScores = true;
    auto json = recordToJson(*buildRegistryRecord(tender, evaluate(tender), options).record);
    json["scores"]["published"] = false;
    json["verification"]["fingerprint"] = "not-a-digest";
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(json.dump()));
    file.close();
    const ScriptRun refused = runSchemaScript(
        {QStringLiteral(TULANA_SOURCE_DIR "/tests/schema/validate_samples.py"),
         QStringLiteral(TULANA_SOURCE_DIR "/resources/schema/tulana-registry-record-1.schema.json"),
         bad},
        120'000);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.said.contains(QLatin1String("verification.fingerprint")),
             qPrintable(refused.said));
    QVERIFY2(refused.said.contains(QLatin1String("scores.bids")), qPrintable(refused.said));
}

// A password never travels in the registry's address: not before the host,
// not as a libpq option, and a refusal does not repeat it.
void TestRegistryRecord::addressesWithAPasswordAreRefused()
{
    const QString secret = QStringLiteral("pw-s3cret");
    for (const QString& address :
         {QStringLiteral("postgresql://clerk:%1@db.example/ai_registry"),
          QStringLiteral("postgresql://clerk@db.example/ai_registry?password=%1"),
          QStringLiteral("postgres://clerk@db.example/ai_registry?sslmode=require&sslpassword=%1"),
          QStringLiteral("postgresql://clerk:%1@db.example:notaport/ai_registry")}) {
        QString why;
        QVERIFY2(!registry::parseConnection(address.arg(secret), &why), qPrintable(address));
        QVERIFY2(!why.isEmpty(), qPrintable(address));
        QVERIFY2(!why.contains(secret), qPrintable(why));
    }
    QString why;
    const auto fine =
        registry::parseConnection(QStringLiteral("postgresql://clerk@db.example/ai_registry?"
                                                 "sslmode=require"),
                                  &why);
    QVERIFY2(fine, qPrintable(why));
    QCOMPARE(fine->options, QStringLiteral("sslmode=require"));
}

QTEST_GUILESS_MAIN(TestRegistryRecord)
#include "tst_registryrecord.moc"
