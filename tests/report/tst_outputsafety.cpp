// Text from a tender file shown as typed in every output (issue 20): the
// Markdown memo escapes Markdown as the HTML memo escapes HTML, and the CSV
// report neutralises cells a spreadsheet would run as formulas, without
// touching the numbers Tulana writes, and reads its own CSV back; and the
// CLI shows control characters on a terminal instead of obeying them.
#include "io/TenderFile.h"
#include "memo/MemoBuilder.h"
#include "memo/MemoRender.h"
#include "report/EvaluationReport.h"
#include "scoring/Evaluator.h"
#include "support/Csv.h"
#include "support/VisibleControls.h"

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
    void controlCharactersAreShownNotObeyed_data();
    void controlCharactersAreShownNotObeyed();
    void textWithoutControlsPassesUncopied();
    void aControlSplitAcrossPiecesIsStillShown();
    void textThatIsNotUtf8IsStillLookedAt();
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

namespace {

QByteArray shown(const QByteArray& utf8)
{
    VisibleControls controls;
    const std::string_view out =
        controls.filter(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    return QByteArray(out.data(), qsizetype(out.size())) + controls.finish();
}

} // namespace

void TestOutputSafety::controlCharactersAreShownNotObeyed_data()
{
    QTest::addColumn<QByteArray>("typed");
    QTest::addColumn<QByteArray>("shown");
    QTest::newRow("a window title") << QByteArray("Acme\x1b]0;pwned\x07 Labs")
                                    << QStringLiteral("Acme\u241b]0;pwned\u2407 Labs").toUtf8();
    QTest::newRow("a colour, then overwriting the line")
        << QByteArray("\x1b[31mRED\rEvil") << QStringLiteral("\u241b[31mRED\u240dEvil").toUtf8();
    QTest::newRow("NUL, backspace, DEL, unit separator")
        << QByteArray("a\0b\x08"
                      "c\x7f\x1f",
                      7)
        << QStringLiteral("a\u2400b\u2408c\u2421\u241f").toUtf8();
    QTest::newRow("C1: CSI and NEL") << QByteArray("x\xc2\x9b"
                                                   "2Jy\xc2\x85z")
                                     << QStringLiteral("x\ufffd2Jy\ufffdz").toUtf8();
    QTest::newRow("tab and line feed lay out the reports")
        << QByteArray("a\tb\nc") << QStringLiteral("a\tb\nc").toUtf8();
    QTest::newRow("U+00A0 to U+00BF share C1's lead byte")
        << QByteArray("\xc2\xa0\xc2\xa9 \xc2\xbf")
        << QStringLiteral("\u00a0\u00a9 \u00bf").toUtf8();
    QTest::newRow("Devanagari, and a lead byte at the very end")
        // The lead byte is held for the next piece, then written as it was.
        << QByteArray("\xe0\xa4\xa8\xe0\xa4\xbf \xc2")
        << QByteArray("\xe0\xa4\xa8\xe0\xa4\xbf \xc2");
}

void TestOutputSafety::controlCharactersAreShownNotObeyed()
{
    QFETCH(QByteArray, typed);
    QFETCH(QByteArray, shown);
    const QByteArray out = ::shown(typed);
    QCOMPARE(out, shown);
    for (const char c : out)
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n', out.constData());
}

void TestOutputSafety::textWithoutControlsPassesUncopied()
{
    // The reports are megabytes of text with no control in them: the filter
    // must hand back the same bytes, not a copy.
    const QByteArray text =
        QByteArray("Rank Bid\tBidder\nनिविदा \xc2\xa0 1,39,83,000.00\n").repeated(1000);
    VisibleControls controls;
    const std::string_view out =
        controls.filter(std::string_view(text.constData(), std::size_t(text.size())));
    QCOMPARE(static_cast<const void*>(out.data()), static_cast<const void*>(text.constData()));
    QCOMPARE(qsizetype(out.size()), text.size());
    QVERIFY(controls.finish().isEmpty());
}

void TestOutputSafety::aControlSplitAcrossPiecesIsStillShown()
{
    // Every way of cutting the text into two pieces gives what the whole
    // text gives: the output reaches the device in pieces of any size.
    const QByteArray text("a\xc2\x9b"
                          "1m\x1b[0m \xc2\xa9\xc2");
    const QByteArray whole = shown(text);
    for (qsizetype cut = 0; cut <= text.size(); ++cut) {
        VisibleControls controls;
        QByteArray out;
        for (const QByteArray& piece : {text.left(cut), text.mid(cut)}) {
            const std::string_view s =
                controls.filter(std::string_view(piece.constData(), std::size_t(piece.size())));
            out.append(s.data(), qsizetype(s.size()));
        }
        out += controls.finish();
        QCOMPARE(out, whole);
    }
    // An empty piece between the halves of a C1 control changes nothing.
    VisibleControls controls;
    QByteArray out;
    for (const char* piece : {"x\xc2", "",
                              "\x9b"
                              "y"}) {
        const std::string_view s = controls.filter(piece);
        out.append(s.data(), qsizetype(s.size()));
    }
    QCOMPARE(out, QStringLiteral("x\ufffdy").toUtf8());
}

void TestOutputSafety::textThatIsNotUtf8IsStillLookedAt()
{
    // A lead byte of U+0080..U+00BF followed by a control, or by another
    // lead byte: the control after it is still shown.
    QCOMPARE(shown(QByteArray("\xc2\x1b[31m")), QByteArray("\xc2\xe2\x90\x9b[31m"));
    QCOMPARE(shown(QByteArray("\xc2\xc2\x9b")), QByteArray("\xc2\xef\xbf\xbd"));
}

QTEST_GUILESS_MAIN(TestOutputSafety)
#include "tst_outputsafety.moc"
