#include "rulebook/Rulebook.h"
#include "scoring/Evaluator.h"

#include "TenderBuilder.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <exception>

using namespace tulana;

Q_DECLARE_METATYPE(tulana::Tender)
Q_DECLARE_METATYPE(tulana::Problem::Severity)

namespace {

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

// A QCBS tender within every limit of the named rulebook.
TenderBuilder compliant(const QString& book)
{
    TenderBuilder b;
    b.rulebook(book).criterion("C1", 100, 100).bid("X", 90, 140).bid("Y", 80, 100);
    if (book == QLatin1String("adb"))
        b.qcbs(80, 20).minimum(75);
    else if (book == QLatin1String("mof-om-2021-qcbs"))
        b.qcbs(30, 70).minimum(75);
    else if (book == QLatin1String("mop-consultancy"))
        b.qcbs(70, 30).minimum(75);
    else
        b.qcbs(70, 30).minimum(70);
    return b;
}

struct Breach
{
    const char* name;
    QString book;
    QString rule;
    Tender tender;
    Problem::Severity severity;
    QString field;
};

// One row or more for every rule of every shipped rulebook.
std::vector<Breach> breaches()
{
    const auto E = Problem::Severity::Error;
    const auto W = Problem::Severity::Warning;
    const QString adb = QStringLiteral("adb");
    const QString gfr = QStringLiteral("gfr-2017-rule-192");
    const QString mof = QStringLiteral("mof-om-2021-qcbs");
    const QString mop = QStringLiteral("mop-consultancy");
    const QString wb = QStringLiteral("world-bank");
    const QString tw = QStringLiteral("tender.technicalWeight");
    const QString min = QStringLiteral("tender.minimumTechnicalScore");
    const QString formula = QStringLiteral("tender.evaluation.priceFormula");
    const QString method = QStringLiteral("tender.method");

    return {
        {"ADB: 70:30 instead of the normal 80:20 is a warning", adb, QStringLiteral("adb-weights"),
         compliant(adb).qcbs(70, 30).build(), W, tw},
        {"ADB: a minimum technical score of 70 is below 75", adb,
         QStringLiteral("adb-minimum-technical"), compliant(adb).minimum(70).build(), W, min},
        {"ADB: a linear price formula is a warning", adb, QStringLiteral("adb-price-formula"),
         compliant(adb).linearPrice().build(), W, formula},
        {"GFR 192: a technical weight of 85% is an error", gfr,
         QStringLiteral("gfr192-technical-weight-max"), compliant(gfr).qcbs(85, 15).build(), E, tw},
        {"MoF OM 2021: LCS is not what the OM governs", mof, QStringLiteral("om2021-method"),
         compliant(mof).lcs().build(), E, method},
        {"MoF OM 2021: a technical weight of 31% is above 30%", mof,
         QStringLiteral("om2021-technical-weight-max"), compliant(mof).qcbs(31, 69).build(), E, tw},
        {"MoF OM 2021: a minimum of 65 is below 70", mof,
         QStringLiteral("om2021-minimum-technical-range"), compliant(mof).minimum(65).build(), W,
         min},
        {"MoF OM 2021: a minimum of 85 is above 80", mof,
         QStringLiteral("om2021-minimum-technical-range"), compliant(mof).minimum(85).build(), W,
         min},
        {"Manual: a technical weight of 81% is above 80%", mop,
         QStringLiteral("mop-technical-weight-max"), compliant(mop).qcbs(81, 19).build(), E, tw},
        {"Manual: a minimum of 69 is below 70", mop, QStringLiteral("mop-minimum-technical-range"),
         compliant(mop).minimum(69).build(), W, min},
        {"Manual: a minimum of 81 is above 80", mop, QStringLiteral("mop-minimum-technical-range"),
         compliant(mop).minimum(81).build(), W, min},
        {"Manual: the minimum range applies to QBS too", mop,
         QStringLiteral("mop-minimum-technical-range"), compliant(mop).qbs().minimum(60).build(), W,
         min},
        {"World Bank: a linear price formula is a warning", wb, QStringLiteral("wb-price-formula"),
         compliant(wb).linearPrice().build(), W, formula},
    };
}

const Rule* ruleOf(const Rulebook& book, const QString& id)
{
    for (const Rule& r : book.rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace

class TestRulebook : public QObject
{
    Q_OBJECT

private slots:
    void shippedRulebooksLoad();
    void shippedFilesParseWithoutProblems();
    void everyRuleHasABreachRow();
    void everyTextHasItsHindi();
    void breach_data();
    void breach();
    void withinLimits_data();
    void withinLimits();
    void warningReadsAsOne();
    void unknownRulebookIsAnError();
    void noRulebookNoProblem();
    void parsesAValidRulebook();
    void parseProblems_data();
    void parseProblems();
};

void TestRulebook::shippedRulebooksLoad()
{
    const std::vector<Rulebook>& books = builtInRulebooks();
    QCOMPARE(books.size(), std::size_t(5));
    QStringList ids;
    for (const Rulebook& b : books) {
        ids << b.id;
        QVERIFY2(!b.name.isEmpty(), qPrintable(b.id));
        QVERIFY2(!b.scope.isEmpty(), qPrintable(b.id));
        QVERIFY2(!b.rules.empty(), qPrintable(b.id));
        QCOMPARE(findRulebook(b.id), &b);
        QSet<QString> ruleIds;
        for (const Rule& r : b.rules) {
            QVERIFY2(!ruleIds.contains(r.id), qPrintable(r.id));
            ruleIds.insert(r.id);
            QVERIFY2(!r.text.isEmpty() && !r.source.isEmpty(), qPrintable(r.id));
        }
    }
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("adb"), QStringLiteral("gfr-2017-rule-192"),
                               QStringLiteral("mof-om-2021-qcbs"),
                               QStringLiteral("mop-consultancy"), QStringLiteral("world-bank")}));
    QCOMPARE(findRulebook(QStringLiteral("no-such-rulebook")), nullptr);
}

void TestRulebook::shippedFilesParseWithoutProblems()
{
    // builtInRulebooks() drops a file that does not parse; parse each here and
    // see its problems. The resource must hold every file of the source tree.
    const QDir resource(QStringLiteral(":/tulana/rulebooks"));
    const QStringList inResource =
        resource.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    const QDir source(QStringLiteral(TULANA_SOURCE_DIR "/resources/rulebooks"));
    QCOMPARE(inResource, source.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name));
    QCOMPARE(inResource.size(), qsizetype(5));
    for (const QString& name : inResource) {
        QFile file(resource.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Problems problems;
        const std::optional<Rulebook> book = parseRulebook(file.readAll(), name, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        QVERIFY(book);
        QCOMPARE(book->id + QStringLiteral(".json"), name);
    }
}

void TestRulebook::everyTextHasItsHindi()
{
    // The officer reads a rule in the app's language; the limits themselves
    // (parameter, bounds, methods, severity, source) do not change with it.
    const auto devanagari = [](const QString& s) {
        return std::any_of(s.begin(), s.end(),
                           [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; });
    };
    const QDir resource(QStringLiteral(":/tulana/rulebooks"));
    for (const QString& name :
         resource.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(resource.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        Problems problems;
        const auto en = parseRulebook(bytes, name, &problems);
        const auto hi = parseRulebook(bytes, name, &problems, QStringLiteral("hi"));
        QVERIFY2(en && hi && problems.isEmpty(), qPrintable(describe(problems)));
        QVERIFY2(devanagari(hi->name) && devanagari(hi->scope), qPrintable(name));
        QVERIFY(!devanagari(en->name));
        QCOMPARE(hi->rules.size(), en->rules.size());
        for (std::size_t i = 0; i < en->rules.size(); ++i) {
            QVERIFY2(devanagari(hi->rules[i].text), qPrintable(en->rules[i].id));
            QVERIFY(!devanagari(en->rules[i].text));
            QCOMPARE(hi->rules[i].source, en->rules[i].source);
            QCOMPARE(hi->rules[i].max, en->rules[i].max);
            QCOMPARE(hi->rules[i].min, en->rules[i].min);
        }
    }
    Problems problems;
    QVERIFY(!parseRulebook(R"({"id":"x","name":"X","scope":"S","hi":{"name":5},"rules":[]})",
                           QStringLiteral("x.json"), &problems, QStringLiteral("hi")));
    QVERIFY2(describe(problems).contains(QStringLiteral("x.json.hi")),
             qPrintable(describe(problems)));
}

void TestRulebook::everyRuleHasABreachRow()
{
    QSet<QString> shipped;
    for (const Rulebook& b : builtInRulebooks())
        for (const Rule& r : b.rules)
            shipped.insert(b.id + u'/' + r.id);
    QSet<QString> covered;
    for (const Breach& b : breaches())
        covered.insert(b.book + u'/' + b.rule);
    QCOMPARE(covered, shipped);
}

void TestRulebook::breach_data()
{
    QTest::addColumn<QString>("book");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Tender>("tender");
    QTest::addColumn<Problem::Severity>("severity");
    QTest::addColumn<QString>("field");
    for (const Breach& b : breaches())
        QTest::newRow(b.name) << b.book << b.rule << b.tender << b.severity << b.field;
}

void TestRulebook::breach()
{
    QFETCH(QString, book);
    QFETCH(QString, rule);
    QFETCH(Tender, tender);
    QFETCH(Problem::Severity, severity);
    QFETCH(QString, field);

    const Rulebook* rulebook = findRulebook(book);
    QVERIFY(rulebook);
    const Rule* r = ruleOf(*rulebook, rule);
    QVERIFY2(r, qPrintable(rule));

    const Problems problems = checkTender(tender, *rulebook);
    QCOMPARE(problems.size(), qsizetype(1));
    const Problem& p = problems.front();
    QCOMPARE(p.severity, severity);
    QCOMPARE(p.severity, r->severity);
    QCOMPARE(p.where, field);
    QVERIFY2(p.message.startsWith(QString(parameterName(r->parameter) + QStringLiteral(" is "))),
             qPrintable(p.message));
    QVERIFY2(p.message.contains(r->text), qPrintable(p.message));
    QVERIFY2(p.message.contains(r->source), qPrintable(p.message));

    // The tender's own rulebook gives the same finding.
    QCOMPARE(checkRulebook(tender), problems);
}

void TestRulebook::withinLimits_data()
{
    QTest::addColumn<Tender>("tender");
    for (const Rulebook& b : builtInRulebooks())
        QTest::addRow("a tender within the limits of %s", qPrintable(b.id))
            << compliant(b.id).build();
    const QString gfr = QStringLiteral("gfr-2017-rule-192");
    const QString mof = QStringLiteral("mof-om-2021-qcbs");
    const QString mop = QStringLiteral("mop-consultancy");
    const QString adb = QStringLiteral("adb");
    QTest::newRow("GFR 192: a technical weight of exactly 80% is allowed")
        << compliant(gfr).qcbs(80, 20).build();
    QTest::newRow("GFR 192: the weight limit does not apply to LCS")
        << compliant(gfr).lcs().qcbs(90, 10).lcs().build();
    QTest::newRow("MoF OM 2021: a technical weight of exactly 30% and minimum of 70")
        << compliant(mof).qcbs(30, 70).minimum(70).build();
    QTest::newRow("MoF OM 2021: a minimum of exactly 80") << compliant(mof).minimum(80).build();
    QTest::newRow("Manual: minimum 70 and 80 are both within the range")
        << compliant(mop).minimum(70).build();
    QTest::newRow("Manual: a minimum of 80") << compliant(mop).minimum(80).build();
    QTest::newRow("ADB: the 80:20 weighting rule does not apply to QBS")
        << compliant(adb).qbs().qcbs(70, 30).qbs().build();
}

void TestRulebook::withinLimits()
{
    QFETCH(Tender, tender);
    const Rulebook* book = findRulebook(tender.rulebook);
    QVERIFY(book);
    const Problems problems = checkTender(tender, *book);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    const Evaluation ev = evaluate(tender);
    QVERIFY2(ev.problems.isEmpty(), qPrintable(describe(ev.problems)));
    QVERIFY(ev.evaluated);
    QVERIFY(ev.hasWinner());
}

void TestRulebook::warningReadsAsOne()
{
    const Tender t = compliant(QStringLiteral("world-bank")).linearPrice().build();
    const Problems problems = checkRulebook(t);
    QCOMPARE(problems.size(), qsizetype(1));
    QVERIFY2(problems.front().toString().startsWith(
                 QStringLiteral("tender.evaluation.priceFormula: warning: Price formula is "
                                "linear-interpolation: ")),
             qPrintable(problems.front().toString()));
}

void TestRulebook::unknownRulebookIsAnError()
{
    Tender t = compliant(QStringLiteral("adb")).build();
    t.rulebook = QStringLiteral("gfr-2019");
    const Problems problems = checkRulebook(t);
    QCOMPARE(problems.size(), qsizetype(1));
    const Problem& p = problems.front();
    QVERIFY(p.isError());
    QCOMPARE(p.where, QStringLiteral("tender.rulebook"));
    QVERIFY2(p.message.contains(QStringLiteral("\"gfr-2019\"")), qPrintable(p.message));
    for (const Rulebook& b : builtInRulebooks())
        QVERIFY2(p.message.contains(b.id), qPrintable(p.message));
    QVERIFY(!evaluate(t).evaluated);
}

void TestRulebook::noRulebookNoProblem()
{
    Tender t = compliant(QString()).qcbs(95, 5).minimum(10).build();
    QVERIFY(t.rulebook.isEmpty());
    QVERIFY(checkRulebook(t).isEmpty());
}

void TestRulebook::parsesAValidRulebook()
{
    const QByteArray json = R"({
        "id": "test", "name": "Test regime", "scope": "Tests",
        "rules": [
            {"id": "r1", "parameter": "technicalWeight", "min": 50, "max": 80,
             "methods": ["QCBS"], "severity": "error", "text": "Between 50 and 80.", "source": "Test 1"},
            {"id": "r2", "parameter": "technicalScore", "oneOf": ["marks"],
             "severity": "warning", "text": "Marks only.", "source": "Test 2"}
        ]})";
    Problems problems;
    const std::optional<Rulebook> book =
        parseRulebook(json, QStringLiteral("test.json"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QVERIFY(book);
    QCOMPARE(book->id, QStringLiteral("test"));
    QCOMPARE(book->name, QStringLiteral("Test regime"));
    QCOMPARE(book->scope, QStringLiteral("Tests"));
    QCOMPARE(book->rules.size(), std::size_t(2));
    const Rule& r1 = book->rules[0];
    QCOMPARE(r1.parameter, QStringLiteral("technicalWeight"));
    QCOMPARE(r1.min, std::optional<double>(50));
    QCOMPARE(r1.max, std::optional<double>(80));
    QCOMPARE(r1.methods, QStringList{QStringLiteral("QCBS")});
    QCOMPARE(r1.severity, Problem::Severity::Error);
    const Rule& r2 = book->rules[1];
    QCOMPARE(r2.oneOf, QStringList{QStringLiteral("marks")});
    QCOMPARE(r2.severity, Problem::Severity::Warning);
    QVERIFY(r2.methods.isEmpty());

    // The parsed rules work: normalised technical scores breach r2, 85% breaches r1.
    Tender t = compliant(QString()).qcbs(85, 15).normalised().build();
    const Problems found = checkTender(t, *book);
    QCOMPARE(found.size(), qsizetype(2));
    QCOMPARE(found[0].where, QStringLiteral("tender.technicalWeight"));
    QCOMPARE(found[1].where, QStringLiteral("tender.evaluation.technicalScore"));
    QCOMPARE(found[1].severity, Problem::Severity::Warning);
}

void TestRulebook::parseProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    const QByteArray head = R"("id": "t", "name": "T", "scope": "S")";
    const auto withRules = [&](const QByteArray& rules) -> QByteArray {
        return QByteArray("{") + head + QByteArray(R"(, "rules": )") + rules + QByteArray("}");
    };
    const char* good =
        R"({"id": "r", "parameter": "technicalWeight", "max": 80, "severity": "error", "text": "T", "source": "S"})";

    QTest::newRow("text that is not JSON") << QByteArray("{\"id\": ") << QStringLiteral("test.json")
                                           << QStringLiteral("not a JSON object");
    QTest::newRow("a JSON array instead of an object")
        << QByteArray("[]") << QStringLiteral("test.json") << QStringLiteral("not a JSON object");
    QTest::newRow("a rulebook without its id")
        << QByteArray(R"({"name": "T", "scope": "S", "rules": []})")
        << QStringLiteral("test.json: id") << QStringLiteral("the rulebook needs \"id\"");
    QTest::newRow("a rulebook whose name is not text")
        << QByteArray(R"({"id": "t", "name": 5, "scope": "S", "rules": []})")
        << QStringLiteral("test.json: name") << QStringLiteral("the rulebook needs \"name\"");
    QTest::newRow("a rulebook without rules")
        << QByteArray(QByteArray("{") + head + QByteArray("}"))
        << QStringLiteral("test.json: rules") << QStringLiteral("the rulebook needs a rules array");
    QTest::newRow("rules that are not an array")
        << withRules("{}") << QStringLiteral("test.json: rules") << QStringLiteral("rules array");
    QTest::newRow("a rule without its text")
        << withRules(
               R"([{"id": "r", "parameter": "technicalWeight", "max": 80, "severity": "error", "source": "S"}])")
        << QStringLiteral("test.json: rules[0].text")
        << QStringLiteral("a rule needs the text field \"text\"");
    QTest::newRow("a rule without its source, second in the list")
        << withRules(
               QByteArray("[") + good +
               R"(, {"id": "r2", "parameter": "technicalWeight", "max": 80, "severity": "error", "text": "T"}])")
        << QStringLiteral("test.json: rules[1].source") << QStringLiteral("\"source\"");
    QTest::newRow("a severity that is neither error nor warning")
        << withRules(
               R"([{"id": "r", "parameter": "technicalWeight", "max": 80, "severity": "fatal", "text": "T", "source": "S"}])")
        << QStringLiteral("test.json: rules[0].severity")
        << QStringLiteral("severity must be \"error\" or \"warning\"");
    QTest::newRow("an unknown parameter")
        << withRules(
               R"([{"id": "r", "parameter": "budget", "max": 80, "severity": "error", "text": "T", "source": "S"}])")
        << QStringLiteral("test.json: rules[0].parameter")
        << QStringLiteral("unknown parameter \"budget\"");
    QTest::newRow("a rule with no limit")
        << withRules(
               R"([{"id": "r", "parameter": "technicalWeight", "severity": "error", "text": "T", "source": "S"}])")
        << QStringLiteral("test.json: rules[0]")
        << QStringLiteral("a rule needs min, max or oneOf");
    QTest::newRow("a rule that is not an object")
        << withRules("[42]") << QStringLiteral("test.json: rules[0]")
        << QStringLiteral("a rule must be an object");
    QTest::newRow("a limit written as text")
        << withRules(
               R"([{"id": "r", "parameter": "technicalWeight", "min": "50", "max": 80, "severity": "error", "text": "T", "source": "S"}])")
        << QStringLiteral("test.json: rules[0].min") << QStringLiteral("number");
    QTest::newRow("an allowed value that is null")
        << withRules(
               R"([{"id": "r", "parameter": "method", "oneOf": ["QCBS", null], "severity": "error", "text": "T", "source": "S"}])")
        << QStringLiteral("test.json: rules[0].oneOf[1]") << QStringLiteral("text or a number");
    QTest::newRow("a method that is an object")
        << withRules(
               R"([{"id": "r", "parameter": "technicalWeight", "max": 80, "methods": [{}], "severity": "error", "text": "T", "source": "S"}])")
        << QStringLiteral("test.json: rules[0].methods[0]") << QStringLiteral("text or a number");
}

void TestRulebook::parseProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, message);

    Problems problems;
    std::optional<Rulebook> book;
    try {
        book = parseRulebook(json, QStringLiteral("test.json"), &problems);
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QStringLiteral("parseRulebook threw instead of reporting a problem: ") +
                         QString::fromUtf8(e.what())));
    }
    QVERIFY(!book);
    const auto it = std::find_if(problems.begin(), problems.end(),
                                 [&](const Problem& p) { return p.where == where; });
    QVERIFY2(it != problems.end(), qPrintable(describe(problems)));
    QVERIFY(it->isError());
    QVERIFY2(it->message.contains(message), qPrintable(it->message));
}

QTEST_GUILESS_MAIN(TestRulebook)
#include "tst_rulebook.moc"
