// The two parsers of a tender file agree (issue 20, "Fast, strict loading"):
// simdjson (the fast path) and nlohmann/json (the reference) give the same
// tender and the same problems for every file of the project, every file
// of the bad corpus, and each text where the two libraries could differ on
// what is valid JSON. The fuzz harness tests/fuzz/fuzz_tender_parsers.cpp
// checks the same on inputs it makes up.
#include "FileMarksCompare.h" // the marks as each parser read them
#include "generate/TenderGenerator.h"
#include "io/TenderFile.h"
#include "support/InputFile.h"
#include "support/JsonReader.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cmath>

using namespace tulana;

namespace {

QStringList problemLines(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Both paths: the same problems, word for word, and the same tender, byte
// for byte as saved.
void compareParsers(const QByteArray& text)
{
    const TenderLoad fast = readTender(text, TenderJsonParser::Fast);
    const TenderLoad reference = readTender(text, TenderJsonParser::Reference);
    QCOMPARE(problemLines(fast.problems), problemLines(reference.problems));
    QCOMPARE(bool(fast.tender), bool(reference.tender));
    if (fast.tender)
        QCOMPARE(writeTender(*fast.tender), writeTender(*reference.tender));
}

// The fast path's own document, when it gives one, is the reference's.
// Returns whether it gave one.
bool fastDocumentMatches(const QByteArray& text, bool* matches)
{
    const std::optional<TenderDocumentJson> fast = parseTenderJsonFast(text);
    Problems problems;
    const std::optional<TenderDocumentJson> reference = parseTenderJsonReference(text, problems);
    *matches = true;
    if (!fast)
        return false;
    if (!reference || fast->document != reference->document ||
        fast->marks.size() != reference->marks.size()) {
        *matches = false;
        return true;
    }
    for (std::size_t i = 0; i < fast->marks.size(); ++i)
        *matches =
            *matches && testsupport::sameFileMarks(fast->marks[i], fast->criterionIds,
                                                   reference->marks[i], reference->criterionIds);
    return true;
}

// A small valid tender with `bid` as its one bid and `extra` after "bids".
QByteArray tenderWith(const QByteArray& bid, const QByteArray& extra = {})
{
    return R"({"format": "tulana-tender", "version": 1,
  "tender": {"reference": "R/1", "title": "Edges", "evaluation": {"decimals": 2}},
  "criteria": [{"id": "T1", "name": "Approach", "weight": 60, "maxMarks": 10},
               {"id": "T2", "name": "Team", "weight": 40, "maxMarks": 10}],
  "evaluators": [{"id": "E1", "name": "A"}, {"id": "E2", "name": "B"}],
  "bids": [)" +
           bid + "]" + extra + "}";
}

const QByteArray kBid = R"({"id": "B1", "bidder": "Vistaar", "nature": "proprietary",
    "price": 1000, "marks": {"T1": [8, 7], "T2": [7.5, null]}})";

} // namespace

class TestTenderParsers : public QObject
{
    Q_OBJECT

private slots:
    void everyFileOfTheProject_data();
    void everyFileOfTheProject();
    void whereTheLibrariesCouldDiffer_data();
    void whereTheLibrariesCouldDiffer();
    void theFastPathReadsValidTenders();
    void paddingIsNotNeeded();
    void nothingFollowsANulByte();
    void aHugeTextIsLeftToTheReference();
};

void TestTenderParsers::everyFileOfTheProject_data()
{
    QTest::addColumn<QString>("path");
    int files = 0;
    for (const QString& root :
         {QStringLiteral(TULANA_SOURCE_DIR "/resources"),
          QStringLiteral(TULANA_SOURCE_DIR "/tests"), QStringLiteral(TULANA_SOURCE_DIR "/docs")}) {
        QDirIterator it(root, {QStringLiteral("*.tulana"), QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(path.mid(int(qstrlen(TULANA_SOURCE_DIR)) + 1))) << path;
            ++files;
        }
    }
    // The fuzz seeds, samples, test data and bad corpus at least.
    QVERIFY(files > 60);
}

void TestTenderParsers::everyFileOfTheProject()
{
    QFETCH(QString, path);
    const QByteArray text = readAll(path);
    compareParsers(text);
    bool matches = false;
    fastDocumentMatches(text, &matches);
    QVERIFY(matches);
}

void TestTenderParsers::whereTheLibrariesCouldDiffer_data()
{
    QTest::addColumn<QByteArray>("text");
    const auto bidWith = [](const char* from, const QByteArray& to) {
        return tenderWith(QByteArray(kBid).replace(from, to));
    };
    // Numbers.
    QTest::newRow("price beyond 64 bits") << bidWith("1000", "18446744073709551616");
    QTest::newRow("price 2^64 - 1") << bidWith("1000", "18446744073709551615");
    QTest::newRow("price below -2^63") << bidWith("1000", "-9223372036854775809");
    QTest::newRow("price 1e400") << bidWith("1000", "1e400");
    QTest::newRow("price 1e-400") << bidWith("1000", "1e-400");
    QTest::newRow("price -1e-400") << bidWith("1000", "-1e-400");
    QTest::newRow("price 1E3") << bidWith("1000", "1E3");
    QTest::newRow("price 1000.0") << bidWith("1000", "1000.0");
    QTest::newRow("price 01") << bidWith("1000", "01");
    QTest::newRow("price -") << bidWith("1000", "-");
    QTest::newRow("price NaN") << bidWith("1000", "NaN");
    QTest::newRow("price Infinity") << bidWith("1000", "Infinity");
    QTest::newRow("mark -0") << bidWith("[8, 7]", "[-0, 7]");
    QTest::newRow("mark -0.0") << bidWith("[8, 7]", "[-0.0, 7]");
    QTest::newRow("mark 1e400") << bidWith("[8, 7]", "[1e400, 7]");
    QTest::newRow("mark beyond 64 bits")
        << bidWith("[8, 7]", "[123456789012345678901234567890, 7]");
    QTest::newRow("decimals 2^64 - 1")
        << tenderWith(kBid).replace(R"("decimals": 2)", R"("decimals": 18446744073709551615)");
    QTest::newRow("decimals 2.0") << tenderWith(kBid).replace(R"("decimals": 2)",
                                                              R"("decimals": 2.0)");
    QTest::newRow("decimals -0") << tenderWith(kBid).replace(R"("decimals": 2)",
                                                             R"("decimals": -0)");
    QTest::newRow("version 1e0") << tenderWith(kBid).replace(R"("version": 1)",
                                                             R"("version": 1e0)");
    // Strings and bytes.
    QTest::newRow("lone low surrogate") << bidWith("Vistaar", R"(V\udc00)");
    QTest::newRow("lone high surrogate") << bidWith("Vistaar", R"(V\ud800)");
    QTest::newRow("high surrogate, then text") << bidWith("Vistaar", R"(V\ud800x)");
    QTest::newRow("surrogate pair") << bidWith("Vistaar", R"(V\ud83d\ude00)");
    QTest::newRow("escaped NUL") << bidWith("Vistaar", R"(V\u0000)");
    QTest::newRow("raw NUL in a string") << bidWith("Vistaar", QByteArray("V\0x", 3));
    QTest::newRow("raw newline in a string") << bidWith("Vistaar", "V\nx");
    QTest::newRow("raw tab in a string") << bidWith("Vistaar", "V\tx");
    QTest::newRow("invalid UTF-8") << bidWith("Vistaar", "V\xff");
    QTest::newRow("overlong UTF-8") << bidWith("Vistaar", "V\xc0\xaf");
    QTest::newRow("UTF-8 of a surrogate") << bidWith("Vistaar", "V\xed\xa0\x80");
    QTest::newRow("Devanagari") << bidWith("Vistaar", "\xe0\xa4\xb5\xe0\xa4\xbf\xe0\xa4\xb8");
    QTest::newRow("bad escape") << bidWith("Vistaar", R"(V\x)");
    QTest::newRow("escaped key") << bidWith(R"("marks")", R"("m\u0061rks")");
    // Around the document.
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf") + tenderWith(kBid);
    QTest::newRow("trailing text") << tenderWith(kBid) + " x";
    QTest::newRow("a second document") << tenderWith(kBid) + " {}";
    QTest::newRow("trailing NUL") << tenderWith(kBid) + QByteArray(1, '\0');
    QTest::newRow("NUL, then anything") << tenderWith(kBid) + QByteArray("\0garbage{", 9);
    QTest::newRow("trailing whitespace") << tenderWith(kBid) + " \n\t\r ";
    QTest::newRow("cut short") << tenderWith(kBid).chopped(3);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a list") << QByteArray("[]");
    QTest::newRow("a number") << QByteArray("1");
    QTest::newRow("literal tru") << bidWith("null", "tru");
    QTest::newRow("literal nulll") << bidWith("null", "nulll");
    QTest::newRow("trailing comma") << bidWith("[8, 7]", "[8, 7,]");
    QTest::newRow("missing comma") << bidWith("[8, 7]", "[8 7]");
    QTest::newRow("missing colon") << bidWith(R"("price": 1000)", R"("price" 1000)");
    QTest::newRow("comma in object end") << bidWith(R"(, "marks")", R"(,, "marks")");
    // Keys given twice, in each part the fast path reads its own way.
    QTest::newRow("root key twice") << tenderWith(kBid, R"(, "bids": [])");
    QTest::newRow("bid key twice") << bidWith(R"("price": 1000)", R"("price": 1000, "price": 1)");
    QTest::newRow("marks twice") << bidWith(R"("price": 1000)", R"("marks": {}, "price": 1000)");
    QTest::newRow("marks row twice") << bidWith(R"("T2": [7.5, null])", R"("T1": [1, 2])");
    QTest::newRow("key twice inside a bad mark") << bidWith("[8, 7]", R"([{"a": 1, "a": 2}, 7])");
    QTest::newRow("key twice in a criterion")
        << tenderWith(kBid).replace(R"("name": "Team")", R"("name": "Team", "name": "X")");
    // Marks that are not numbers, rows that are not lists.
    QTest::newRow("marks of every kind")
        << bidWith("[8, 7]", R"([8, "high", true, false, {}, [], [[1]], {"a": [1]}])");
    QTest::newRow("rows of every kind")
        << bidWith(R"("T1": [8, 7])",
                   R"("T1": 5, "T3": "x", "T4": {"a": 1}, "T5": null, "T6": true, "T7": 2.50)");
    QTest::newRow("marks a list") << bidWith(R"({"T1": [8, 7], "T2": [7.5, null]})", "[1]");
    QTest::newRow("marks null") << bidWith(R"({"T1": [8, 7], "T2": [7.5, null]})", "null");
    QTest::newRow("a bid that is a list") << tenderWith(R"([1, 2], )" + kBid);
    QTest::newRow("a bid that is a number") << tenderWith(R"(5, )" + kBid);
    QTest::newRow("bids an object")
        << QByteArray(R"({"format": "tulana-tender", "version": 1, "bids": {"x": {"marks": {}}}})");
    // Depth, in each part.
    for (int depth : {62, 63, 64, 65}) {
        const int inner = depth - 5; // bids[0].marks.T1[0] is at depth 6
        QTest::newRow(qPrintable(QStringLiteral("a mark %1 deep").arg(depth)))
            << bidWith("[8, 7]", "[" + QByteArray(inner, '[') + QByteArray(inner, ']') + ", 7]");
        const int inBid = depth - 3;
        QTest::newRow(qPrintable(QStringLiteral("a bid field %1 deep").arg(depth)))
            << bidWith(R"("price": 1000)",
                       R"("price": 1000, "x": )" + QByteArray(inBid, '[') + QByteArray(inBid, ']'));
        const int atRoot = depth - 1;
        QTest::newRow(qPrintable(QStringLiteral("a root field %1 deep").arg(depth)))
            << tenderWith(kBid, R"(, "y": )" + QByteArray(atRoot, '[') + QByteArray(atRoot, ']'));
    }
    // How marks may be written: spacing, digits, forms JSON allows and forbids.
    QTest::newRow("marks with spaces everywhere") << bidWith("[8, 7]", "[ 8 ,\t7\r\n ]");
    QTest::newRow("marks with no spaces") << bidWith("[8, 7]", "[8,7]");
    QTest::newRow("marks 0.1 and 2.675") << bidWith("[8, 7]", "[0.1,2.675]");
    QTest::newRow("mark of 15 digits") << bidWith("[8, 7]", "[1.23456789012345, 7]");
    QTest::newRow("mark of 16 digits") << bidWith("[8, 7]", "[1.234567890123456, 7]");
    QTest::newRow("mark of 20 digits") << bidWith("[8, 7]", "[0.12345678901234567891, 7]");
    QTest::newRow("mark 9007199254740993") << bidWith("[8, 7]", "[9007199254740993, 7]");
    QTest::newRow("mark 7.50") << bidWith("[8, 7]", "[7.50, 7.000]");
    QTest::newRow("mark 0.0 and 0") << bidWith("[8, 7]", "[0.0, 0]");
    QTest::newRow("mark -3.5") << bidWith("[8, 7]", "[-3.5, -1]");
    QTest::newRow("mark 1e1") << bidWith("[8, 7]", "[1e1, 7E0]");
    QTest::newRow("mark 07") << bidWith("[8, 7]", "[07, 7]");
    QTest::newRow("mark 7.") << bidWith("[8, 7]", "[7., 7]");
    QTest::newRow("mark .5") << bidWith("[8, 7]", "[.5, 7]");
    QTest::newRow("mark +5") << bidWith("[8, 7]", "[+5, 7]");
    QTest::newRow("mark 1.5.3") << bidWith("[8, 7]", "[1.5.3, 7]");
    QTest::newRow("mark nul") << bidWith("[8, 7]", "[nul, 7]");
    QTest::newRow("mark nullx") << bidWith("[8, 7]", "[nullx, 7]");
    QTest::newRow("mark null7") << bidWith("[8, 7]", "[null7, 7]");
    QTest::newRow("marks [,]") << bidWith("[8, 7]", "[,]");
    QTest::newRow("marks [8,,7]") << bidWith("[8, 7]", "[8,,7]");
    QTest::newRow("marks [ ]") << bidWith("[8, 7]", "[ ]");
    QTest::newRow("marks unclosed at the end")
        << tenderWith(kBid).left(tenderWith(kBid).indexOf("[7.5") + 8);
    QTest::newRow("100,000 deep") << QByteArray(100'000, '[') + QByteArray(100'000, ']');
}

void TestTenderParsers::whereTheLibrariesCouldDiffer()
{
    QFETCH(QByteArray, text);
    compareParsers(text);
    bool matches = false;
    fastDocumentMatches(text, &matches);
    QVERIFY2(matches, "the fast path gave a document the reference does not");
}

void TestTenderParsers::theFastPathReadsValidTenders()
{
    // Not a test of speed: that the fast path is taken at all, for the
    // samples and a generated tender, and not handed to the reference.
    QDirIterator it(QStringLiteral(TULANA_SOURCE_DIR "/resources/samples"),
                    {QStringLiteral("*.tulana")}, QDir::Files);
    int samples = 0;
    while (it.hasNext()) {
        bool matches = false;
        QVERIFY2(fastDocumentMatches(readAll(it.next()), &matches), qPrintable(it.filePath()));
        QVERIFY(matches);
        ++samples;
    }
    QVERIFY(samples >= 3);
    GeneratorSpec spec;
    spec.bids = 200;
    spec.criteria = 20;
    spec.evaluators = 5;
    spec.seed = 7;
    bool matches = false;
    QVERIFY(fastDocumentMatches(writeTender(generateTender(spec)), &matches));
    QVERIFY(matches);
    QVERIFY(fastDocumentMatches(tenderWith(kBid), &matches));
    QVERIFY(matches);
}

void TestTenderParsers::paddingIsNotNeeded()
{
    // Text without spare capacity is copied, text with it read in place:
    // the same result either way.
    const QByteArray text = tenderWith(kBid);
    QByteArray exact(text.constData(), text.size());
    exact.squeeze();
    QByteArray padded = text;
    padded.reserve(text.size() + kTenderParserPadding);
    bool matches = false;
    QVERIFY(fastDocumentMatches(exact, &matches) && matches);
    QVERIFY(fastDocumentMatches(padded, &matches) && matches);
}

void TestTenderParsers::nothingFollowsANulByte()
{
    // nlohmann/json stops reading at a NUL byte: "{...}\0garbage" loaded.
    const QByteArray text = "{}\n" + QByteArray("\0garbage", 8);
    const TenderLoad load = readTender(text);
    QVERIFY(!load.tender);
    QCOMPARE(load.problems.size(), qsizetype(1));
    QCOMPARE(load.problems[0].where, QStringLiteral("line 2, column 1"));
    QVERIFY2(load.problems[0].message.contains(QLatin1String("a NUL byte after the end")),
             qPrintable(load.problems[0].message));
    // Every JSON file Tulana reads, by the same rule.
    Problems problems;
    QVERIFY(!parseJson(QByteArray("[1]\0", 4), QStringLiteral("x.json"), problems));
    QCOMPARE(problems.size(), qsizetype(1));
    QCOMPARE(problems[0].where, QStringLiteral("x.json, line 1, column 4"));
    // Written as \u0000 inside a text, it is a character like any other.
    problems.clear();
    QVERIFY(parseJson(R"(["a\u0000b"])", QString(), problems));
}

void TestTenderParsers::aHugeTextIsLeftToTheReference()
{
    // simdjson indexes a whole text before reading it, 4 bytes per
    // structural character: past 32 MB the reference reads it, so 100 MB of
    // "[" costs no 400 MB index before the depth limit refuses it.
    const QByteArray small = tenderWith(kBid);
    bool matches = false;
    QVERIFY(fastDocumentMatches(small + QByteArray(30 * 1024 * 1024, ' '), &matches) && matches);
    const QByteArray large = small + QByteArray(33 * 1024 * 1024, ' ');
    QVERIFY(!parseTenderJsonFast(large));
    const TenderLoad load = readTender(large);
    QVERIFY2(load.tender, qPrintable(problemLines(load.problems).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTenderParsers)
#include "tst_tenderparsers.moc"
