// The optional sections of the .tulana format: "organisation", "context" and
// "decision" (docs/file-format.md). They round-trip exactly, stay absent
// when empty, and a bad value is refused at its JSON path.
#include "io/TenderFile.h"
#include "validation/TenderValidator.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace tulana;
using nlohmann::json;

namespace {

const char* const kMinimal = R"json({"format": "tulana-tender", "version": 1,
    "tender": {"reference": "R/1", "title": "Minimal"},
    "criteria": [{"id": "C1", "name": "All", "weight": 100, "maxMarks": 10}],
    "evaluators": [{"id": "E1", "name": "Only"}],
    "bids": [{"id": "B1", "bidder": "A", "nature": "open-source", "price": 10,
              "marks": {"C1": [7]}}]})json";

json minimal()
{
    return json::parse(kMinimal);
}

// The minimal tender with all three sections filled in.
json complete()
{
    json j = minimal();
    j["organisation"] = {{"name", "Department of IT"},
                         {"address", "Secretariat"},
                         {"fileNumber", "IT-1/2026"},
                         {"policy", "the Department's open-source policy"},
                         {"preparedBy", {{"name", "A"}, {"designation", "Under Secretary"}}},
                         {"reviewedBy", {{"name", "B"}, {"designation", "Director"}}},
                         {"approvedBy", {{"name", "C"}, {"designation", "Secretary"}}}};
    j["context"] = {{"purpose", "Answer citizens' questions"},
                    {"answers",
                     {{"maintenance", {{"answer", "original-vendor"}, {"note", "three years"}}},
                      {"data-sensitivity", {{"answer", "personal"}}}}}};
    j["decision"] = {{"selectedBid", "B1"},
                     {"date", "2026-03-20"},
                     {"finalised", true},
                     {"justification",
                      {{"reasons", {{"time-to-deploy", "needed in ten weeks"}}},
                       {"evaluation", "why not the winner"},
                       {"statement", "overall"}}}};
    return j;
}

QByteArray text(const json& j)
{
    return QByteArray::fromStdString(j.dump(2));
}

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace

class TestTenderSections : public QObject
{
    Q_OBJECT

private slots:
    void theSectionsAreRead();
    void theSectionsRoundTripInCanonicalOrder();
    void emptySectionsStayAbsent();
    void everySampleIsWrittenBackByteForByte_data();
    void everySampleIsWrittenBackByteForByte();
    void badValuesAreRefusedWithTheirPath_data();
    void badValuesAreRefusedWithTheirPath();
    void aDecisionNamingAMissingBidIsAValueProblem();
};

void TestTenderSections::theSectionsAreRead()
{
    const TenderLoad load = readTender(text(complete()));
    QVERIFY2(load.tender, qPrintable(describe(load.problems)));
    const Tender& t = *load.tender;
    QCOMPARE(t.organisation.name, QStringLiteral("Department of IT"));
    QCOMPARE(t.organisation.fileNumber, QStringLiteral("IT-1/2026"));
    QCOMPARE(t.organisation.approvedBy.designation, QStringLiteral("Secretary"));
    QCOMPARE(t.context.purpose, QStringLiteral("Answer citizens' questions"));
    QCOMPARE(t.context.answers.size(), std::size_t(2));
    QCOMPARE(t.context.find(QStringLiteral("maintenance"))->option,
             QStringLiteral("original-vendor"));
    QCOMPARE(t.context.find(QStringLiteral("maintenance"))->note, QStringLiteral("three years"));
    QCOMPARE(t.decision.selectedBid, QStringLiteral("B1"));
    QCOMPARE(t.decision.date, QDate(2026, 3, 20));
    QVERIFY(t.decision.finalised);
    QCOMPARE(t.decision.justification.reasons.at(QStringLiteral("time-to-deploy")),
             QStringLiteral("needed in ten weeks"));
    QCOMPARE(t.decision.justification.evaluation, QStringLiteral("why not the winner"));
    QCOMPARE(t.decision.justification.statement, QStringLiteral("overall"));
}

void TestTenderSections::theSectionsRoundTripInCanonicalOrder()
{
    const TenderLoad first = readTender(text(complete()));
    QVERIFY(first.tender);
    const QByteArray written = writeTender(*first.tender);
    const TenderLoad second = readTender(written);
    QVERIFY2(second.tender, qPrintable(describe(second.problems)));
    QVERIFY(*second.tender == *first.tender);
    QCOMPARE(writeTender(*second.tender), written);
    // Top level: organisation after tender; context and decision after bids.
    const auto pos = [&](const char* key) { return written.indexOf(key); };
    QVERIFY(pos("\"tender\"") < pos("\"organisation\""));
    QVERIFY(pos("\"organisation\"") < pos("\"criteria\""));
    QVERIFY(pos("\"bids\"") < pos("\"context\""));
    QVERIFY(pos("\"context\"") < pos("\"decision\""));
    // Considerations follow Table 3, not the file's order.
    QVERIFY(pos("\"data-sensitivity\"") < pos("\"maintenance\""));
}

void TestTenderSections::emptySectionsStayAbsent()
{
    const TenderLoad load = readTender(kMinimal);
    QVERIFY(load.tender);
    const QByteArray written = writeTender(*load.tender);
    for (const char* key : {"organisation", "context", "decision"})
        QVERIFY2(!written.contains(key), key);

    Tender t = *load.tender;
    t.decision.finalised = true; // a decision with only its flag is still written
    QVERIFY(writeTender(t).contains("\"decision\""));
}

void TestTenderSections::everySampleIsWrittenBackByteForByte_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(TULANA_SOURCE_DIR "/resources/samples"));
    for (const QString& name : dir.entryList({QStringLiteral("*.tulana")}, QDir::Files))
        QTest::newRow(qPrintable(QStringLiteral("%1 is saved exactly as shipped").arg(name)))
            << dir.filePath(name);
}

void TestTenderSections::everySampleIsWrittenBackByteForByte()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray shipped = file.readAll();
    const TenderLoad load = readTender(shipped);
    QVERIFY2(load.tender, qPrintable(describe(load.problems)));
    QCOMPARE(writeTender(*load.tender), shipped);
}

void TestTenderSections::badValuesAreRefusedWithTheirPath_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("fragment");
    const auto row = [](const char* name, const json& j, const char* where, const char* fragment) {
        QTest::newRow(name) << text(j) << QString::fromUtf8(where) << QString::fromUtf8(fragment);
    };
    json j = complete();
    j["organisation"]["email"] = "x@y.in";
    row("an unknown key in the organisation is refused", j, "organisation.email", "unknown field");
    j = complete();
    j["organisation"]["preparedBy"]["phone"] = "1";
    row("an unknown key in a signatory is refused", j, "organisation.preparedBy.phone",
        "unknown field");
    j = complete();
    j["organisation"]["approvedBy"] = "C";
    row("a signatory given as text is refused", j, "organisation.approvedBy", "expected an object");
    j = complete();
    j["context"]["answers"]["cost"] = {{"answer", "low"}};
    row("an answer to no consideration is refused", j, "context.answers.cost",
        "no consideration of Table 3 has the id \"cost\"");
    j = complete();
    j["context"]["answers"]["maintenance"]["answer"] = "the vendor";
    row("an answer that is not one of the question's is refused", j,
        "context.answers.maintenance.answer", "\"the vendor\" is not an answer");
    j = complete();
    j["context"]["answers"]["maintenance"]["leaning"] = "open";
    row("a leaning written into the file is refused: it follows from the answer", j,
        "context.answers.maintenance.leaning", "unknown field");
    j = complete();
    j["context"]["answers"] = json::array();
    row("answers given as a list are refused", j, "context.answers", "expected an object");
    j = complete();
    j["decision"]["date"] = "20/03/2026";
    row("a date not in ISO form is refused", j, "decision.date", "write it as YYYY-MM-DD");
    j = complete();
    j["decision"]["date"] = "2026-02-30";
    row("an impossible date is refused", j, "decision.date", "is not a date");
    j = complete();
    j["decision"]["finalised"] = "yes";
    row("finalised must be true or false", j, "decision.finalised", "expected true or false");
    j = complete();
    j["decision"]["justification"]["reasons"]["cost"] = "cheaper";
    row("a reason tied to no consideration is refused", j, "decision.justification.reasons.cost",
        "no consideration of Table 3");
    j = complete();
    j["decision"]["justification"]["reasons"]["maintenance"] = 3;
    row("a reason that is not text is refused", j, "decision.justification.reasons.maintenance",
        "expected text");
    j = complete();
    j["decision"]["justification"]["approved"] = true;
    row("an unknown key in the justification is refused", j, "decision.justification.approved",
        "unknown field");
}

void TestTenderSections::badValuesAreRefusedWithTheirPath()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, where);
    QFETCH(QString, fragment);
    const TenderLoad load = readTender(document);
    QVERIFY(!load.tender);
    bool found = false;
    for (const Problem& p : load.problems)
        found = found || (p.where == where && p.message.contains(fragment));
    QVERIFY2(found, qPrintable(describe(load.problems)));
}

void TestTenderSections::aDecisionNamingAMissingBidIsAValueProblem()
{
    json j = complete();
    j["decision"]["selectedBid"] = "B7";
    const TenderLoad load = readTender(text(j));
    QVERIFY2(load.tender, "a dangling selection must not lock the file out");
    bool found = false;
    for (const Problem& p : checkTenderValues(*load.tender))
        found = found || (p.where == u"decision.selectedBid" && p.message.contains(u"\"B7\""));
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestTenderSections)
#include "tst_tendersections.moc"
