#include "support/Csv.h"

#include <QTest>

using namespace tulana;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void rejects_data();
    void rejects();
    void errorMessageMayBeOmitted();
};

using Rows = QList<QStringList>;
using Lines = QList<int>;

void TestCsv::reads_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<QChar>("separator");

    const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
    const auto row = [](std::initializer_list<const char*> fields) {
        QStringList out;
        for (const char* f : fields)
            out << QString::fromUtf8(f);
        return out;
    };

    QTest::newRow("plain fields are split at commas")
        << QByteArray("a,b\n1,2\n3,4\n") << ab << Rows{row({"1", "2"}), row({"3", "4"})}
        << Lines{2, 3} << QChar(u',');
    QTest::newRow("quoted field keeps its comma")
        << QByteArray("a,b\n\"Acme, Pune\",2\n") << ab << Rows{row({"Acme, Pune", "2"})} << Lines{2}
        << QChar(u',');
    QTest::newRow("doubled quote inside a quoted field is one quote")
        << QByteArray("a,b\n\"the \"\"best\"\" bot\",\"\"\"\"\n") << ab
        << Rows{row({"the \"best\" bot", "\""})} << Lines{2} << QChar(u',');
    QTest::newRow("quoted field keeps its line break and the next row starts on a later line")
        << QByteArray("a,b\n\"two\nlines\",x\ny,z\n") << ab
        << Rows{row({"two\nlines", "x"}), row({"y", "z"})} << Lines{2, 4} << QChar(u',');
    QTest::newRow("CRLF inside a quoted field becomes a line feed")
        << QByteArray("a,b\r\n\"two\r\nlines\",x\r\ny,z\r\n") << ab
        << Rows{row({"two\nlines", "x"}), row({"y", "z"})} << Lines{2, 4} << QChar(u',');
    QTest::newRow("CRLF line ends are read")
        << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << ab << Rows{row({"1", "2"}), row({"3", "4"})}
        << Lines{2, 3} << QChar(u',');
    QTest::newRow("CR line ends are read")
        << QByteArray("a,b\r1,2\r3,4\r") << ab << Rows{row({"1", "2"}), row({"3", "4"})}
        << Lines{2, 3} << QChar(u',');
    QTest::newRow("UTF-8 byte order mark is skipped")
        << QByteArray("\xEF\xBB\xBF"
                      "a,b\n1,2\n")
        << ab << Rows{row({"1", "2"})} << Lines{2} << QChar(u',');
    QTest::newRow("trailing empty line adds no row")
        << QByteArray("a,b\n1,2\n\n") << ab << Rows{row({"1", "2"})} << Lines{2} << QChar(u',');
    QTest::newRow("last row without a line end is read")
        << QByteArray("a,b\n1,2") << ab << Rows{row({"1", "2"})} << Lines{2} << QChar(u',');
    QTest::newRow("blank lines are skipped and rows keep their physical line")
        << QByteArray("\na,b\n\n1,2\r\n\r\n3,4\n") << ab << Rows{row({"1", "2"}), row({"3", "4"})}
        << Lines{4, 6} << QChar(u',');
    QTest::newRow("empty fields are kept")
        << QByteArray("a,b,c\n,,\n\"\",x,\n") << row({"a", "b", "c"})
        << Rows{row({"", "", ""}), row({"", "x", ""})} << Lines{2, 3} << QChar(u',');
    QTest::newRow("fields are not trimmed") << QByteArray("a,b\n 1 ,\t2\n") << ab
                                            << Rows{row({" 1 ", "\t2"})} << Lines{2} << QChar(u',');
    QTest::newRow("spaces around a quoted field are ignored")
        << QByteArray("a,b\n  \"1,5\"  , 2\n") << ab << Rows{row({"1,5", " 2"})} << Lines{2}
        << QChar(u',');
    QTest::newRow("rows with fewer or more fields than the header are kept")
        << QByteArray("a,b\n1\n1,2,3\n") << ab << Rows{row({"1"}), row({"1", "2", "3"})}
        << Lines{2, 3} << QChar(u',');
    QTest::newRow("semicolon separates when the header has no comma")
        << QByteArray("a;b\n1,5;\"x;y\"\n") << ab << Rows{row({"1,5", "x;y"})} << Lines{2}
        << QChar(u';');
    QTest::newRow("comma in a quoted header field does not stop semicolons")
        << QByteArray("\"a,1\";b\n1;2\n") << row({"a,1", "b"}) << Rows{row({"1", "2"})} << Lines{2}
        << QChar(u';');
    QTest::newRow("comma separates when the header has both")
        << QByteArray("a;x,b\n1;2,3\n") << row({"a;x", "b"}) << Rows{row({"1;2", "3"})} << Lines{2}
        << QChar(u',');
    QTest::newRow("semicolon after a blank first line still separates")
        << QByteArray("\r\na;b\r\n1;2\r\n") << ab << Rows{row({"1", "2"})} << Lines{3}
        << QChar(u';');
    QTest::newRow("non-ASCII text is read")
        << QByteArray("a,b\n\xE2\x82\xB9 5,\xE0\xA4\xB8\xE0\xA4\xB9\xE0\xA4\xBE\xF0\x9F\x99\x82\n")
        << ab
        << Rows{row({"\xE2\x82\xB9 5", "\xE0\xA4\xB8\xE0\xA4\xB9\xE0\xA4\xBE\xF0\x9F\x99\x82"})}
        << Lines{2} << QChar(u',');
    QTest::newRow("header alone gives no rows")
        << QByteArray("a,b\n") << ab << Rows{} << Lines{} << QChar(u',');
    QTest::newRow("empty input gives an empty table")
        << QByteArray() << QStringList{} << Rows{} << Lines{} << QChar(u',');
}

void TestCsv::reads()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);
    QFETCH(QChar, separator);

    QString message;
    const std::optional<CsvTable> table = readCsv(input, &message);
    QVERIFY2(table, qPrintable(message));
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows, rows);
    QCOMPARE(table->lineOfRow, lines);
    QCOMPARE(table->separator, separator);
}

void TestCsv::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("unclosed quote is reported at its opening quote")
        << QByteArray("a,b,c\n1,2,3\n4,5,6\nAcme Analytics,\"Sahayak\n")
        << QStringLiteral("line 4, column 16: a quoted field is not closed");
    QTest::newRow("unclosed quote over several lines is reported where it opens")
        << QByteArray("a,b\n\"x\ny\nz,1\n")
        << QStringLiteral("line 2, column 1: a quoted field is not closed");
    QTest::newRow("quote inside an unquoted field is reported at the quote")
        << QByteArray("a,b\n1,the \"best\" bot\n")
        << QStringLiteral("line 2, column 7: a quote appears inside a field that does not start "
                          "with one; put the whole field in quotes and write the quote twice "
                          "(\"\")");
    QTest::newRow("text after a closing quote is reported at that text")
        << QByteArray("a,b\r\n1,\"x\"y\r\n")
        << QStringLiteral("line 2, column 6: text follows the closing quote of a field; a "
                          "quote inside a quoted field is written twice (\"\")");
    QTest::newRow("column of a later error counts characters, not bytes")
        << QByteArray("a,b\n\xE2\x82\xB9\xF0\x9F\x99\x82,x\"\n")
        << QStringLiteral("line 2, column 5: a quote appears inside a field that does not start "
                          "with one; put the whole field in quotes and write the quote twice "
                          "(\"\")");
    QTest::newRow("invalid UTF-8 is reported at the bad byte in characters")
        << QByteArray("a,b\r\n\xE2\x82\xB9 1,\xE9t\xE9\r\n")
        << QStringLiteral("line 2, column 5: the text is not valid UTF-8; save the file from "
                          "the spreadsheet as \"CSV UTF-8\"");
    QTest::newRow("invalid UTF-8 inside a quoted line break counts the line")
        << QByteArray("a,b\n\"x\ny\",\xFF\n")
        << QStringLiteral("line 3, column 4: the text is not valid UTF-8; save the file from "
                          "the spreadsheet as \"CSV UTF-8\"");
    QTest::newRow("truncated UTF-8 sequence at the end is reported")
        << QByteArray("a,b\n1,\xE2\x82")
        << QStringLiteral("line 2, column 3: the text is not valid UTF-8; save the file from "
                          "the spreadsheet as \"CSV UTF-8\"");
    QTest::newRow("overlong UTF-8 encoding is reported")
        << QByteArray("a,\xC0\xAF\n")
        << QStringLiteral("line 1, column 3: the text is not valid UTF-8; save the file from "
                          "the spreadsheet as \"CSV UTF-8\"");
    QTest::newRow("UTF-8 encoded surrogate is reported")
        << QByteArray("a,\xED\xA0\x80\n")
        << QStringLiteral("line 1, column 3: the text is not valid UTF-8; save the file from "
                          "the spreadsheet as \"CSV UTF-8\"");
}

void TestCsv::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    QString actual;
    QVERIFY(!readCsv(input, &actual));
    QCOMPARE(actual, message);
}

void TestCsv::errorMessageMayBeOmitted()
{
    QVERIFY(!readCsv(QByteArray("\"open"), nullptr));
    QVERIFY(!readCsv(QByteArray("\xFF"), nullptr));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
