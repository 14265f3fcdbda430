// Text from a tender file shown as typed in every output (issue 20): the
// Markdown memo escapes Markdown as the HTML memo escapes HTML, and the CSV
// report neutralises cells a spreadsheet would run as formulas, without
// touching the numbers Tulana writes, and reads its own CSV back.
#include "io/TenderFile.h"
#include "memo/MemoBuilder.h"
#include "memo/MemoRender.h"
#include "report/EvaluationReport.h"
#include "scoring/Evaluator.h"
#include "support/Csv.h"

#include <QTest>

using namespace tulana;

namespace {

const QString kScript = QStringLiteral("<script>alert(1)</script> Labs");
const QString kLink = QStringLiteral("[click](javascript:alert(1))");
const QString kFormula = QStringLiteral("=HYPERLINK(\"http://x.example\",\"Refund\")");

Tender hostileSample()
{
    const TenderLoad load = loadTenderFile(
        QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/citizen-services-chatbot.tulana"));
    if (!load.tender)
        qFatal("cannot load the sample");
    Tender t = *load.tender;
    t.bids[0].bidder = kScript;
    t.bids[0].system = kLink;
    t.bids[1].bidder = kFormula;
    t.bids[1].system = QStringLiteral("# Heading\n- item\n1. item");
    t.bids[2].bidder = QStringLiteral("@SUM(A1:A9)");
    t.bids[2].system = QStringLiteral("-2+3");
    return t;
}

QString markdownMemo(const Tender& t)
{
    MemoOptions options;
    options.date = QDate(2026, 3, 20);
    options.sourceFile = QStringLiteral("tender.tulana");
    return memoToMarkdown(buildMemo(t, evaluate(t), options));
}

} // namespace

class TestOutputSafety : public QObject
{
    Q_OBJECT

private slots:
    void theMarkdownMemoShowsNamesAsTyped();
    void csvCellsAreNeutralised();
    void csvNumbersAreLeftAsNumbers();
    void neutralisedCellsReadBackAsWritten_data();
    void neutralisedCellsReadBackAsWritten();
};

void TestOutputSafety::theMarkdownMemoShowsNamesAsTyped()
{
    const QString md = markdownMemo(hostileSample());
    QVERIFY2(md.contains(QStringLiteral("\\<script\\>alert(1)\\</script\\> Labs")), qPrintable(md));
    QVERIFY(!md.contains(QStringLiteral("<script>")));
    QVERIFY2(md.contains(QStringLiteral("\\[click\\](javascript:alert(1))")), qPrintable(md));
    QVERIFY(!md.contains(QStringLiteral("[click](")));
    // Every line that starts a block starts it because the memo says so.
    for (const QString& line : md.split(u'\n')) {
        QVERIFY2(!line.startsWith(QLatin1String("# Heading")), qPrintable(line));
        QVERIFY2(!line.startsWith(QLatin1String("- item")), qPrintable(line));
        QVERIFY2(!line.startsWith(QLatin1String("1. item")), qPrintable(line));
    }
    // The memo's own Markdown is untouched.
    QVERIFY(md.contains(QStringLiteral("\n### ")));
    QVERIFY(md.contains(QStringLiteral("\n| ")));
}

void TestOutputSafety::csvCellsAreNeutralised()
{
    const Tender t = hostileSample();
    const QByteArray csv = evaluationAsCsv(t, evaluate(t));
    QString why;
    const std::optional<CsvTable> table = readCsv(csv, &why);
    QVERIFY2(table, qPrintable(why));
    // As written: a formula starts with a quote, so a spreadsheet shows it as text.
    QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Refund\"\")\""), csv);
    QVERIFY2(csv.contains(",'@SUM(A1:A9),'-2+3,"), csv);
    QVERIFY(!csv.contains(",=") && !csv.contains(",@") && !csv.contains(",-2+3"));
    // As read back by Tulana: the names as they were.
    const int bidder = int(table->header.indexOf(QStringLiteral("bidder")));
    QStringList bidders;
    for (const QStringList& row : table->rows)
        bidders << row.at(bidder);
    QVERIFY2(bidders.contains(kFormula), qPrintable(bidders.join(u'|')));
    QVERIFY(bidders.contains(QStringLiteral("@SUM(A1:A9)")));
}

void TestOutputSafety::csvNumbersAreLeftAsNumbers()
{
    const Tender t = hostileSample();
    const QByteArray csv = evaluationAsCsv(t, evaluate(t));
    const std::optional<CsvTable> table = readCsv(csv, nullptr);
    QVERIFY(table);
    for (const char* column : {"technical", "evaluated_price", "financial", "combined"}) {
        const int c = int(table->header.indexOf(QString::fromLatin1(column)));
        QVERIFY(c >= 0);
        for (const QStringList& row : table->rows) {
            if (row.at(c).isEmpty())
                continue;
            bool ok = false;
            row.at(c).toDouble(&ok);
            QVERIFY2(ok, qPrintable(row.at(c)));
        }
    }
    // A negative number is only ever a text cell's start when it is text.
    QCOMPARE(csvField(QStringLiteral("-5")), QStringLiteral("'-5"));
}

void TestOutputSafety::neutralisedCellsReadBackAsWritten_data()
{
    QTest::addColumn<QString>("text");
    // (A carriage return inside a field reads back as a line break, as any
    // line end does: not a matter of neutralising.)
    for (const char* text : {"=1+2", "+1", "-1", "@x", "\tx", "'=x", "''=x", "'plain", "plain",
                             "x=1", "a,b", "\"=q\""})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestOutputSafety::neutralisedCellsReadBackAsWritten()
{
    QFETCH(QString, text);
    const QString line = QStringLiteral("h,") + csvField(text) + QStringLiteral("\nr,") +
                         csvField(text) + QLatin1Char('\n');
    const std::optional<CsvTable> table = readCsv(line.toUtf8(), nullptr);
    QVERIFY(table);
    QCOMPARE(table->header.value(1), text);
    QCOMPARE(table->rows.value(0).value(1), text);
}

QTEST_GUILESS_MAIN(TestOutputSafety)
#include "tst_outputsafety.moc"
