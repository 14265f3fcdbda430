// Bids and marks from an Excel workbook: the same column rules as the CSV
// import, every kind of cell a spreadsheet writes, problems placed as a
// spreadsheet names cells, and nothing imported when anything is wrong.
// The workbooks are in tests/data/xlsx (make-xlsx.py says how each is made).
#include "io/BidXlsxImport.h"
#include "io/XlsxReader.h"
#include "spreadsheet/BidTemplateWorkbook.h"

#include "TenderBuilder.h"

#include <QFile>
#include <QTest>

using namespace tulana;

namespace {

QByteArray workbook(const char* name)
{
    QFile file(QStringLiteral(TULANA_TEST_DATA "/xlsx/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test workbook %s", name);
    return file.readAll();
}

// Criteria C1 and C2 (maximum 10), members E1 and E2: what the workbooks fit.
Tender tender()
{
    return TenderBuilder()
        .qcbs(70, 30)
        .evaluators(2)
        .criterion("C1", 10, 60)
        .criterion("C2", 10, 40)
        .build();
}

// The workbook with its part `part` declaring `size` bytes unpacked, in its
// local header and in the central directory, whatever it really holds: a
// header that lies, as a crafted file's may.
QByteArray declaringSize(QByteArray zip, const QByteArray& part, quint32 size)
{
    const auto le32At = [&zip](qsizetype at) {
        return quint32(quint8(zip[at])) | quint32(quint8(zip[at + 1])) << 8 |
               quint32(quint8(zip[at + 2])) << 16 | quint32(quint8(zip[at + 3])) << 24;
    };
    const auto put32At = [&zip](qsizetype at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            zip[at + i] = char(v >> (8 * i));
    };
    const QByteArray central("PK\x01\x02", 4);
    for (qsizetype at = zip.indexOf(central); at >= 0; at = zip.indexOf(central, at + 4)) {
        const qsizetype nameLength = quint8(zip[at + 28]) | quint8(zip[at + 29]) << 8;
        if (zip.mid(at + 46, nameLength) != part)
            continue;
        put32At(at + 24, size);
        put32At(qsizetype(le32At(at + 42)) + 22, size);
        return zip;
    }
    qFatal("no part %s in the workbook", part.constData());
}

// The workbook with its list of parts (the central directory) damaged at
// the second entry, whose signature no longer reads as one.
QByteArray withDamagedListOfParts(QByteArray zip)
{
    const QByteArray central("PK\x01\x02", 4);
    const qsizetype second = zip.indexOf(central, zip.indexOf(central) + 4);
    if (second < 0)
        qFatal("the workbook has fewer than two parts");
    zip[second + 1] = 'X';
    return zip;
}

QString messages(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace

class TestBidXlsxImport : public QObject
{
    Q_OBJECT

private slots:
    void importsBidsAndMarks();
    void placesAProblemAtItsCell();
    void readsEveryKindOfCell();
    void mergedCellsReadAsTheirFirstCell();
    void refusesWhatIsNotAWorkbook_data();
    void refusesWhatIsNotAWorkbook();
    void namesTheSheets();
    void columnNames();
    void templateReadsBackAsTheHeader();
};

void TestBidXlsxImport::importsBidsAndMarks()
{
    const BidImport imported =
        importBidsXlsx(tender(), workbook("bids-ok.xlsx"), QStringLiteral("bids-ok.xlsx"));
    QVERIFY2(!hasErrors(imported.problems), qPrintable(messages(imported.problems)));
    QCOMPARE(imported.bids.size(), std::size_t(2));
    const Bid& first = imported.bids[0];
    QCOMPARE(first.bidder, QStringLiteral("Sahyadri Language Technologies"));
    QCOMPARE(first.nature, BidNature::OpenSource);
    QCOMPARE(first.price, 11850000.0);
    QCOMPARE(first.tax, 2133000.0);
    QCOMPARE(first.marks.at(0, 1), 7.5);
    QCOMPARE(first.marks.at(1, 0), 9.0);
    // A price typed as text with Indian grouping, as in the CSV import.
    QCOMPARE(imported.bids[1].price, 14600000.0);
    QCOMPARE(imported.bids[1].id, QStringLiteral("B2"));
}

void TestBidXlsxImport::placesAProblemAtItsCell()
{
    const BidImport imported =
        importBidsXlsx(tender(), workbook("bids-bad.xlsx"), QStringLiteral("marks.xlsx"));
    QVERIFY(hasErrors(imported.problems));
    QVERIFY(imported.bids.empty()); // nothing imported
    // Row 3 (Bad Ltd), column G (C1/E2): 11 of a maximum of 10.
    QCOMPARE(imported.problems.constFirst().where, QStringLiteral("marks.xlsx!Bids!G3"));
    QVERIFY2(imported.problems.constFirst().message.contains(QLatin1String("11")),
             qPrintable(messages(imported.problems)));
}

void TestBidXlsxImport::readsEveryKindOfCell()
{
    QStringList sheets;
    QString why;
    const std::optional<XlsxSheet> sheet =
        readXlsxSheet(workbook("bids-kinds.xlsx"), QStringLiteral("Bids 2026"), &sheets, &why);
    QVERIFY2(sheet, qPrintable(why));
    QCOMPARE(sheets, (QStringList{QStringLiteral("Notes"), QStringLiteral("Bids 2026")}));
    const CsvTable& t = sheet->table;
    QCOMPARE(t.lineOfHeader, 1);
    QCOMPARE(t.lineOfRow, (QList<int>{3, 4}));
    QCOMPARE(t.rows[0][0], QStringLiteral("Rich Text Ltd")); // runs joined, phonetics left out
    QCOMPARE(t.rows[0][3], QStringLiteral("11850000"));      // 1.185E7
    QCOMPARE(t.rows[1][11], QStringLiteral("TRUE"));
    QCOMPARE(t.rows[1][12], QStringLiteral("2026-12-05")); // serial 46361, a date style

    const BidImport imported =
        importBidsXlsx(tender(), workbook("bids-kinds.xlsx"), QStringLiteral("kinds.xlsx"),
                       QStringLiteral("Bids 2026"));
    // Row 4 has values in columns with no header: placed with the sheet's
    // name quoted as a formula quotes it.
    QVERIFY(hasErrors(imported.problems));
    QVERIFY2(messages(imported.problems).contains(QLatin1String("kinds.xlsx!'Bids 2026'!4:4")),
             qPrintable(messages(imported.problems)));
}

void TestBidXlsxImport::mergedCellsReadAsTheirFirstCell()
{
    const BidImport imported =
        importBidsXlsx(tender(), workbook("bids-merged.xlsx"), QStringLiteral("merged.xlsx"));
    QVERIFY2(!hasErrors(imported.problems), qPrintable(messages(imported.problems)));
    QCOMPARE(imported.bids.size(), std::size_t(1));
    for (int c = 0; c < 2; ++c)
        for (int e = 0; e < 2; ++e)
            QCOMPARE(imported.bids[0].marks.at(c, e), 8.0);
}

void TestBidXlsxImport::refusesWhatIsNotAWorkbook_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("text") << workbook("not-a-workbook.xlsx") << QStringLiteral("not a ZIP");
    QTest::newRow("bomb") << workbook("bids-bomb.xlsx") << QStringLiteral("unpacks to more than");
    // Refused for what it declares, before it is unpacked: read as far as the
    // data goes, this small sheet would have been taken.
    QTest::newRow("declares too much")
        << declaringSize(workbook("bids-ok.xlsx"), "xl/worksheets/sheet1.xml", 100u << 20)
        << QStringLiteral("its part xl/worksheets/sheet1.xml unpacks to more than 64 MB");
    // Holds more than it declares: read no further than declared, its check
    // sum fails.
    QTest::newRow("declares too little")
        << declaringSize(workbook("bids-ok.xlsx"), "xl/worksheets/sheet1.xml", 100)
        << QStringLiteral("its part xl/worksheets/sheet1.xml is damaged");
    // Parts the import never reads, each declaring 60 MB: refused for the
    // 256 MB in all before any part is unpacked.
    QByteArray declaringTooMuchInAll = workbook("bids-ok.xlsx");
    for (const char* part : {"docProps/app.xml", "docProps/core.xml", "xl/theme/theme1.xml",
                             "_rels/.rels", "[Content_Types].xml"})
        declaringTooMuchInAll = declaringSize(declaringTooMuchInAll, part, 60u << 20);
    QTest::newRow("parts too large in all")
        << declaringTooMuchInAll << QStringLiteral("its parts unpack to more than 256 MB in all");
    // The list of sheets, its relationships and the styles, small in any
    // real workbook, are refused from 16 MB.
    for (const char* part : {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"})
        QTest::addRow("%s too large", part)
            << declaringSize(workbook("bids-ok.xlsx"), part, 20u << 20)
            << QStringLiteral("its part %1 unpacks to more than 16 MB").arg(QLatin1String(part));
    QTest::newRow("damaged list of parts") << withDamagedListOfParts(workbook("bids-ok.xlsx"))
                                           << QStringLiteral("its list of parts is damaged");
    QTest::newRow("shared string") << workbook("bids-missing-string.xlsx")
                                   << QStringLiteral("shared string that is not there");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a ZIP");
}

void TestBidXlsxImport::refusesWhatIsNotAWorkbook()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    const BidImport imported = importBidsXlsx(tender(), file, QStringLiteral("x.xlsx"));
    QVERIFY(imported.bids.empty());
    QCOMPARE(imported.problems.size(), 1);
    QCOMPARE(imported.problems.constFirst().where, QStringLiteral("x.xlsx"));
    QVERIFY2(imported.problems.constFirst().message.contains(message),
             qPrintable(messages(imported.problems)));
}

void TestBidXlsxImport::namesTheSheets()
{
    const BidImport imported = importBidsXlsx(tender(), workbook("bids-kinds.xlsx"),
                                              QStringLiteral("k.xlsx"), QStringLiteral("Bids"));
    QVERIFY(hasErrors(imported.problems));
    QVERIFY2(imported.problems.constFirst().message.contains(QLatin1String("Notes, Bids 2026")),
             qPrintable(messages(imported.problems)));
}

void TestBidXlsxImport::columnNames()
{
    QCOMPARE(xlsxColumnName(0), QStringLiteral("A"));
    QCOMPARE(xlsxColumnName(25), QStringLiteral("Z"));
    QCOMPARE(xlsxColumnName(26), QStringLiteral("AA"));
    QCOMPARE(xlsxColumnName(16383), QStringLiteral("XFD"));
}

void TestBidXlsxImport::templateReadsBackAsTheHeader()
{
    QString why;
    const QByteArray bytes = bidTemplateWorkbook(tender(), &why);
    QVERIFY2(!bytes.isEmpty(), qPrintable(why));
    const std::optional<XlsxSheet> sheet = readXlsxSheet(bytes, {}, nullptr, &why);
    QVERIFY2(sheet, qPrintable(why));
    QCOMPARE(sheet->table.header, bidTableHeader(tender()));
    QVERIFY(sheet->table.header.contains(QStringLiteral("C2/E2")));
    const BidImport imported = importBidsXlsx(tender(), bytes, QStringLiteral("t.xlsx"));
    QVERIFY2(!hasErrors(imported.problems), qPrintable(messages(imported.problems)));
    QVERIFY(imported.bids.empty());
}

QTEST_GUILESS_MAIN(TestBidXlsxImport)
#include "tst_bidxlsximport.moc"
