// Table 3 of the policy brief as shipped data (resources/table3/table3.json):
// it loads cleanly, every cell is the brief's text verbatim, the citation
// names the publication, and broken files are refused at their place.
#include "considerations/Table3.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace tulana;
using nlohmann::json;

namespace {

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The extract of the seed kept beside the tests, without its comment lines.
QStringList seedLines()
{
    QStringList out;
    const QString text =
        QString::fromUtf8(readFile(QStringLiteral(TULANA_TEST_DATA "/table3/seed-001-table3.txt")));
    for (const QString& line : text.split(u'\n'))
        if (!line.startsWith(u'#'))
            out << line;
    return out;
}

// The seed's table rows: the five tab-separated cells of each consideration.
QList<QStringList> seedRows()
{
    const QStringList lines = seedLines();
    const qsizetype header = lines.indexOf(QStringLiteral(
        "Specific Considerations\tOpen source AI Systems\tNotes\tProprietary AI systems\tNotes"));
    QList<QStringList> rows;
    for (qsizetype i = header + 1; i >= 1 && i < lines.size() && !lines[i].isEmpty(); ++i)
        rows << lines[i].split(u'\t');
    return rows;
}

json shippedJson()
{
    return json::parse(readFile(QStringLiteral(":/tulana/table3/table3.json")).toStdString());
}

QByteArray text(const json& j)
{
    return QByteArray::fromStdString(j.dump(2));
}

} // namespace

class TestTable3 : public QObject
{
    Q_OBJECT

private slots:
    void theShippedTableLoadsCleanly();
    void everyCellIsTheBriefsTextVerbatim_data();
    void everyCellIsTheBriefsTextVerbatim();
    void theColumnHeadingsAreAsPrinted();
    void theDecisionRuleAndAccountabilityAreQuoted();
    void theCitationNamesThePublication();
    void brokenTablesAreRefusedWithTheirPath_data();
    void brokenTablesAreRefusedWithTheirPath();
};

void TestTable3::theShippedTableLoadsCleanly()
{
    const Table3Load load = readTable3(readFile(QStringLiteral(":/tulana/table3/table3.json")));
    QVERIFY2(load.table, qPrintable(describe(load.problems)));
    QVERIFY2(load.problems.isEmpty(), qPrintable(describe(load.problems)));
    QCOMPARE(
        table3().ids(),
        QStringList({QStringLiteral("data-sensitivity"), QStringLiteral("resource-constraints"),
                     QStringLiteral("customisation"), QStringLiteral("risk-mitigation"),
                     QStringLiteral("time-to-deploy"), QStringLiteral("maintenance")}));
}

void TestTable3::everyCellIsTheBriefsTextVerbatim_data()
{
    QTest::addColumn<int>("row");
    const QList<QStringList> rows = seedRows();
    QCOMPARE(rows.size(), 6);
    for (int i = 0; i < rows.size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("\"%1\" is as printed").arg(rows[i].front()))) << i;
}

void TestTable3::everyCellIsTheBriefsTextVerbatim()
{
    QFETCH(int, row);
    const QStringList seed = seedRows().at(row);
    QCOMPARE(seed.size(), 5);
    const Table3Row& r = table3().rows.at(std::size_t(row));
    QCOMPARE(r.name, seed[0]);
    QCOMPARE(r.open.text, seed[1]);
    QCOMPARE(r.open.notes, seed[2]);
    QCOMPARE(r.proprietary.text, seed[3]);
    QCOMPARE(r.proprietary.notes, seed[4]);
}

void TestTable3::theColumnHeadingsAreAsPrinted()
{
    const QStringList lines = seedLines();
    const qsizetype title = lines.indexOf(table3().source.tableTitle);
    QVERIFY2(title > 0, "the table's title is not the seed's");
    const Table3Columns& c = table3().columns;
    QCOMPARE(QStringList({c.consideration, c.open, c.openNotes, c.proprietary, c.proprietaryNotes})
                 .join(u'\t'),
             lines.at(title + 2));
}

void TestTable3::theDecisionRuleAndAccountabilityAreQuoted()
{
    const QString seed = seedLines().join(u'\n');
    // The extraction's markdown link "[Table 3](#)" is printed as "Table 3".
    QString printed = seed;
    printed.replace(QStringLiteral("[Table 3](#)"), QStringLiteral("Table 3"));
    QVERIFY2(printed.contains(table3().decisionRule), qPrintable(table3().decisionRule));
    QVERIFY2(seed.contains(table3().accountability), qPrintable(table3().accountability));
    QVERIFY(table3().accountability.contains(QStringLiteral("justify departures")));
    const Table3RuleClauses& c = table3().ruleClauses;
    for (const QString& clause : {c.open, c.proprietary, c.equivalent}) {
        QVERIFY(!clause.isEmpty());
        QVERIFY2(table3().decisionRule.contains(clause), qPrintable(clause));
    }
    QVERIFY(c.equivalent.contains(QStringLiteral("openness can be prioritised")));
}

void TestTable3::theCitationNamesThePublication()
{
    const Table3Source& s = table3().source;
    QCOMPARE(s.title, QStringLiteral("Advancing Open Source AI in India: Recommendations for "
                                     "Governments & Technology Developers"));
    QCOMPARE(s.date, QStringLiteral("February 2026"));
    QCOMPARE(s.table, QStringLiteral("Table 3"));
    QCOMPARE(
        s.tableTitle,
        QStringLiteral("Considerations for AI Procurement: Open Source versus Proprietary AI"));
    QCOMPARE(s.jointlyPublishedWith, QStringLiteral("INDIAai Mission"));
    const QString publishers = s.publishers.join(u';');
    for (const char* who : {"GIZ", "FAIR Forward", "NASSCOM", "Digital Futures Lab"})
        QVERIFY2(publishers.contains(QLatin1String(who)), who);
    const QString citation = s.citation();
    for (const QString& part : {s.title, s.date, s.tableTitle, s.jointlyPublishedWith})
        QVERIFY2(citation.contains(part), qPrintable(citation));
    QVERIFY(!s.licence.isEmpty());
}

void TestTable3::brokenTablesAreRefusedWithTheirPath_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("fragment");

    json j = shippedJson();
    j["considerations"][3]["open"].erase("notes");
    QTest::newRow("a cell without its notes is refused")
        << text(j) << QStringLiteral("considerations[3].open.notes")
        << QStringLiteral("\"notes\" is missing");

    j = shippedJson();
    j["considerations"][1]["id"] = "data-sensitivity";
    QTest::newRow("an id used twice is refused")
        << text(j) << QStringLiteral("considerations[1].id") << QStringLiteral("used twice");

    j = shippedJson();
    j["ruleClauses"]["equivalent"] = "if both are equal, choose the cheaper";
    QTest::newRow("a rule clause that is not the brief's words is refused")
        << text(j) << QStringLiteral("ruleClauses.equivalent")
        << QStringLiteral("not part of decisionRule");

    j = shippedJson();
    j["format"] = "tulana-rulebook";
    QTest::newRow("another format is refused")
        << text(j) << QStringLiteral("format") << QStringLiteral("not a Table 3 file");

    j = shippedJson();
    j["source"]["edition"] = "second";
    QTest::newRow("an unknown key is refused")
        << text(j) << QStringLiteral("source.edition") << QStringLiteral("unknown field");

    j = shippedJson();
    j["source"]["publishers"] = json::array();
    QTest::newRow("a table without publishers is refused")
        << text(j) << QStringLiteral("source.publishers") << QStringLiteral("must be named");
}

void TestTable3::brokenTablesAreRefusedWithTheirPath()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, where);
    QFETCH(QString, fragment);
    const Table3Load load = readTable3(document);
    QVERIFY(!load.table);
    bool found = false;
    for (const Problem& p : load.problems)
        found = found || (p.where == where && p.message.contains(fragment));
    QVERIFY2(found, qPrintable(describe(load.problems)));
}

QTEST_GUILESS_MAIN(TestTable3)
#include "tst_table3.moc"
