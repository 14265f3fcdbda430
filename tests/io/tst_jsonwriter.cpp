// JsonWriter: the canonical layout and, above all, numbers that read back
// exactly, whichever path (short decimal or general) wrote them.
#include "support/JsonWriter.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <charconv>
#include <random>

using namespace tulana;

class TestJsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void numberIsWrittenShortest_data();
    void numberIsWrittenShortest();
    void everyNumberReadsBackExactly();
    void layoutIsCanonical();
    void stringsAreEscaped();
    void asciiAndUtf8AreEscapedAlike();
    void escapesAreAsRecorded();
};

static std::string written(double v)
{
    JsonWriter w;
    w.beginInlineArray();
    w.value(v);
    w.endArray();
    const std::string s = w.take();
    return s.substr(1, s.size() - 2); // inside the brackets
}

void TestJsonWriter::numberIsWrittenShortest_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("a whole mark has no decimals") << 8.0 << QStringLiteral("8");
    QTest::newRow("a half mark has one decimal") << 7.5 << QStringLiteral("7.5");
    QTest::newRow("paise keep two decimals") << 1234567.25 << QStringLiteral("1234567.25");
    QTest::newRow("five paise keep the leading zero") << 0.05 << QStringLiteral("0.05");
    QTest::newRow("a negative decimal keeps its sign") << -2.5 << QStringLiteral("-2.5");
    QTest::newRow("ten is not written as a decimal") << 10.0 << QStringLiteral("10");
    QTest::newRow("a third takes the general path")
        << 1.0 / 3.0 << QStringLiteral("0.3333333333333333");
    QTest::newRow("crores are plain digits") << 125000000.0 << QStringLiteral("125000000");
    QTest::newRow("zero is zero") << 0.0 << QStringLiteral("0");
}

void TestJsonWriter::numberIsWrittenShortest()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(written(value)), text);
}

void TestJsonWriter::everyNumberReadsBackExactly()
{
    std::mt19937_64 engine(20261121);
    std::uniform_real_distribution<double> wide(-1e7, 1e7);
    std::uniform_int_distribution<long long> cents(-10'000'000'000LL, 10'000'000'000LL);
    for (int i = 0; i < 200'000; ++i) {
        const double values[] = {wide(engine), double(cents(engine)) / 100.0,
                                 double(cents(engine)) / 10.0, double(cents(engine) % 41) / 2.0};
        for (double v : values) {
            const std::string text = written(v);
            double back = 0;
            std::from_chars(text.data(), text.data() + text.size(), back);
            if (back != v)
                QFAIL(qPrintable(QStringLiteral("%1 was written as %2")
                                     .arg(v, 0, 'g', 17)
                                     .arg(QString::fromStdString(text))));
        }
    }
}

void TestJsonWriter::layoutIsCanonical()
{
    JsonWriter w;
    w.beginObject();
    w.field("name", QStringLiteral("B1"));
    w.key("marks");
    w.beginInlineArray();
    w.value(8.0);
    w.null();
    w.endArray();
    w.key("empty");
    w.beginArray();
    w.endArray();
    w.endObject();
    QCOMPARE(
        QString::fromStdString(w.take()),
        QStringLiteral("{\n  \"name\": \"B1\",\n  \"marks\": [8, null],\n  \"empty\": []\n}\n"));
}

void TestJsonWriter::stringsAreEscaped()
{
    JsonWriter w;
    w.beginInlineArray();
    w.value(QStringLiteral("a \"quote\", a \\ and a\nline, a \x01 and निविदा"));
    w.endArray();
    const auto parsed = nlohmann::json::parse(w.take());
    QCOMPARE(QString::fromStdString(parsed[0].get<std::string>()),
             QStringLiteral("a \"quote\", a \\ and a\nline, a \x01 and निविदा"));
}

void TestJsonWriter::asciiAndUtf8AreEscapedAlike()
{
    // A QString that is all ASCII is escaped straight from UTF-16; a key
    // given as UTF-8 goes through the UTF-8 escaper. Every ASCII character,
    // and texts that leave ASCII at their start, middle and end, must come
    // out as the same bytes both ways, and read back as they were.
    QStringList texts;
    for (char16_t c = 0; c < 0x80; ++c)
        texts << QString(QChar(c)) + QStringLiteral("x\"y") + QString(QChar(c));
    texts << QString() << QStringLiteral("é at the start") << QStringLiteral("in the – middle")
          << QStringLiteral("at the end: निविदा") << QStringLiteral("\x7f and \x1f");
    for (const QString& text : texts) {
        const QByteArray utf8 = text.toUtf8();
        JsonWriter w;
        w.beginObject();
        w.key(std::string_view(utf8.constData(), std::size_t(utf8.size())));
        w.value(text);
        w.endObject();
        const std::string out = w.take();
        const auto colon = out.find("\": \"");
        QVERIFY2(colon != std::string::npos, out.c_str());
        const std::string key = out.substr(out.find('"'), colon - out.find('"') + 1);
        const std::string value = out.substr(colon + 3, out.rfind('"') - colon - 2);
        QCOMPARE(QByteArray::fromStdString(value), QByteArray::fromStdString(key));
        const auto parsed = nlohmann::json::parse(out);
        QCOMPARE(QString::fromStdString(parsed.begin().value().get<std::string>()), text);
        QCOMPARE(QString::fromStdString(parsed.begin().key()), text);
    }
}

void TestJsonWriter::escapesAreAsRecorded()
{
    // The exact bytes, not only what a parser reads back: lower-case hex,
    // the short forms for new line, tab and carriage return and no others,
    // DEL and non-ASCII text as they are.
    JsonWriter w;
    w.beginInlineArray();
    w.value(QStringLiteral("q\"b\\n\nt\tr\r\x01\x08\x0c\x1f\x7f"));
    w.value(QStringLiteral("\x1f é"));
    w.endArray();
    QCOMPARE(QByteArray::fromStdString(w.take()),
             QByteArray("[\"q\\\"b\\\\n\\nt\\tr\\r\\u0001\\u0008\\u000c\\u001f\x7f\", "
                        "\"\\u001f \xc3\xa9\"]"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
