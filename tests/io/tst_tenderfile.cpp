// The .tulana loader and writer (docs/file-format.md): every broken document
// is refused with its JSON path and a message an officer can act on, and
// load → write → load is exact, down to the bytes.
#include "generate/TenderGenerator.h"
#include "io/TenderFile.h"
#include "support/VisibleControls.h"
#include "validation/TenderValidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

using namespace tulana;
using nlohmann::json;

namespace {

// A small, complete and valid tender: a group of two criteria and a criterion
// of its own, three evaluators, two bids. The broken documents below are this
// one with one thing changed.
const char* const kBase = R"json({
  "format": "tulana-tender",
  "version": 1,
  "tender": {
    "reference": "DIT/AI/2026/014",
    "title": "Citizen services chatbot",
    "method": "QCBS",
    "technicalWeight": 70,
    "financialWeight": 30,
    "evaluation": {"technicalScore": "marks", "priceFormula": "lowest-over-price", "decimals": 2,
                   "rounding": "each-score", "tieBreak": "higher-technical-then-lower-price",
                   "pricesIncludeTax": true}
  },
  "criteria": [
    {"id": "T1", "name": "Approach", "weight": 60, "children": [
      {"id": "T1.1", "name": "Methodology", "weight": 30, "maxMarks": 10},
      {"id": "T1.2", "name": "Team", "weight": 30, "maxMarks": 20, "minMarks": 8}
    ]},
    {"id": "T2", "name": "Experience", "weight": 40, "maxMarks": 10}
  ],
  "evaluators": [
    {"id": "E1", "name": "Anjali Deshpande", "designation": "Joint Director (IT)"
},
    {"id": "E2", "name": "Rakesh Verma"},
    {"id": "E3", "name": "Farah Siddiqui"}
  ],
  "bids": [
    {"id": "B1", "bidder": "Sahyadri Language Technologies", "system": "Open-weights model",
     "nature": "open-source", "price": 1000000, "tax": 180000, "status": "responsive",
     "marks": {"T1.1": [8, 7, 9], "T1.2": [15, 16, 14], "T2": [7, 8, 8]}},
    {"id": "B2", "bidder": "Vistaar AI", "system": "Managed platform", "nature": "proprietary",
     "price": 1200000, "marks": {"T1.1": [9, 9, 8], "T1.2": [18, 17, 18], "T2": [9, 8, 9]}}
  ]
})json";

json base()
{
    return json::parse(kBase);
}

QByteArray text(const json& doc)
{
    return QByteArray::fromStdString(doc.dump(2));
}

// The base document with the value at a JSON pointer set (added when absent).
QByteArray with(const char* pointer, const char* jsonValue)
{
    json doc = base();
    doc[json::json_pointer(pointer)] = json::parse(jsonValue);
    return text(doc);
}

// The base document with the value at a JSON pointer removed.
QByteArray without(const char* pointer)
{
    json doc = base();
    const json::json_pointer at(pointer);
    doc[at.parent_pointer()].erase(at.back());
    return text(doc);
}

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

const Problem* findAt(const Problems& problems, const QString& where)
{
    for (const Problem& p : problems)
        if (p.where == where)
            return &p;
    return nullptr;
}

QStringList sampleFiles()
{
    const QDir dir(QStringLiteral(TULANA_SOURCE_DIR "/resources/samples"));
    QStringList out;
    for (const QString& name : dir.entryList({QStringLiteral("*.tulana")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

// Numbers whose shortest exact form is not obvious, so the writer's number
// formatting is exercised as well as its layout.
void addAwkwardNumbers(Tender& t)
{
    t.technicalWeight = 0.1 + 0.2 + 69.7; // not exactly 70
    t.financialWeight = 100 - t.technicalWeight;
    t.minimumTechnicalScore = 1.0 / 3.0 * 200;
    t.budget = 12'345'678.905;
    t.criteria.front().children.front().minMarks = 2.5;
    t.criteria.front().description = QStringLiteral("Described\nover two lines");
    Bid& bid = t.bids.front();
    bid.price = kMaxAmount; // the largest amount Tulana takes (tender/Amount.h)
    bid.tax = 5e-324;       // the smallest positive double
    bid.marks.set(0, 0, 0.1);
    bid.marks.set(0, bid.marks.evaluators() - 1, 1.0 / 7.0);
}

} // namespace

class TestTenderFile : public QObject
{
    Q_OBJECT

private slots:
    void baseDocumentLoadsCleanly();
    void brokenDocumentIsRefusedWithItsPath_data();
    void brokenDocumentIsRefusedWithItsPath();
    void aNewerFileIsRefusedWithThatReasonOnly();
    void everyShapeProblemIsReportedNotOnlyTheFirst();
    void loadingAFilePrefixesProblemsWithItsPath_data();
    void loadingAFilePrefixesProblemsWithItsPath();
    void aMissingFileCannotBeOpened();
    void optionalFieldsTakeTheDocumentedDefaults();
    void l1IsReadAsLeastCostSelection();
    void workInProgressLoadsAndValuesAreCheckedSeparately();

    void samplesRoundTrip_data();
    void samplesRoundTrip();
    void generatedTendersRoundTrip_data();
    void generatedTendersRoundTrip();
    void whatIsWrittenFromAnUnfinishedTenderCanBeReopened_data();
    void whatIsWrittenFromAnUnfinishedTenderCanBeReopened();
    void specialCharactersSurvive_data();
    void specialCharactersSurvive();
};

void TestTenderFile::baseDocumentLoadsCleanly()
{
    // Every broken document is this one with one change: it must be fine.
    const TenderLoad load = readTender(kBase);
    QVERIFY2(load.problems.isEmpty(), qPrintable(describe(load.problems)));
    QVERIFY(load.tender.has_value());
    QCOMPARE(load.tender->bids.size(), std::size_t(2));
    QCOMPARE(load.tender->bids[0].marks.at(1, 2), 14.0);
}

void TestTenderFile::brokenDocumentIsRefusedWithItsPath_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("fragment");

    const auto row = [](const char* name, const QByteArray& document, const char* where,
                        const char* fragment) {
        QTest::newRow(name) << document << QString::fromUtf8(where) << QString::fromUtf8(fragment);
    };

    // Not JSON: located by line and column, as an editor counts them.
    row("plain text is not JSON and is located at line 1, column 1", "Tulana tender",
        "line 1, column 1", "this is not valid JSON");
    row("an empty file is not JSON", "", "line 1, column 1", "this is not valid JSON");
    row("a stray character is located at its line and column", "{\n  \"format\": @\n}",
        "line 2, column 13", "this is not valid JSON");
    row("a trailing comma is located at the closing brace",
        "{\n  \"format\": \"tulana-tender\",\n  \"version\": 1,\n}", "line 4, column 1",
        "this is not valid JSON");
    row("the column after Devanagari text counts characters, not bytes",
        "{\n  \"title\": \"भूमि\", @\n}", "line 2, column 20", "this is not valid JSON");
    row("a list at the top level is not a tender", "[]", "(top level)",
        "expected an object, found a list");

    // Format and version.
    row("a file of another format is refused", with("/format", R"("tulana-rulebook")"), "format",
        R"(this is a "tulana-rulebook" file, not a Tulana tender)");
    row("a file without a format is refused", without("/format"), "format",
        R"(the required field "format" is missing)");
    row("a newer version is refused as written by a newer Tulana", with("/version", "4"), "version",
        "written by a newer version of Tulana");
    row("version 0 is not a valid version", with("/version", "0"), "version",
        "0 is not a valid format version");
    row("a negative version is not a valid version", with("/version", "-1"), "version",
        "-1 is not a valid format version");
    row("a version given as text is refused", with("/version", R"("1")"), "version",
        R"(expected a whole number, found the text "1")");
    row("a file without a version is refused", without("/version"), "version",
        R"(the required field "version" is missing)");

    // Missing sections and fields.
    row("a file without the tender section is refused", without("/tender"), "tender",
        R"(the required section "tender" is missing)");
    row("a file without criteria is refused", without("/criteria"), "criteria",
        R"(the required section "criteria" is missing)");
    row("a file without evaluators is refused", without("/evaluators"), "evaluators",
        R"(the required section "evaluators" is missing)");
    row("a file without bids is refused", without("/bids"), "bids",
        R"(the required section "bids" is missing)");
    row("a tender without a reference is refused", without("/tender/reference"), "tender.reference",
        R"(the required field "reference" is missing)");
    row("a criterion without a weight is refused", without("/criteria/1/weight"),
        "criteria[1].weight", R"(the required field "weight" is missing)");
    row("a criterion without maximum marks is refused", without("/criteria/0/children/0/maxMarks"),
        "criteria[0].children[0].maxMarks", R"(the required field "maxMarks" is missing)");
    row("an evaluator without a name is refused", without("/evaluators/1/name"),
        "evaluators[1].name", R"(the required field "name" is missing)");
    row("a bid without a bidder is refused", without("/bids/1/bidder"), "bids[1].bidder",
        R"(the required field "bidder" is missing)");
    row("a bid without a nature is refused", without("/bids/0/nature"), "bids[0].nature",
        R"(the required field "nature" is missing)");

    // Wrong types.
    row("a weight written in words is not a number",
        with("/tender/technicalWeight", R"("seventy")"), "tender.technicalWeight",
        R"(expected a number, found the text "seventy")");
    row("a price in lakh is not a number", with("/bids/0/price", R"("12 lakh")"), "bids[0].price",
        R"(expected a number, found the text "12 lakh")");
    row("a tax that is true is not a number", with("/bids/1/tax", "true"), "bids[1].tax",
        "expected a number, found true/false");
    row("fractional decimals are not a whole number", with("/tender/evaluation/decimals", "2.5"),
        "tender.evaluation.decimals", "expected a whole number, found the number 2.5");
    row("yes is not true or false", with("/tender/evaluation/pricesIncludeTax", R"("yes")"),
        "tender.evaluation.pricesIncludeTax", R"(expected true or false, found the text "yes")");
    row("a numeric title is not text", with("/tender/title", "5"), "tender.title",
        "expected text, found the number 5");
    row("a tender section that is a list is refused", with("/tender", "[]"), "tender",
        "expected an object, found a list");
    row("evaluation options that are text are refused", with("/tender/evaluation", R"("default")"),
        "tender.evaluation", R"(expected an object, found the text "default")");
    row("criteria given as an object are refused", with("/criteria", "{}"), "criteria",
        "expected a list, found an object");
    row("children given as text are refused", with("/criteria/0/children", R"("none")"),
        "criteria[0].children", R"(expected a list, found the text "none")");
    row("an evaluator given as text is refused", with("/evaluators/2", R"("E3")"), "evaluators[2]",
        R"(expected an object, found the text "E3")");
    row("a bid given as a number is refused", with("/bids/1", "2"), "bids[1]",
        "expected an object, found the number 2");
    row("marks given as a list are refused", with("/bids/0/marks", "[8, 7, 9]"), "bids[0].marks",
        "expected an object, found a list");
    row("a criterion's marks given as one number are refused", with("/bids/0/marks/T2", "8"),
        "bids[0].marks.T2", "expected a list, found the number 8");

    // Unknown keys, at every level.
    row("an unknown top-level key is refused", with("/colour", R"("red")"), "colour",
        R"(unknown field "colour")");
    row("an unknown key in the tender is refused", with("/tender/deadline", R"("2026-03-31")"),
        "tender.deadline", R"(unknown field "deadline")");
    row("an unknown evaluation option is refused", with("/tender/evaluation/roundingMode", "1"),
        "tender.evaluation.roundingMode", R"(unknown field "roundingMode")");
    row("an unknown key in a group is refused", with("/criteria/0/note", R"("x")"),
        "criteria[0].note", R"(unknown field "note")");
    row("a misspelt key in a nested criterion is refused",
        with("/criteria/0/children/1/maxMark", "20"), "criteria[0].children[1].maxMark",
        R"(unknown field "maxMark")");
    row("an unknown key in an evaluator is refused", with("/evaluators/0/email", R"("a@b.in")"),
        "evaluators[0].email", R"(unknown field "email")");
    row("an unknown key in a bid is refused", with("/bids/1/gst", "216000"), "bids[1].gst",
        R"(unknown field "gst")");

    // Unknown values of the enumerations.
    row("an unknown method is refused", with("/tender/method", R"("L2")"), "tender.method",
        R"("L2" is not one of the allowed values)");
    row("a lower-case method is refused", with("/tender/method", R"("qcbs")"), "tender.method",
        R"("qcbs" is not one of the allowed values)");
    row("an unknown technical score basis is refused",
        with("/tender/evaluation/technicalScore", R"("normalized")"),
        "tender.evaluation.technicalScore", R"("normalized" is not one of the allowed values)");
    row("an unknown price formula is refused",
        with("/tender/evaluation/priceFormula", R"("lowest-price")"),
        "tender.evaluation.priceFormula", R"("lowest-price" is not one of the allowed values)");
    row("an unknown rounding is refused", with("/tender/evaluation/rounding", R"("none")"),
        "tender.evaluation.rounding", R"("none" is not one of the allowed values)");
    row("an unknown tie-break is refused", with("/tender/evaluation/tieBreak", R"("lottery")"),
        "tender.evaluation.tieBreak", R"("lottery" is not one of the allowed values)");
    row("an unknown nature is refused", with("/bids/0/nature", R"("freeware")"), "bids[0].nature",
        R"("freeware" is not a nature: use open-source, proprietary or mixed)");
    row("an unknown status is refused", with("/bids/1/status", R"("rejected")"), "bids[1].status",
        R"("rejected" is not a status: use responsive, non-responsive or withdrawn)");

    // Marks.
    row("marks for an unknown criterion are refused", with("/bids/0/marks/T9", "[1, 2, 3]"),
        "bids[0].marks.T9", R"(no criterion has the id "T9")");
    row("marks for a group are refused", with("/bids/1/marks/T1", "[1, 2, 3]"), "bids[1].marks.T1",
        R"(no criterion has the id "T1")");
    row("too few marks for the committee are refused", with("/bids/0/marks/T1.1", "[8, 7]"),
        "bids[0].marks.T1.1", "2 marks given but the committee has 3 evaluators");
    row("too many marks for the committee are refused", with("/bids/1/marks/T2", "[8, 7, 9, 9]"),
        "bids[1].marks.T2", "4 marks given but the committee has 3 evaluators");
    row("a mark written as text is refused", with("/bids/0/marks/T1.2/1", R"("16")"),
        "bids[0].marks.T1.2[1]", R"(a mark must be a number or null, found the text "16")");
    row("a mark written as true is refused", with("/bids/1/marks/T2/2", "true"),
        "bids[1].marks.T2[2]", "a mark must be a number or null, found true/false");

    // Groups.
    row("a group with maximum marks is refused", with("/criteria/0/maxMarks", "10"), "criteria[0]",
        "a group has no marks of its own: move maxMarks and minMarks to its criteria");
    row("a group with minimum marks is refused", with("/criteria/0/minMarks", "4"), "criteria[0]",
        "a group has no marks of its own");
}

void TestTenderFile::brokenDocumentIsRefusedWithItsPath()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, where);
    QFETCH(QString, fragment);

    const TenderLoad load = readTender(document);
    QVERIFY2(!load.tender.has_value(), "a broken document must not give a tender");
    const Problem* p = findAt(load.problems, where);
    QVERIFY2(
        p,
        qPrintable(
            QStringLiteral("no problem at \"%1\"; got:\n%2").arg(where, describe(load.problems))));
    QVERIFY2(p->message.contains(fragment),
             qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(fragment, p->toString())));
    QVERIFY(p->isError());
}

void TestTenderFile::aNewerFileIsRefusedWithThatReasonOnly()
{
    // Nothing is guessed from a newer file: its novelties are not listed as
    // unknown keys, only the version is reported.
    json doc = base();
    doc["version"] = 4;
    doc["tender"]["aiRiskClass"] = "high";
    doc["bids"][0]["nature"] = "open-weights";
    const TenderLoad load = readTender(text(doc));
    QVERIFY(!load.tender);
    QCOMPARE(load.problems.size(), 1);
    QCOMPARE(load.problems.front().where, QStringLiteral("version"));
    QVERIFY2(load.problems.front().message.contains(QStringLiteral("file format version 4")),
             qPrintable(load.problems.front().message));
    QVERIFY2(load.problems.front().message.contains(QStringLiteral("newer Tulana")),
             qPrintable(load.problems.front().message));
}

void TestTenderFile::everyShapeProblemIsReportedNotOnlyTheFirst()
{
    json doc = base();
    doc["tender"]["deadline"] = "2026-03-31";
    doc["criteria"][1]["weight"] = "forty";
    doc["bids"][0]["nature"] = "freeware";
    doc["bids"][1]["marks"]["T1.1"] = {9, 9};
    const TenderLoad load = readTender(text(doc));
    QVERIFY(!load.tender);
    for (const char* where :
         {"tender.deadline", "criteria[1].weight", "bids[0].nature", "bids[1].marks.T1.1"})
        QVERIFY2(findAt(load.problems, QString::fromUtf8(where)),
                 qPrintable(QStringLiteral("nothing at %1 in:\n%2")
                                .arg(QString::fromUtf8(where), describe(load.problems))));
    QCOMPARE(load.problems.size(), 4);
}

void TestTenderFile::loadingAFilePrefixesProblemsWithItsPath_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("where");

    QTest::newRow("a shape problem is prefixed with the file's path")
        << with("/bids/0/nature", R"("freeware")") << QStringLiteral("bids[0].nature");
    QTest::newRow("a syntax error is prefixed with the file's path")
        << QByteArray("{\n  \"format\": @\n}") << QStringLiteral("line 2, column 13");
}

void TestTenderFile::loadingAFilePrefixesProblemsWithItsPath()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, where);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.tulana"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(document);
    file.close();

    const TenderLoad load = loadTenderFile(path);
    QVERIFY(!load.tender);
    QVERIFY2(findAt(load.problems, path + QStringLiteral(": ") + where),
             qPrintable(describe(load.problems)));
}

void TestTenderFile::aMissingFileCannotBeOpened()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("absent.tulana"));
    const TenderLoad load = loadTenderFile(path);
    QVERIFY(!load.tender);
    QCOMPARE(load.problems.size(), 1);
    QCOMPARE(load.problems.front().where, path);
    QVERIFY2(load.problems.front().message.contains(QStringLiteral("cannot be opened")),
             qPrintable(load.problems.front().message));
}

void TestTenderFile::optionalFieldsTakeTheDocumentedDefaults()
{
    const QByteArray minimal = R"({"format": "tulana-tender", "version": 1,
        "tender": {"reference": "R/1", "title": "Minimal"},
        "criteria": [{"id": "C1", "name": "All", "weight": 100, "maxMarks": 10}],
        "evaluators": [{"id": "E1", "name": "Only"}],
        "bids": [{"id": "B1", "bidder": "A", "nature": "mixed", "price": 10}]})";
    const TenderLoad load = readTender(minimal);
    QVERIFY2(load.tender, qPrintable(describe(load.problems)));
    const Tender& t = *load.tender;
    QCOMPARE(t.currency, QStringLiteral("INR"));
    QCOMPARE(t.method, SelectionMethod::Qcbs);
    QCOMPARE(t.technicalWeight, 70.0);
    QCOMPARE(t.financialWeight, 30.0);
    QCOMPARE(t.minimumTechnicalScore, 70.0);
    QVERIFY(!t.budget);
    QVERIFY(t.options == EvaluationOptions{});
    QCOMPARE(t.bids[0].tax, 0.0);
    QCOMPARE(t.bids[0].status, BidStatus::Responsive);
    QCOMPARE(t.bids[0].nature, BidNature::Mixed);
    QVERIFY2(!t.bids[0].marks.isMarked(0, 0), "absent marks are not marked");
}

void TestTenderFile::l1IsReadAsLeastCostSelection()
{
    const TenderLoad load = readTender(with("/tender/method", R"("L1")"));
    QVERIFY2(load.tender, qPrintable(describe(load.problems)));
    QCOMPARE(load.tender->method, SelectionMethod::Lcs);
    // ...and is written with its canonical name.
    QVERIFY(writeTender(*load.tender).contains("\"method\": \"LCS\""));
}

void TestTenderFile::workInProgressLoadsAndValuesAreCheckedSeparately()
{
    json doc = base();
    doc["criteria"][1]["weight"] = 50;                 // 60 + 50 = 110
    doc["bids"][0]["marks"]["T1.1"] = {8, nullptr, 9}; // E2 has not marked yet
    doc["bids"][1].erase("price");                     // envelope not typed in
    doc["bids"][1]["marks"].erase("T2");               // not marked at all
    doc["bids"].push_back({{"id", "B3"},
                           {"bidder", "Late"},
                           {"nature", "mixed"},
                           {"status", "withdrawn"}}); // reason not yet recorded
    const TenderLoad load = readTender(text(doc));
    QVERIFY2(load.tender, qPrintable(describe(load.problems)));
    QVERIFY2(load.problems.isEmpty(), qPrintable(describe(load.problems)));

    const Tender& t = *load.tender;
    QVERIFY(!t.bids[0].marks.isMarked(0, 1));
    QVERIFY(!t.bids[1].hasPrice());
    QCOMPARE(t.bids.size(), std::size_t(3));

    const Problems values = checkTenderValues(t);
    const struct
    {
        const char* where;
        const char* fragment;
    } expected[] = {
        {"criteria", "the weights add up to 110 but must add up to 100"},
        {"bids[0].marks.T1.1[1]", "Rakesh Verma has not marked \"Methodology\""},
        {"bids[1].price", "the quoted price is missing"},
        {"bids[1].marks.T2[0]", "has not marked \"Experience\""},
        {"bids[2].statusReason", "needs the reason recorded"},
    };
    for (const auto& e : expected) {
        const Problem* p = findAt(values, QString::fromUtf8(e.where));
        QVERIFY2(p && p->message.contains(QString::fromUtf8(e.fragment)),
                 qPrintable(QStringLiteral("expected %1: %2 in:\n%3")
                                .arg(QString::fromUtf8(e.where), QString::fromUtf8(e.fragment),
                                     describe(values))));
    }
}

void TestTenderFile::samplesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList samples = sampleFiles();
    QVERIFY2(samples.size() >= 3, "the samples are missing");
    for (const QString& path : samples)
        QTest::newRow(
            qPrintable(QStringLiteral("the sample %1 round-trips").arg(QFileInfo(path).fileName())))
            << path;
}

void TestTenderFile::samplesRoundTrip()
{
    QFETCH(QString, path);
    const TenderLoad first = loadTenderFile(path);
    QVERIFY2(first.tender, qPrintable(describe(first.problems)));

    const QByteArray written = writeTender(*first.tender);
    const TenderLoad second = readTender(written);
    QVERIFY2(second.tender, qPrintable(describe(second.problems)));
    QVERIFY2(*second.tender == *first.tender, "load → write → load changed the tender");
    QCOMPARE(writeTender(*second.tender), written);
}

void TestTenderFile::generatedTendersRoundTrip_data()
{
    QTest::addColumn<int>("bids");
    QTest::addColumn<int>("criteria");
    QTest::addColumn<int>("evaluators");
    QTest::addColumn<bool>("unmarkedAndUnpriced");

    QTest::newRow("a small generated tender round-trips") << 5 << 8 << 3 << false;
    QTest::newRow("a one-criterion, one-evaluator tender round-trips") << 1 << 1 << 1 << false;
    QTest::newRow("a large generated tender round-trips") << 200 << 150 << 7 << false;
    QTest::newRow("unmarked marks and a missing price round-trip") << 12 << 10 << 3 << true;
    QTest::newRow("five evaluators and a withdrawn, unpriced bid round-trip")
        << 3 << 6 << 5 << true;
}

void TestTenderFile::generatedTendersRoundTrip()
{
    QFETCH(int, bids);
    QFETCH(int, criteria);
    QFETCH(int, evaluators);
    QFETCH(bool, unmarkedAndUnpriced);

    Tender t = generateTender({bids, criteria, evaluators, std::uint64_t(bids * 31 + criteria)});
    if (unmarkedAndUnpriced) {
        addAwkwardNumbers(t);
        t.method = SelectionMethod::Fbs;
        t.options.technicalBasis = TechnicalScoreBasis::NormalisedToHighest;
        t.options.priceFormula = PriceFormula::LinearInterpolation;
        t.options.roundingPoint = RoundingPoint::CombinedOnly;
        t.options.tieBreak = TieBreak::LowerPriceThenHigherTechnical;
        t.options.pricesIncludeTax = false;
        t.options.decimals = 0;
        Bid& last = t.bids.back();
        last.price = std::numeric_limits<double>::quiet_NaN();
        last.status = BidStatus::Withdrawn;
        last.statusReason = QStringLiteral("Withdrawn before opening");
        for (int c = 0; c < last.marks.criteria(); ++c)
            for (int e = 0; e < last.marks.evaluators(); ++e)
                last.marks.set(c, e, MarksSheet::unmarked());
        t.bids.front().marks.set(t.bids.front().marks.criteria() - 1, 0, MarksSheet::unmarked());
    }

    const QByteArray written = writeTender(t);
    const TenderLoad load = readTender(written);
    QVERIFY2(load.tender, qPrintable(describe(load.problems)));
    QVERIFY2(load.problems.isEmpty(), qPrintable(describe(load.problems)));
    QVERIFY2(*load.tender == t, "load(write(t)) differs from t");
    QCOMPARE(writeTender(*load.tender), written);
    if (unmarkedAndUnpriced) {
        QVERIFY(!load.tender->bids.back().hasPrice());
        QVERIFY(!load.tender->bids.front().marks.isMarked(
            load.tender->bids.front().marks.criteria() - 1, 0));
        QCOMPARE(load.tender->bids.front().tax, 5e-324);
    }
}

void TestTenderFile::whatIsWrittenFromAnUnfinishedTenderCanBeReopened_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("valueProblemAt");
    // The model keeps a value not yet entered as NaN (the validator reports it
    // as "missing"); the writer writes it as null. The file must reopen, or the
    // officer's work is locked out of Tulana.
    QTest::newRow("a criterion weight not yet entered")
        << QStringLiteral("weight") << QStringLiteral("criteria[0].weight");
    QTest::newRow("maximum marks not yet entered")
        << QStringLiteral("maxMarks") << QStringLiteral("criteria[1].maxMarks");
}

void TestTenderFile::whatIsWrittenFromAnUnfinishedTenderCanBeReopened()
{
    QFETCH(QString, field);
    QFETCH(QString, valueProblemAt);
    TenderLoad first = readTender(kBase);
    QVERIFY(first.tender);
    Tender t = *first.tender;
    const double missing = std::numeric_limits<double>::quiet_NaN();
    if (field == QLatin1String("weight"))
        t.criteria[0].weight = missing;
    else
        t.criteria[1].maxMarks = missing;
    QVERIFY2(findAt(checkTenderValues(t), valueProblemAt), "the validator should report it");

    const QByteArray written = writeTender(t);
    const TenderLoad load = readTender(written);
    QVERIFY2(load.tender, qPrintable(QStringLiteral("a file Tulana wrote cannot be reopened:\n") +
                                     describe(load.problems)));
    QVERIFY2(findAt(checkTenderValues(*load.tender), valueProblemAt),
             "the reopened tender should still report the missing value");
    QCOMPARE(writeTender(*load.tender), written);
}

void TestTenderFile::specialCharactersSurvive_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("double quotes survive") << QStringLiteral("The \"Sahayak\" consortium");
    QTest::newRow("a backslash survives") << QStringLiteral("C:\\tenders\\2026");
    QTest::newRow("a newline and a tab survive") << QStringLiteral("line one\nline two\tend");
    QTest::newRow("a control character survives")
        << QStringLiteral("bell\x07 and start of heading\x01");
    QTest::newRow("Devanagari survives") << QStringLiteral("भूमि अभिलेख डिजिटलीकरण");
    QTest::newRow("an emoji outside the basic plane survives")
        << QStringLiteral("Krishi 🌾 Mitra 🤖");
    QTest::newRow("everything at once survives") << QStringLiteral("\"कृषि\\सलाह\"\n🌾\r/</script>");
}

void TestTenderFile::specialCharactersSurvive()
{
    QFETCH(QString, name);

    Tender t = generateTender({2, 3, 2, 5});
    t.title = name;
    t.procuringEntity = name;
    t.criteria[0].name = name;
    t.criteria[0].children[0].description = name;
    // An id holds no control character (idProblems): ids take the text
    // without them, every other field the text as it is.
    QString id = name;
    id.removeIf([](QChar c) { return isControlCharacter(c.unicode()); });
    t.criteria[0].children[1].id = id; // the key of the marks
    t.evaluators[1].name = name;
    t.evaluators[1].designation = name;
    t.bids[0].bidder = name;
    t.bids[1].id = id;
    t.bids[1].status = BidStatus::NonResponsive;
    t.bids[1].statusReason = name;

    const QByteArray written = writeTender(t);
    QVERIFY2(json::accept(written.constData(), written.constData() + written.size()),
             "the writer produced invalid JSON");
    const TenderLoad load = readTender(written);
    QVERIFY2(load.tender, qPrintable(describe(load.problems)));
    QCOMPARE(load.tender->title, name);
    QCOMPARE(load.tender->criteria[0].children[1].id, id);
    QCOMPARE(load.tender->bids[0].bidder, name);
    QCOMPARE(load.tender->bids[1].statusReason, name);
    QCOMPARE(load.tender->bids[0].marks.at(1, 0), t.bids[0].marks.at(1, 0));
    QVERIFY2(*load.tender == t, "load(write(t)) differs from t");
    QCOMPARE(writeTender(*load.tender), written);
}

QTEST_GUILESS_MAIN(TestTenderFile)
#include "tst_tenderfile.moc"
