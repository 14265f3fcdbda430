// The three outputs of an evaluation: the plain-text table, the documented
// "tulana-evaluation" JSON and the CSV for spreadsheets.
#include "i18n/Language.h"
#include "io/TenderFile.h"
#include "report/EvaluationReport.h"
#include "scoring/Evaluator.h"
#include "support/Csv.h"
#include "support/Money.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

using namespace tulana;

// QCOMPARE cannot print nlohmann::json (and trips over its conversions).
#define COMPARE_JSON(actual, expected)                                                             \
    do {                                                                                           \
        const nlohmann::json actual_ = (actual);                                                   \
        const nlohmann::json expected_ = (expected);                                               \
        QVERIFY2(actual_ == expected_,                                                             \
                 qPrintable(QStringLiteral("got %1, expected %2")                                  \
                                .arg(QString::fromStdString(actual_.dump()),                       \
                                     QString::fromStdString(expected_.dump()))));                  \
    } while (false)
using nlohmann::json;

namespace {

QString samplePath(const char* name)
{
    return QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/") + QString::fromUtf8(name) +
           QStringLiteral(".tulana");
}

Tender loadSample(const char* name)
{
    const TenderLoad load = loadTenderFile(samplePath(name));
    if (!load.tender)
        qFatal("cannot load the sample %s", name);
    return *load.tender;
}

// The citizen-services chatbot with the top-level weights no longer adding up.
Tender brokenChatbot()
{
    Tender t = loadSample("citizen-services-chatbot");
    t.criteria[2].weight = 31;
    return t;
}

json parse(const QByteArray& bytes)
{
    return json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

QString str(const json& j)
{
    return QString::fromStdString(j.get<std::string>());
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void formatAmountGroupsDigits_data();
    void formatAmountGroupsDigits();

    void tableListsTheRankingInOrderAndTheWinner();
    void tableShowsIndianOrWesternAmountsByCurrency_data();
    void tableShowsIndianOrWesternAmountsByCurrency();
    void tableOfATenderThatCannotBeEvaluatedSaysWhy();

    void jsonHasTheDocumentedKeys();
    void jsonGivesEachScoresDerivation();
    void jsonOfATenderThatCannotBeEvaluatedHasNoWinner();
    void jsonEscapesAwkwardNames();

    void csvHasAHeaderAndOneRowPerBid();
    void csvQuotesNamesWithCommasAndQuotes();

    // Last: it installs the catalogues, English's too (its plural forms).
    void jsonIsAsRecorded_data();
    void jsonIsAsRecorded();
};

void TestReport::formatAmountGroupsDigits_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, double amount, const char* currency,
                        const char* expected) {
        QTest::newRow(name) << amount << QString::fromUtf8(currency) << QString::fromUtf8(expected);
    };
    row("one lakh rupees is grouped 1,00,000", 100000, "INR", "1,00,000.00");
    row("one crore twenty-five lakh rupees is grouped 1,25,00,000", 12500000, "INR",
        "1,25,00,000.00");
    row("ten thousand crore rupees keeps grouping in pairs", 1e11, "INR", "1,00,00,00,00,000.00");
    row("a thousand rupees has one comma", 1000, "INR", "1,000.00");
    row("nine hundred and ninety-nine rupees has none", 999, "INR", "999.00");
    row("paise are kept to two decimals", 1234567.5, "INR", "12,34,567.50");
    row("dollars are grouped in thousands", 12500000, "USD", "12,500,000.00");
    row("euros are grouped in thousands", 1e11, "EUR", "100,000,000,000.00");
    row("an unknown currency is grouped in thousands", 100000, "", "100,000.00");
    row("a negative rupee amount keeps its sign before the digits", -1234567.5, "INR",
        "-12,34,567.50");
    row("a negative dollar amount keeps its sign before the digits", -1234567.5, "USD",
        "-1,234,567.50");
    row("zero is 0.00", 0, "INR", "0.00");
    row("a small amount is not grouped", 7.25, "INR", "7.25");
    row("one paisa is 0.01", 0.01, "INR", "0.01");
    row("amounts are rounded to two decimals", 99999.999, "INR", "1,00,000.00");
    row("a missing amount is a dash", std::numeric_limits<double>::quiet_NaN(), "INR", "-");
}

void TestReport::formatAmountGroupsDigits()
{
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(formatAmount(amount, currency), expected);
}

void TestReport::tableListsTheRankingInOrderAndTheWinner()
{
    const Tender t = loadSample("citizen-services-chatbot");
    const QString table = evaluationAsTable(t, evaluate(t));
    const QStringList lines = table.split(u'\n');

    // Ranked rows start with the rank and the bid id.
    static const QRegularExpression ranked(QStringLiteral("^(\\d+)\\s+(B\\d+)\\s"));
    QStringList order;
    QStringList ranks;
    for (const QString& line : lines)
        if (const auto m = ranked.match(line); m.hasMatch()) {
            ranks << m.captured(1);
            order << m.captured(2);
        }
    QCOMPARE(order, (QStringList{QStringLiteral("B2"), QStringLiteral("B1"), QStringLiteral("B3"),
                                 QStringLiteral("B5")}));
    QCOMPARE(ranks, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                 QStringLiteral("4")}));

    // The winner's row carries its combined score, last on the line.
    const auto winnerRow = std::find_if(lines.begin(), lines.end(), [](const QString& line) {
        return line.startsWith(QStringLiteral("1    B2"));
    });
    QVERIFY(winnerRow != lines.end());
    QVERIFY2(winnerRow->trimmed().endsWith(QStringLiteral("84.02")), qPrintable(*winnerRow));
    QVERIFY2(winnerRow->contains(QStringLiteral("1,72,28,000.00")), qPrintable(*winnerRow));

    QVERIFY2(table.contains(QStringLiteral("Winner: B2 (Vistaar Conversational AI Solutions Pvt "
                                           "Ltd, proprietary) with the highest combined score, "
                                           "84.02.")),
             qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("not ranked: technical score 58.58 is below the "
                                           "minimum of 70")),
             qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral(
                 "Lowest evaluated price among qualified bids (Fm): 1,39,83,000.00")),
             qPrintable(table));
    QVERIFY2(table.startsWith(QStringLiteral("Tender DITeG/eGov/AI/2026/014: ")),
             qPrintable(table));
    // The ranking comes before the award.
    QVERIFY(table.indexOf(QStringLiteral("\n4    B5")) < table.indexOf(QStringLiteral("Winner:")));
}

void TestReport::tableShowsIndianOrWesternAmountsByCurrency_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("lowestPrice");
    QTest::newRow("a rupee tender shows lakh and crore grouping")
        << QStringLiteral("INR") << QStringLiteral("(Fm): 1,39,83,000.00");
    QTest::newRow("a dollar tender shows thousands grouping")
        << QStringLiteral("USD") << QStringLiteral("(Fm): 13,983,000.00");
}

void TestReport::tableShowsIndianOrWesternAmountsByCurrency()
{
    QFETCH(QString, currency);
    QFETCH(QString, lowestPrice);
    Tender t = loadSample("citizen-services-chatbot");
    t.currency = currency;
    const QString table = evaluationAsTable(t, evaluate(t));
    QVERIFY2(table.contains(lowestPrice), qPrintable(table));
}

void TestReport::tableOfATenderThatCannotBeEvaluatedSaysWhy()
{
    const Tender t = brokenChatbot();
    const QString table = evaluationAsTable(t, evaluate(t));
    QVERIFY2(table.contains(QStringLiteral("Not evaluated: ")), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("criteria: the weights add up to 101")),
             qPrintable(table));
    QVERIFY2(!table.contains(QStringLiteral("Winner:")), qPrintable(table));
}

void TestReport::jsonHasTheDocumentedKeys()
{
    const Tender t = loadSample("citizen-services-chatbot");
    const QByteArray bytes = evaluationAsJson(t, evaluate(t));
    QVERIFY2(json::accept(bytes.constData(), bytes.constData() + bytes.size()), bytes.constData());
    const json doc = parse(bytes);

    COMPARE_JSON(doc.at("format"), json("tulana-evaluation"));
    COMPARE_JSON(doc.at("version"), json(1));
    QVERIFY(doc.at("version").is_number_integer());
    COMPARE_JSON(doc.at("evaluated"), json(true));
    COMPARE_JSON(doc.at("winner"), json("B2"));
    COMPARE_JSON(doc.at("ranking"), json({"B2", "B1", "B3", "B5"}));
    COMPARE_JSON(doc.at("tender").at("reference"), json("DITeG/eGov/AI/2026/014"));
    COMPARE_JSON(doc.at("tender").at("method"), json("QCBS"));
    COMPARE_JSON(doc.at("basis").at("lowestPrice"), json(13983000));
    QVERIFY(doc.at("rankReversals").is_array());
    QVERIFY(doc.at("problems").is_array());
    for (const json& p : doc.at("problems")) {
        QVERIFY(p.at("severity") == "error" || p.at("severity") == "warning");
        QVERIFY(p.at("where").is_string());
        QVERIFY(p.at("message").is_string());
    }

    const json& bids = doc.at("bids");
    QVERIFY(bids.is_array());
    QCOMPARE(bids.size(), std::size_t(5));
    for (std::size_t i = 0; i < bids.size(); ++i)
        QCOMPARE(str(bids[i].at("id")), t.bids[i].id); // in the tender's order
    const json& b2 = bids[1];
    COMPARE_JSON(b2.at("standing"), json("qualified"));
    COMPARE_JSON(b2.at("rank"), json(1));
    COMPARE_JSON(b2.at("nature"), json("proprietary"));
    COMPARE_JSON(b2.at("combined").at("value"), json(84.02));
    COMPARE_JSON(b2.at("technical").at("value"), json(85.25));
    COMPARE_JSON(b2.at("criterionAverages").at("T1.1"), json(18));

    const json& b4 = bids[3];
    COMPARE_JSON(b4.at("standing"), json("below-minimum-technical"));
    QVERIFY(b4.at("rank").is_null());
    COMPARE_JSON(b4.at("technical").at("value"), json(58.58));
    QVERIFY2(b4.at("financial").is_null(),
             "a not-qualified bid's financial proposal is not opened");
    QVERIFY2(b4.at("combined").is_null(), "a not-qualified bid has no combined score");
    QVERIFY(str(b4.at("reason")).contains(QStringLiteral("below the minimum of 70")));
}

void TestReport::jsonGivesEachScoresDerivation()
{
    const Tender t = loadSample("citizen-services-chatbot");
    const json doc = parse(evaluationAsJson(t, evaluate(t)));
    for (const json& bid : doc.at("bids")) {
        const json& technical = bid.at("technical");
        QVERIFY2(technical.is_object(), bid.at("id").get<std::string>().c_str());
        for (const char* key : {"value", "exact", "formula", "working", "rounding", "inputs"})
            QVERIFY2(technical.contains(key), key);
        QVERIFY(technical.at("value").is_number());
        QVERIFY(technical.at("exact").is_number());
        QVERIFY(!technical.at("formula").get<std::string>().empty());
        QVERIFY(!technical.at("working").get<std::string>().empty());
        QCOMPARE(technical.at("inputs").size(), std::size_t(9)); // one per marked criterion
        for (const json& input : technical.at("inputs")) {
            QVERIFY(input.at("name").is_string());
            QVERIFY(input.at("value").is_number());
            QVERIFY(input.at("source").is_string());
        }
        // The rounded value is the exact value rounded to the tender's decimals.
        const double exact = technical.at("exact").get<double>();
        QCOMPARE(technical.at("value").get<double>(), std::round(exact * 100) / 100);
    }
    const json& combined = doc.at("bids")[1].at("combined");
    QVERIFY(combined.is_object());
    QVERIFY2(QString::fromStdString(combined.at("working").get<std::string>())
                 .contains(QStringLiteral("85.25")),
             combined.at("working").get<std::string>().c_str());
}

void TestReport::jsonOfATenderThatCannotBeEvaluatedHasNoWinner()
{
    const Tender t = brokenChatbot();
    const json doc = parse(evaluationAsJson(t, evaluate(t)));
    COMPARE_JSON(doc.at("evaluated"), json(false));
    QVERIFY(doc.at("winner").is_null());
    COMPARE_JSON(doc.at("ranking"), json::array());
    QVERIFY(!doc.at("noAwardReason").get<std::string>().empty());
    bool found = false;
    for (const json& p : doc.at("problems"))
        found = found || (p.at("where") == "criteria" && p.at("severity") == "error");
    QVERIFY2(found, doc.at("problems").dump().c_str());
}

void TestReport::jsonEscapesAwkwardNames()
{
    Tender t = loadSample("crop-advisory");
    const QString awkward = QStringLiteral("\"Krishi\\Mitra\"\nकृषि 🌾\t\x01");
    t.bids[0].bidder = awkward;
    t.bids[0].system = awkward;
    const QByteArray bytes = evaluationAsJson(t, evaluate(t));
    QVERIFY2(json::accept(bytes.constData(), bytes.constData() + bytes.size()), bytes.constData());
    const json doc = parse(bytes);
    QCOMPARE(str(doc.at("bids")[0].at("bidder")), awkward);
    QCOMPARE(str(doc.at("bids")[0].at("system")), awkward);
}

void TestReport::csvHasAHeaderAndOneRowPerBid()
{
    const Tender t = loadSample("citizen-services-chatbot");
    const QByteArray bytes = evaluationAsCsv(t, evaluate(t));
    QString why;
    const std::optional<CsvTable> table = readCsv(bytes, &why);
    QVERIFY2(table, qPrintable(why));
    QCOMPARE(table->header.join(u','),
             QStringLiteral("id,bidder,system,nature,standing,rank,technical,technical_used,"
                            "evaluated_price,financial,combined,reason"));
    QCOMPARE(table->rows.size(), qsizetype(t.bids.size()));

    const auto column = [&](const char* name) {
        return int(table->header.indexOf(QString::fromUtf8(name)));
    };
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const QStringList& row = table->rows[i];
        QCOMPARE(row.size(), table->header.size());
        QCOMPARE(row[column("id")], t.bids[std::size_t(i)].id);
        QCOMPARE(row[column("bidder")], t.bids[std::size_t(i)].bidder);
        bool ok = false;
        row[column("technical")].toDouble(&ok);
        QVERIFY2(ok, qPrintable(row.join(u'|')));
    }
    const QStringList& b2 = table->rows[1];
    QCOMPARE(b2[column("standing")], QStringLiteral("qualified"));
    QCOMPARE(b2[column("rank")], QStringLiteral("1"));
    QCOMPARE(b2[column("technical")].toDouble(), 85.25);
    QCOMPARE(b2[column("evaluated_price")].toDouble(), 17228000.0);
    QCOMPARE(b2[column("financial")].toDouble(), 81.16);
    QCOMPARE(b2[column("combined")].toDouble(), 84.02);
    QCOMPARE(b2[column("reason")], QString());

    const QStringList& b4 = table->rows[3];
    QCOMPARE(b4[column("standing")], QStringLiteral("below-minimum-technical"));
    QCOMPARE(b4[column("rank")], QString());
    QCOMPARE(b4[column("technical")].toDouble(), 58.58);
    QCOMPARE(b4[column("combined")], QString());
    QVERIFY(b4[column("reason")].contains(QStringLiteral("below the minimum of 70")));
}

void TestReport::csvQuotesNamesWithCommasAndQuotes()
{
    Tender t = loadSample("land-records-ocr");
    const QString awkward = QStringLiteral("Akshar Vision, \"OCR\" Pvt Ltd\nPune");
    t.bids[2].bidder = awkward;
    const QByteArray bytes = evaluationAsCsv(t, evaluate(t));
    QString why;
    const std::optional<CsvTable> table = readCsv(bytes, &why);
    QVERIFY2(table, qPrintable(why));
    QCOMPARE(table->rows.size(), qsizetype(t.bids.size()));
    QCOMPARE(table->rows[2].size(), table->header.size());
    QCOMPARE(table->rows[2][1], awkward);
}

void TestReport::jsonIsAsRecorded_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("language");
    for (const char* sample : {"citizen-services-chatbot-openness-points",
                               "crop-advisory-eligibility", "citizen-services-chatbot-lifecycle"})
        QTest::addRow("%s, English", sample) << QString::fromUtf8(sample) << QStringLiteral("en");
    QTest::addRow("openness points, Hindi")
        << QStringLiteral("citizen-services-chatbot-openness-points") << QStringLiteral("hi");
}

void TestReport::jsonIsAsRecorded()
{
    // The "tulana-evaluation" report is documented and stable within a
    // version: byte for byte what tests/data/reports recorded (how: its
    // README.md), so a change made for speed cannot change a derivation's
    // words, a number's digits or the order of keys unnoticed.
    QFETCH(QString, sample);
    QFETCH(QString, language);
    // The catalogue of the language, as tulana-cli installs it: English
    // has one too, for its plural forms ("2 decimals").
    QVERIFY(i18n::useLanguage(language));
    const TenderLoad load = loadTenderFile(QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/") +
                                           sample + QStringLiteral(".tulana"));
    QVERIFY(load.tender);
    const QByteArray report = evaluationAsJson(*load.tender, evaluate(*load.tender));
    QFile recorded(QStringLiteral(TULANA_TEST_DATA "/reports/") + sample + u'.' + language +
                   QStringLiteral(".json"));
    QVERIFY2(recorded.open(QIODevice::ReadOnly), qPrintable(recorded.fileName()));
    const QByteArray expected = recorded.readAll();
    if (report != expected) {
        qsizetype at = 0;
        while (at < report.size() && at < expected.size() && report[at] == expected[at])
            ++at;
        QFAIL(qPrintable(
            QStringLiteral("differs at byte %1: \"%2\" where the record has \"%3\"")
                .arg(at)
                .arg(QString::fromUtf8(report.mid(std::max<qsizetype>(0, at - 40), 80)),
                     QString::fromUtf8(expected.mid(std::max<qsizetype>(0, at - 40), 80)))));
    }
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
