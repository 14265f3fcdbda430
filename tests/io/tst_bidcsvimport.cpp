#include "i18n/Language.h"
#include "io/BidCsvImport.h"
#include "support/ListedProblems.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tulana;

namespace {

Criterion leaf(const char* id, const char* name, double maxMarks, double weight)
{
    Criterion c;
    c.id = QString::fromUtf8(id);
    c.name = QString::fromUtf8(name);
    c.maxMarks = maxMarks;
    c.weight = weight;
    return c;
}

// Two groups, three marked criteria with different maxima, three evaluators
// and two bids already entered (B2 and a hand-named one).
Tender sampleTender()
{
    Tender t;
    t.reference = QStringLiteral("DIT/AI/2026/014");
    t.title = QStringLiteral("Conversational assistant for citizen services");
    Criterion approach = leaf("T1", "Technical approach", 10, 60);
    approach.children = {leaf("T1.1", "Methodology", 10, 30), leaf("T1.2", "Team", 20, 30)};
    Criterion experience = leaf("T2", "Experience", 10, 40);
    experience.children = {leaf("T2.1", "Past deployments", 5, 40)};
    t.criteria = {approach, experience};
    for (const char* id : {"E1", "E2", "E3"})
        t.evaluators.push_back({QString::fromUtf8(id), QString(), QString()});
    Bid b2 = t.newBid();
    b2.id = QStringLiteral("B2");
    Bid named = t.newBid();
    named.id = QStringLiteral("LATE-1");
    t.bids = {b2, named};
    return t;
}

const QByteArray header = "bidder,system,nature,price,tax,T1.1,T1.2,T2.1\n";
const QByteArray goodRow = "Acme,Sahayak,proprietary,1000000,180000,8,15,4\n";

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace

class TestBidCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsAmounts_data();
    void readsAmounts();
    void readsNature_data();
    void readsNature();
    void readsMarks_data();
    void readsMarks();
    void reportsProblems_data();
    void reportsProblems();
    void readsAllFieldsOfARow();
    void matchesHeaderNamesLoosely();
    void acceptsTheHeadersSpreadsheetsUse_data();
    void acceptsTheHeadersSpreadsheetsUse();
    void questionsATaxOverHalfThePrice();
    void theTemplateImportsOnceFilledIn();
    void assignsIdsAfterTheHighestNumber();
    void acceptsAFileWithoutMarksColumns();
    void readsASemicolonFile();
    void skipsEmptyRows();
    void warnsWhenThereAreNoBids();
    void keepsNoBidsWhenAnyRowHasAnError();
    void refusesAFileWrongFromItsFirstRowWithIdsStillToGive();
    void reportsEveryProblemAtOnce();
    void listsTheFirstHundredProblemsAndCountsTheRest();
    void refusesTheFileForAnErrorPastTheListedOnes();
    void countsWarningsPastTheListedOnesAsAWarning();
    void wordsOnlyTheProblemsItLists();
};

// English's catalogue words the plurals ("1 more problem", "20 more problems").
void TestBidCsvImport::initTestCase()
{
    QVERIFY(i18n::useLanguage(QStringLiteral("en")));
}

void TestBidCsvImport::readsAmounts_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<double>("price");

    QTest::newRow("plain price is read") << QByteArray("12500000") << 12500000.0;
    QTest::newRow("price with Indian grouping is read") << QByteArray("1,25,00,000") << 12500000.0;
    QTest::newRow("price with Indian grouping in thousands is read")
        << QByteArray("12,34,567") << 1234567.0;
    QTest::newRow("price with Western grouping is read") << QByteArray("12,500,000") << 12500000.0;
    QTest::newRow("price with decimals is read") << QByteArray("1,234.50") << 1234.5;
    QTest::newRow("price with a rupee sign is read")
        << QByteArray("\xE2\x82\xB9 1,25,000") << 125000.0;
    QTest::newRow("price with Rs. is read") << QByteArray("Rs. 1,25,000") << 125000.0;
    QTest::newRow("price with Rs without a dot is read") << QByteArray("Rs 500") << 500.0;
    QTest::newRow("price with INR is read") << QByteArray("INR 12,500,000") << 12500000.0;
    QTest::newRow("price with a trailing /- is read") << QByteArray("Rs.12,50,000/-") << 1250000.0;
    QTest::newRow("spaces around a price are ignored") << QByteArray("  42000 ") << 42000.0;
}

void TestBidCsvImport::readsAmounts()
{
    QFETCH(QByteArray, cell);
    QFETCH(double, price);

    const BidImport in = importBidsCsv(
        sampleTender(), header + "Acme,Sahayak,proprietary,\"" + cell + "\",\"" + cell + "\",,,\n",
        QStringLiteral("bids.csv"));
    // The same amount as price and tax: read, with the warning that a tax
    // so large is questionable (questionsATaxOverHalfThePrice).
    QVERIFY2(!hasErrors(in.problems), qPrintable(describe(in.problems)));
    QCOMPARE(in.bids.size(), std::size_t(1));
    QCOMPARE(in.bids[0].price, price);
    QCOMPARE(in.bids[0].tax, price);
}

void TestBidCsvImport::readsNature_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<int>("nature");

    QTest::newRow("open-source is read") << QByteArray("open-source") << int(BidNature::OpenSource);
    QTest::newRow("open source with a space is read")
        << QByteArray("Open Source") << int(BidNature::OpenSource);
    QTest::newRow("opensource in one word is read")
        << QByteArray("OPENSOURCE") << int(BidNature::OpenSource);
    QTest::newRow("proprietary is read")
        << QByteArray("Proprietary") << int(BidNature::Proprietary);
    QTest::newRow("mixed is read") << QByteArray(" mixed ") << int(BidNature::Mixed);
}

void TestBidCsvImport::readsNature()
{
    QFETCH(QByteArray, cell);
    QFETCH(int, nature);

    const BidImport in = importBidsCsv(
        sampleTender(), header + "Acme,Sahayak," + cell + ",1,0,,,\n", QStringLiteral("bids.csv"));
    QVERIFY2(in.problems.isEmpty(), qPrintable(describe(in.problems)));
    QCOMPARE(int(in.bids.at(0).nature), nature);
}

void TestBidCsvImport::readsMarks_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<double>>("marks"); // criterion-major, E1..E3 per criterion

    const double n = MarksSheet::unmarked();
    QTest::newRow("committee mark is recorded for every evaluator")
        << QByteArray(header + goodRow) << QList<double>{8, 8, 8, 15, 15, 15, 4, 4, 4};
    QTest::newRow("evaluator columns record each evaluator's mark")
        << QByteArray("bidder,system,nature,price,T1.1/E1,T1.1/E2,T1.1/E3,T1.2/E3,T1.2/E2,"
                      "T1.2/E1,T2.1/E1,T2.1/E2,T2.1/E3\n"
                      "Acme,Sahayak,mixed,10,7,8,9,18,19,20,1,2,3\n")
        << QList<double>{7, 8, 9, 20, 19, 18, 1, 2, 3};
    QTest::newRow("committee and evaluator columns mix across criteria")
        << QByteArray("bidder,system,nature,price,T1.1,T1.2/E1,T1.2/E2,T1.2/E3,T2.1\n"
                      "Acme,Sahayak,mixed,10,6,11,12,13,5\n")
        << QList<double>{6, 6, 6, 11, 12, 13, 5, 5, 5};
    QTest::newRow("empty marks cell is not marked")
        << QByteArray(header + "Acme,Sahayak,mixed,10,0,,\" \",0\n")
        << QList<double>{n, n, n, n, n, n, 0, 0, 0};
    QTest::newRow("decimal marks are read, with a point or a comma")
        << QByteArray(header + "Acme,Sahayak,mixed,10,0,7.5,\"12,25\",.5\n")
        << QList<double>{7.5, 7.5, 7.5, 12.25, 12.25, 12.25, 0.5, 0.5, 0.5};
    QTest::newRow("marks equal to the maximum are accepted")
        << QByteArray(header + "Acme,Sahayak,mixed,10,0,10,20,5\n")
        << QList<double>{10, 10, 10, 20, 20, 20, 5, 5, 5};
}

void TestBidCsvImport::readsMarks()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<double>, marks);

    const BidImport in = importBidsCsv(sampleTender(), csv, QStringLiteral("bids.csv"));
    QVERIFY2(in.problems.isEmpty(), qPrintable(describe(in.problems)));
    QCOMPARE(in.bids.size(), std::size_t(1));
    const MarksSheet& sheet = in.bids[0].marks;
    QCOMPARE(sheet.criteria(), 3);
    QCOMPARE(sheet.evaluators(), 3);
    for (int c = 0; c < 3; ++c)
        for (int e = 0; e < 3; ++e) {
            const double expected = marks[c * 3 + e];
            if (std::isnan(expected))
                QVERIFY2(!sheet.isMarked(c, e), qPrintable(QStringLiteral("%1,%2").arg(c).arg(e)));
            else
                QCOMPARE(sheet.at(c, e), expected);
        }
}

void TestBidCsvImport::reportsProblems_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message"); // a fragment of the message

    const auto withRow = [](const QByteArray& last) -> QByteArray {
        return header + goodRow + last + '\n';
    };
    const auto row = [](const char* tag) -> QTestData& { return QTest::newRow(tag); };

    // Cells, reported at their physical line and column name.
    row("price in words is reported at its row and column")
        << withRow("Beta,Mitra,mixed,12 lakh,0,1,1,1") << QStringLiteral("bids.csv:3:price")
        << QStringLiteral("\"12 lakh\" is not a number");
    row("negative price is reported at its row and column")
        << withRow("Beta,Mitra,mixed,-500,0,1,1,1") << QStringLiteral("bids.csv:3:price")
        << QStringLiteral("the price must be greater than zero, not -500");
    row("negative price after a rupee sign is reported")
        << withRow("Beta,Mitra,mixed,\xE2\x82\xB9-5,0,1,1,1") << QStringLiteral("bids.csv:3:price")
        << QStringLiteral("must be greater than zero");
    row("zero price is reported") << withRow("Beta,Mitra,mixed,0,0,1,1,1")
                                  << QStringLiteral("bids.csv:3:price")
                                  << QStringLiteral("must be greater than zero, not 0");
    row("nan price is reported as not finite")
        << withRow("Beta,Mitra,mixed,nan,0,1,1,1") << QStringLiteral("bids.csv:3:price")
        << QStringLiteral("\"nan\" is not a finite number");
    row("infinite price is reported as not finite")
        << withRow("Beta,Mitra,mixed,-Infinity,0,1,1,1") << QStringLiteral("bids.csv:3:price")
        << QStringLiteral("\"-Infinity\" is not a finite number");
    row("price with misplaced grouping is rejected")
        << withRow("Beta,Mitra,mixed,\"1,2,3,4\",0,1,1,1") << QStringLiteral("bids.csv:3:price")
        << QStringLiteral("\"1,2,3,4\" is not a number");
    row("price with a currency after it is rejected")
        << withRow("Beta,Mitra,mixed,12500 USD,0,1,1,1") << QStringLiteral("bids.csv:3:price")
        << QStringLiteral("\"12500 USD\" is not a number");
    row("price in scientific notation is rejected")
        << withRow("Beta,Mitra,mixed,1e6,0,1,1,1") << QStringLiteral("bids.csv:3:price")
        << QStringLiteral("\"1e6\" is not a number");
    row("price with a decimal comma is rejected")
        << withRow("Beta,Mitra,mixed,\"1000,50\",0,1,1,1") << QStringLiteral("bids.csv:3:price")
        << QStringLiteral("\"1000,50\" is not a number");
    row("price too large for a number is reported")
        << withRow(QByteArray("Beta,Mitra,mixed,1" + QByteArray(400, '0') + ",0,1,1,1"))
        << QStringLiteral("bids.csv:3:price") << QStringLiteral("is too large");
    row("empty price of a responsive bid is reported")
        << withRow("Beta,Mitra,mixed,,0,1,1,1") << QStringLiteral("bids.csv:3:price")
        << QStringLiteral("the price is empty");
    row("negative tax is reported")
        << withRow("Beta,Mitra,mixed,100,-18,1,1,1") << QStringLiteral("bids.csv:3:tax")
        << QStringLiteral("the tax must be zero or more, not -18");
    row("tax in words is reported")
        << withRow("Beta,Mitra,mixed,100,18%,1,1,1") << QStringLiteral("bids.csv:3:tax")
        << QStringLiteral("\"18%\" is not a number");
    row("empty bidder is reported")
        << withRow(" ,Mitra,mixed,100,0,1,1,1") << QStringLiteral("bids.csv:3:bidder")
        << QStringLiteral("the bidder's name is empty");
    row("empty system is reported")
        << withRow("Beta,,mixed,100,0,1,1,1") << QStringLiteral("bids.csv:3:system")
        << QStringLiteral("the name of the system offered is empty");
    row("empty nature is reported")
        << withRow("Beta,Mitra,,100,0,1,1,1") << QStringLiteral("bids.csv:3:nature")
        << QStringLiteral("the nature is empty");
    row("unknown nature is reported")
        << withRow("Beta,Mitra,freeware,100,0,1,1,1") << QStringLiteral("bids.csv:3:nature")
        << QStringLiteral("\"freeware\" is not a nature of bid");
    row("unknown status is reported")
        << QByteArray("bidder,system,nature,price,status\nBeta,Mitra,mixed,100,rejected\n")
        << QStringLiteral("bids.csv:2:status")
        << QStringLiteral("\"rejected\" is not a bid status");
    row("marks above the maximum are reported at their evaluator column")
        << QByteArray("bidder,system,nature,price,T1.1/E1,T1.1/E2,T1.1/E3,T1.2,T2.1\n"
                      "Beta,Mitra,mixed,100,1,1,1,1,1\n"
                      "Gamma,Sarathi,mixed,100,10,12,1,1,1\n")
        << QStringLiteral("bids.csv:3:T1.1/E2")
        << QStringLiteral("12 is more than the maximum of 10 marks");
    row("committee marks above the maximum are reported")
        << withRow("Beta,Mitra,mixed,100,0,1,1,5.5") << QStringLiteral("bids.csv:3:T2.1")
        << QStringLiteral("5.5 is more than the maximum of 5 marks");
    row("negative marks are reported")
        << withRow("Beta,Mitra,mixed,100,0,-1,1,1") << QStringLiteral("bids.csv:3:T1.1")
        << QStringLiteral("marks must be zero or more, not -1");
    row("marks in words are reported")
        << withRow("Beta,Mitra,mixed,100,0,1,good,1") << QStringLiteral("bids.csv:3:T1.2")
        << QStringLiteral("\"good\" is not a number of marks");
    row("non-finite marks are reported")
        << withRow("Beta,Mitra,mixed,100,0,1,1,inf") << QStringLiteral("bids.csv:3:T2.1")
        << QStringLiteral("\"inf\" is not a finite number");
    row("line numbers count line breaks inside quoted fields")
        << QByteArray(header + "\"Acme\nIndia\",Sahayak,mixed,100,0,1,1,1\n"
                               "Beta,Mitra,mixed,-1,0,1,1,1\n")
        << QStringLiteral("bids.csv:4:price") << QStringLiteral("greater than zero");
    row("column name in a location is written as in the header")
        << QByteArray(" Bidder ,SYSTEM,Nature,Price\nBeta,Mitra,mixed,abc\n")
        << QStringLiteral("bids.csv:2:Price") << QStringLiteral("\"abc\" is not a number");

    // Whole rows.
    row("row with too few fields is reported at its line")
        << withRow("Beta,Mitra,mixed,100") << QStringLiteral("bids.csv:3")
        << QStringLiteral("this row has 4 fields but the header has 8");
    row("row with an extra value is reported at its line")
        << withRow("Beta,Mitra,mixed,100,0,1,1,1,oops") << QStringLiteral("bids.csv:3")
        << QStringLiteral("this row has 9 fields but the header has 8");
    row("value under an unnamed column is reported")
        << QByteArray("bidder,system,nature,price,,T1.1,T1.2,T2.1\nBeta,Mitra,mixed,100,x,1,1,1\n")
        << QStringLiteral("bids.csv:2") << QStringLiteral("column 5 has no name in the header");
    row("bid id used twice in the file is reported")
        << QByteArray("id,bidder,system,nature,price\nX,A,S,mixed,1\nX,B,S,mixed,1\n")
        << QStringLiteral("bids.csv:3:id")
        << QStringLiteral("the id \"X\" is already used on line 2");
    row("text quoted in a message is not taken for a placeholder")
        << QByteArray("id,bidder,system,nature,price\nX%2,A,S,mixed,1\nX%2,B,S,mixed,1\n")
        << QStringLiteral("bids.csv:3:id")
        << QStringLiteral("the id \"X%2\" is already used on line 2");
    row("a bid id holding a control character is reported, the character shown")
        << QByteArray("id,bidder,system,nature,price\nB\x1b"
                      "9,A,S,mixed,1\n")
        << QStringLiteral("bids.csv:2:id")
        << QStringLiteral("the id \"B\u241b9\" holds a control character (U+001B) at character 2");
    row("bid id already in the tender is reported")
        << QByteArray("id,bidder,system,nature,price\nB2,A,S,mixed,1\n")
        << QStringLiteral("bids.csv:2:id")
        << QStringLiteral("the id \"B2\" is already used by a bid in the tender");

    // The header.
    row("unknown criterion column is reported in the header")
        << QByteArray(
               "bidder,system,nature,price,T1.1,T1.2,T2.1,T9.9\nBeta,Mitra,mixed,1,1,1,1,1\n")
        << QStringLiteral("bids.csv:1")
        << QStringLiteral("unknown column \"T9.9\": no criterion has that id");
    row("unknown criterion in an evaluator column is reported")
        << QByteArray("bidder,system,nature,price,T9.9/E1\n") << QStringLiteral("bids.csv:1")
        << QStringLiteral("unknown column \"T9.9/E1\": no criterion has the id \"T9.9\"");
    row("unknown evaluator column is reported")
        << QByteArray("bidder,system,nature,price,T1.1,T1.2,T2.1,T1.1/E9\n")
        << QStringLiteral("bids.csv:1")
        << QStringLiteral("unknown column \"T1.1/E9\": no evaluator has the id \"E9\"");
    row("column for a group of criteria is reported")
        << QByteArray("bidder,system,nature,price,T1,T2.1\n") << QStringLiteral("bids.csv:1")
        << QStringLiteral("the column \"T1\" names a group of criteria; marks go to its criteria "
                          "T1.1, T1.2");
    row("missing required column is reported")
        << QByteArray("bidder,system,nature,tax\nBeta,Mitra,mixed,0\n")
        << QStringLiteral("bids.csv:1")
        << QStringLiteral("the required column \"price\" is missing");
    row("duplicate field column is reported")
        << QByteArray("bidder,system,nature,price,Price\n") << QStringLiteral("bids.csv:1")
        << QStringLiteral("the column \"Price\" appears twice (columns 4 and 5)");
    row("status reason under both spellings is a duplicate")
        << QByteArray("bidder,system,nature,price,status reason,statusReason\n")
        << QStringLiteral("bids.csv:1")
        << QStringLiteral("the column \"statusReason\" appears twice (columns 5 and 6)");
    row("duplicate marks column is reported")
        << QByteArray("bidder,system,nature,price,T1.1,T1.2,T2.1,t1.1\n")
        << QStringLiteral("bids.csv:1")
        << QStringLiteral("the column \"t1.1\" appears twice (columns 5 and 8)");
    row("committee and evaluator columns for one criterion are reported")
        << QByteArray("bidder,system,nature,price,T1.1,T1.1/E2,T1.2,T2.1\n")
        << QStringLiteral("bids.csv:1")
        << QStringLiteral("criterion T1.1 has both a committee column and columns per evaluator");
    row("criteria without marks columns are listed")
        << QByteArray("bidder,system,nature,price,T1.1\n") << QStringLiteral("bids.csv:1")
        << QStringLiteral("marks columns are missing for T1.2, T2.1;");
    row("evaluators without marks columns are listed")
        << QByteArray("bidder,system,nature,price,T1.1/E1,T1.1/E3,T1.2,T2.1/E2\n")
        << QStringLiteral("bids.csv:1")
        << QStringLiteral("marks columns are missing for T1.1/E2, T2.1/E1, T2.1/E3;");
    row("header after blank lines is reported at its own line")
        << QByteArray("\n\nbidder,system,nature,price,T0\n") << QStringLiteral("bids.csv:3")
        << QStringLiteral("unknown column \"T0\"");

    // The file as a whole.
    row("unclosed quote is reported with its line and column")
        << withRow("Beta,\"Mitra,mixed,1,0,1,1,1") << QStringLiteral("bids.csv")
        << QStringLiteral("line 3, column 6: a quoted field is not closed");
    row("invalid UTF-8 is reported with its line and column")
        << withRow("B\xE9ta,Mitra,mixed,1,0,1,1,1") << QStringLiteral("bids.csv")
        << QStringLiteral("line 3, column 2: the text is not valid UTF-8");
    row("empty file is reported") << QByteArray("\r\n\r\n") << QStringLiteral("bids.csv")
                                  << QStringLiteral("the file is empty");
}

void TestBidCsvImport::reportsProblems()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, where);
    QFETCH(QString, message);

    const BidImport in = importBidsCsv(sampleTender(), csv, QStringLiteral("bids.csv"));
    QVERIFY(in.bids.empty());
    const bool found = std::any_of(in.problems.cbegin(), in.problems.cend(), [&](const Problem& p) {
        return p.isError() && p.where == where && p.message.contains(message);
    });
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1: …%2…, got:\n%3")
                                   .arg(where, message, describe(in.problems))));
}

void TestBidCsvImport::readsAllFieldsOfARow()
{
    const BidImport in = importBidsCsv(
        sampleTender(),
        "id,bidder,system,nature,price,tax,status,status reason,T1.1,T1.2,T2.1\n"
        "X-7,\"Acme Analytics, Pune\",Sahayak 2,open source,\"Rs. 1,25,00,000/-\",\"22,50,000\","
        "non-responsive,\"EMD not \"\"furnished\"\"\",9,,3\n"
        "B9,Beta,Mitra,mixed,100,,Withdrawn,,,,\n",
        QStringLiteral("bids.csv"));
    QVERIFY2(in.problems.isEmpty(), qPrintable(describe(in.problems)));
    QCOMPARE(in.bids.size(), std::size_t(2));
    const Bid& a = in.bids[0];
    QCOMPARE(a.id, QStringLiteral("X-7"));
    QCOMPARE(a.bidder, QStringLiteral("Acme Analytics, Pune"));
    QCOMPARE(a.system, QStringLiteral("Sahayak 2"));
    QCOMPARE(a.nature, BidNature::OpenSource);
    QCOMPARE(a.price, 12500000.0);
    QCOMPARE(a.tax, 2250000.0);
    QCOMPARE(a.status, BidStatus::NonResponsive);
    QCOMPARE(a.statusReason, QStringLiteral("EMD not \"furnished\""));
    QCOMPARE(a.marks.at(0, 2), 9.0);
    QVERIFY(!a.marks.isMarked(1, 0));
    QCOMPARE(a.marks.at(2, 1), 3.0);
    const Bid& b = in.bids[1];
    QCOMPARE(b.id, QStringLiteral("B9"));
    QCOMPARE(b.tax, 0.0);
    QCOMPARE(b.status, BidStatus::Withdrawn);
    QVERIFY(b.statusReason.isEmpty()); // validateTender reports it, not the importer
}

void TestBidCsvImport::matchesHeaderNamesLoosely()
{
    const BidImport in =
        importBidsCsv(sampleTender(),
                      " BIDDER , System,NATURE,Price,Tax, StatusReason ,t1.1 , T1.2/e2 ,T1.2/E1,"
                      "T1.2/E3,T2.1\n"
                      "Acme,Sahayak,mixed,5,,,1,2,3,4,5\n",
                      QStringLiteral("bids.csv"));
    QVERIFY2(in.problems.isEmpty(), qPrintable(describe(in.problems)));
    QCOMPARE(in.bids.at(0).marks.at(0, 2), 1.0);
    QCOMPARE(in.bids.at(0).marks.at(1, 1), 2.0);
}

void TestBidCsvImport::acceptsTheHeadersSpreadsheetsUse_data()
{
    QTest::addColumn<QByteArray>("headerLine");
    QTest::newRow("units in brackets") << QByteArray("Bidder,System,Nature,Price (INR),Tax (GST)");
    QTest::newRow("currency words") << QByteArray("Bidder name,Product,Type,Price in Rs.,GST ₹");
    QTest::newRow("underscores") << QByteArray("bidder,system_name,nature,quoted_price,tax_amount");
    QTest::newRow("a rupee sign") << QByteArray(
        "Vendor,Solution,Nature of system,Bid price ₹,Taxes");
}

void TestBidCsvImport::acceptsTheHeadersSpreadsheetsUse()
{
    QFETCH(QByteArray, headerLine);
    const BidImport in = importBidsCsv(sampleTender(), headerLine + "\nAcme,Sahayak,mixed,500,90\n",
                                       QStringLiteral("bids.csv"));
    QVERIFY2(!hasErrors(in.problems), qPrintable(describe(in.problems)));
    QCOMPARE(in.bids.size(), std::size_t(1));
    QCOMPARE(in.bids[0].bidder, QStringLiteral("Acme"));
    QCOMPARE(in.bids[0].system, QStringLiteral("Sahayak"));
    QCOMPARE(in.bids[0].price, 500.0);
    QCOMPARE(in.bids[0].tax, 90.0);
}

// GST on IT services is 18%: a tax over half the price is probably the
// price with tax in the wrong column. Imported, with a warning at the cell.
void TestBidCsvImport::questionsATaxOverHalfThePrice()
{
    const BidImport in = importBidsCsv(sampleTender(),
                                       "bidder,system,nature,price,tax\nA,S,mixed,100,118\n"
                                       "B,S,mixed,100,18\n",
                                       QStringLiteral("bids.csv"));
    QVERIFY2(!hasErrors(in.problems), qPrintable(describe(in.problems)));
    QCOMPARE(in.bids.size(), std::size_t(2));
    QCOMPARE(in.problems.size(), 1);
    QCOMPARE(in.problems.constFirst().where, QStringLiteral("bids.csv:2:tax"));
    QVERIFY(in.problems.constFirst().message.contains(QStringLiteral("more than half")));
}

void TestBidCsvImport::theTemplateImportsOnceFilledIn()
{
    const Tender t = sampleTender();
    const QByteArray csv = bidCsvTemplate(t);
    QVERIFY(csv.startsWith("id,bidder,system,nature,price,tax,status,status reason,T1.1/E1,"));
    QVERIFY(csv.contains(",T2.1/E3\r\n"));
    // Filled in: one row, every member's mark for each criterion.
    const QByteArray row = ",Acme,Sahayak,open-source,1000000,180000,,,1,2,3,4,5,6,3,4,5\r\n";
    const BidImport in = importBidsCsv(t, csv + row, QStringLiteral("template.csv"));
    QVERIFY2(in.problems.isEmpty(), qPrintable(describe(in.problems)));
    QCOMPARE(in.bids.size(), std::size_t(1));
    QCOMPARE(in.bids[0].marks.at(1, 2), 6.0); // T1.2 from E3
}

void TestBidCsvImport::assignsIdsAfterTheHighestNumber()
{
    // The tender has B2; the file names B5 for one bid and leaves two without.
    const BidImport in = importBidsCsv(
        sampleTender(),
        "id,bidder,system,nature,price\n,A,S,mixed,1\nB5,B,S,mixed,1\n ,C,S,mixed,1\n",
        QStringLiteral("bids.csv"));
    QVERIFY2(in.problems.isEmpty(), qPrintable(describe(in.problems)));
    QCOMPARE(in.bids.at(0).id, QStringLiteral("B6"));
    QCOMPARE(in.bids.at(1).id, QStringLiteral("B5"));
    QCOMPARE(in.bids.at(2).id, QStringLiteral("B7"));

    const BidImport noIdColumn =
        importBidsCsv(sampleTender(), header + goodRow + goodRow, QStringLiteral("bids.csv"));
    QCOMPARE(noIdColumn.bids.at(0).id, QStringLiteral("B3"));
    QCOMPARE(noIdColumn.bids.at(1).id, QStringLiteral("B4"));
}

void TestBidCsvImport::acceptsAFileWithoutMarksColumns()
{
    const BidImport in = importBidsCsv(sampleTender(), "bidder,system,nature,price\nA,S,mixed,1\n",
                                       QStringLiteral("bids.csv"));
    QVERIFY2(in.problems.isEmpty(), qPrintable(describe(in.problems)));
    QCOMPARE(in.bids.at(0).marks, MarksSheet(3, 3));
}

void TestBidCsvImport::readsASemicolonFile()
{
    const BidImport in = importBidsCsv(sampleTender(),
                                       "\xEF\xBB\xBF"
                                       "bidder;system;nature;price;tax;T1.1;T1.2;T2.1\r\n"
                                       "Acme;Sahayak;mixed;1.250.000;0;7,5;;2\r\n"
                                       "Beta;Mitra;mixed;1250000;0;7,5;;2\r\n",
                                       QStringLiteral("bids.csv"));
    // A grouped amount with dots is ambiguous (1.250 could be 1¼); only the
    // plain one is read.
    QCOMPARE(in.problems.size(), 1);
    QCOMPARE(in.problems[0].where, QStringLiteral("bids.csv:2:price"));

    const BidImport good = importBidsCsv(sampleTender(),
                                         "bidder;system;nature;price;tax;T1.1;T1.2;T2.1\r\n"
                                         "Beta;Mitra;mixed;1250000;0;7,5;;2\r\n",
                                         QStringLiteral("bids.csv"));
    QVERIFY2(good.problems.isEmpty(), qPrintable(describe(good.problems)));
    QCOMPARE(good.bids.at(0).price, 1250000.0);
    QCOMPARE(good.bids.at(0).marks.at(0, 1), 7.5);
}

void TestBidCsvImport::skipsEmptyRows()
{
    const BidImport in =
        importBidsCsv(sampleTender(), header + ",,,,,,,\n" + goodRow + "\n , ,,,,,,\n",
                      QStringLiteral("bids.csv"));
    QVERIFY2(in.problems.isEmpty(), qPrintable(describe(in.problems)));
    QCOMPARE(in.bids.size(), std::size_t(1));
}

void TestBidCsvImport::warnsWhenThereAreNoBids()
{
    const BidImport in = importBidsCsv(sampleTender(), header, QStringLiteral("bids.csv"));
    QVERIFY(in.bids.empty());
    QCOMPARE(in.problems.size(), 1);
    QVERIFY(!in.problems[0].isError());
    QCOMPARE(in.problems[0].where, QStringLiteral("bids.csv:1"));
}

void TestBidCsvImport::keepsNoBidsWhenAnyRowHasAnError()
{
    const BidImport in = importBidsCsv(
        sampleTender(), header + goodRow + goodRow + "Beta,Mitra,mixed,12 lakh,0,1,1,1\n",
        QStringLiteral("bids.csv"));
    QCOMPARE(in.problems.size(), 1);
    QVERIFY(in.bids.empty());
}

// Once a row is wrong the bids read are let go, and the rows after it,
// which need ids, must not be numbered into bids no longer kept (an
// out-of-range index, which the ci build's checks abort on).
void TestBidCsvImport::refusesAFileWrongFromItsFirstRowWithIdsStillToGive()
{
    const BidImport in = importBidsCsv(
        sampleTender(), header + "Beta,Mitra,mixed,12 lakh,0,1,1,1\n" + goodRow + goodRow + goodRow,
        QStringLiteral("bids.csv"));
    QVERIFY(in.bids.empty());
    QCOMPARE(in.problems.size(), 1);
    QCOMPARE(in.problems.constFirst().where, QStringLiteral("bids.csv:2:price"));
}

void TestBidCsvImport::reportsEveryProblemAtOnce()
{
    const BidImport in = importBidsCsv(sampleTender(),
                                       "bidder,system,nature,price,T1.1,T1.2,T2.1,T9\n"
                                       "Beta,,weird,-3,11,1,1,1\n"
                                       "Gamma,Mitra,mixed\n",
                                       QStringLiteral("bids.csv"));
    QStringList where;
    for (const Problem& p : in.problems)
        where << p.where;
    QCOMPARE(where,
             (QStringList{QStringLiteral("bids.csv:1"), QStringLiteral("bids.csv:2:system"),
                          QStringLiteral("bids.csv:2:nature"), QStringLiteral("bids.csv:2:price"),
                          QStringLiteral("bids.csv:2:T1.1"), QStringLiteral("bids.csv:3")}));
}

// A file wrong on each of 250 rows: the first 100 problems, in file order,
// then one more saying how many were not listed; nothing imported.
void TestBidCsvImport::listsTheFirstHundredProblemsAndCountsTheRest()
{
    QByteArray csv = header;
    for (int i = 0; i < 250; ++i)
        csv += "Beta,Mitra,mixed,12 lakh,0,1,1,1\n";
    const BidImport in = importBidsCsv(sampleTender(), csv, QStringLiteral("bids.csv"));
    QVERIFY(in.bids.empty());
    QCOMPARE(in.problems.size(), kMaxListedProblems + 1);
    for (int i = 0; i < kMaxListedProblems; ++i)
        QCOMPARE(in.problems[i].where, QStringLiteral("bids.csv:%1:price").arg(i + 2));
    const Problem& more = in.problems.constLast();
    QVERIFY(more.isError());
    QCOMPARE(more.where, QStringLiteral("bids.csv"));
    QCOMPARE(more.message,
             QStringLiteral("150 more problems not listed: only the first 100 are shown"));
}

// A hundred warnings fill the list; the error after them, not listed, must
// still refuse the file, and the count says it is an error.
void TestBidCsvImport::refusesTheFileForAnErrorPastTheListedOnes()
{
    QByteArray csv = "bidder,system,nature,price,tax\n";
    for (int i = 0; i < kMaxListedProblems; ++i)
        csv += "A,S,mixed,100,118\n"; // a tax over half the price: a warning
    csv += "B,S,mixed,12 lakh,0\n";
    const BidImport in = importBidsCsv(sampleTender(), csv, QStringLiteral("bids.csv"));
    QVERIFY(in.bids.empty());
    QVERIFY(hasErrors(in.problems));
    QCOMPARE(in.problems.size(), kMaxListedProblems + 1);
    QVERIFY(!in.problems[kMaxListedProblems - 1].isError());
    QVERIFY(in.problems.constLast().isError());
    QCOMPARE(in.problems.constLast().message,
             QStringLiteral("1 more problem not listed: only the first 100 are shown"));
}

void TestBidCsvImport::countsWarningsPastTheListedOnesAsAWarning()
{
    QByteArray csv = "bidder,system,nature,price,tax\n";
    for (int i = 0; i < kMaxListedProblems + 20; ++i)
        csv += "A,S,mixed,100,118\n";
    const BidImport in = importBidsCsv(sampleTender(), csv, QStringLiteral("bids.csv"));
    QVERIFY2(!hasErrors(in.problems), qPrintable(describe(in.problems.mid(0, 3))));
    QCOMPARE(in.bids.size(), std::size_t(kMaxListedProblems + 20));
    QCOMPARE(in.problems.size(), kMaxListedProblems + 1);
    QCOMPARE(in.problems.constLast().where, QStringLiteral("bids.csv"));
    QCOMPARE(in.problems.constLast().message,
             QStringLiteral("20 more problems not listed: only the first 100 are shown"));
}

// A problem past the listed ones is only counted: its place and words are
// never made (a file wrong on each of 400,000 rows would word each one).
void TestBidCsvImport::wordsOnlyTheProblemsItLists()
{
    ListedProblems problems;
    int worded = 0;
    int placed = 0;
    for (int i = 0; i < kMaxListedProblems + 5; ++i)
        problems.append(
            i % 2 ? Problem::Severity::Warning : Problem::Severity::Error,
            [&] { return QStringLiteral("row %1").arg(++placed); },
            [&] { return QStringLiteral("problem %1").arg(++worded); });
    QCOMPARE(placed, kMaxListedProblems);
    QCOMPARE(worded, kMaxListedProblems);
    QVERIFY(problems.hasErrors());
    const Problems listed = std::move(problems).take(QStringLiteral("bids.csv"));
    QCOMPARE(listed.size(), kMaxListedProblems + 1);
    QCOMPARE(listed[kMaxListedProblems - 1].where, QStringLiteral("row 100"));
    QCOMPARE(listed[kMaxListedProblems - 1].message, QStringLiteral("problem 100"));
    QVERIFY(!listed[kMaxListedProblems - 1].isError());
    // Of the five counted, three were errors: the line that counts them is one.
    QVERIFY(listed.constLast().isError());
    QCOMPARE(listed.constLast().message,
             QStringLiteral("5 more problems not listed: only the first 100 are shown"));
}

QTEST_GUILESS_MAIN(TestBidCsvImport)
#include "tst_bidcsvimport.moc"
