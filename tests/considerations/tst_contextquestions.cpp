// The context questions (resources/considerations/context-questions.json):
// one per consideration of Table 3, each answer mapped to the leaning and the
// Table 3 cell documented in docs/considerations.md.
#include "considerations/Assessment.h"
#include "considerations/ContextQuestions.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>

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

// One row of the mapping tables in docs/considerations.md.
struct Documented
{
    QString consideration;
    QString option;
    QString leaning;
    QString cell; // "open text", "proprietary notes"...
};

QList<Documented> documentedMapping()
{
    const QString doc =
        QString::fromUtf8(readFile(QStringLiteral(TULANA_SOURCE_DIR "/docs/considerations.md")));
    static const QRegularExpression heading(QStringLiteral("^### .*\\(`([a-z-]+)`\\)$"));
    static const QRegularExpression row(
        QStringLiteral("^\\| `([a-z-]+)`: [^|]+ \\| (open|proprietary|neutral) \\| "
                       "((?:open|proprietary) (?:text|notes)) \\| [^|]+ \\|$"));
    QList<Documented> out;
    QString consideration;
    for (const QString& line : doc.split(u'\n')) {
        if (const auto h = heading.match(line); h.hasMatch())
            consideration = h.captured(1);
        else if (const auto r = row.match(line); r.hasMatch())
            out << Documented{consideration, r.captured(1), r.captured(2), r.captured(3)};
    }
    return out;
}

json shippedJson()
{
    return json::parse(
        readFile(QStringLiteral(":/tulana/considerations/context-questions.json")).toStdString());
}

ContextAnswers answer(const char* consideration, const char* option)
{
    ContextAnswers a;
    a.answers[QString::fromUtf8(consideration)] = {QString::fromUtf8(option), QString()};
    return a;
}

} // namespace

class TestContextQuestions : public QObject
{
    Q_OBJECT

private slots:
    void theShippedQuestionsLoadCleanly();
    void thereIsOneQuestionPerConsiderationInTableOrder();
    void everyAnswerIsDocumentedAndNoOther();
    void eachAnswerMapsToItsDocumentedLeaning_data();
    void eachAnswerMapsToItsDocumentedLeaning();
    void anAnswerQuotesTheTable3CellThatSupportsIt_data();
    void anAnswerQuotesTheTable3CellThatSupportsIt();
    void anUnansweredConsiderationHasNoLeaning();
    void brokenQuestionFilesAreRefused_data();
    void brokenQuestionFilesAreRefused();
    void everyTextHasItsHindiAndEnglishStaysTheDefault();
};

void TestContextQuestions::theShippedQuestionsLoadCleanly()
{
    const ContextQuestionsLoad load = readContextQuestions(
        readFile(QStringLiteral(":/tulana/considerations/context-questions.json")), table3());
    QVERIFY2(load.questions, qPrintable(describe(load.problems)));
    QVERIFY2(load.problems.isEmpty(), qPrintable(describe(load.problems)));
}

void TestContextQuestions::thereIsOneQuestionPerConsiderationInTableOrder()
{
    QStringList asked;
    int proprietaryQuestions = 0;
    for (const ContextQuestion& q : contextQuestions().questions) {
        asked << q.consideration;
        QVERIFY2(!q.question.isEmpty() && q.options.size() >= 3, qPrintable(q.consideration));
        bool open = false, proprietary = false;
        for (const ContextOption& o : q.options) {
            open = open || o.leaning == Leaning::FavoursOpen;
            proprietary = proprietary || o.leaning == Leaning::FavoursProprietary;
        }
        // Every answer set can favour open source; all but data sensitivity
        // (where Table 3 names no advantage of proprietary systems) can
        // favour proprietary.
        QVERIFY2(open, qPrintable(q.consideration));
        proprietaryQuestions += proprietary ? 1 : 0;
        if (q.consideration == u"data-sensitivity")
            QVERIFY(!proprietary);
    }
    QCOMPARE(proprietaryQuestions, 5);
    QCOMPARE(asked, table3().ids());
}

void TestContextQuestions::everyAnswerIsDocumentedAndNoOther()
{
    QStringList documented;
    for (const Documented& d : documentedMapping())
        documented << d.consideration + u'/' + d.option;
    QStringList shipped;
    for (const ContextQuestion& q : contextQuestions().questions)
        for (const ContextOption& o : q.options)
            shipped << q.consideration + u'/' + o.id;
    QCOMPARE(documented, shipped);
}

void TestContextQuestions::eachAnswerMapsToItsDocumentedLeaning_data()
{
    QTest::addColumn<QString>("consideration");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("leaning");
    QTest::addColumn<QString>("cell");
    const QList<Documented> rows = documentedMapping();
    QVERIFY(rows.size() >= 18);
    for (const Documented& d : rows)
        QTest::newRow(
            qPrintable(QStringLiteral("%1: %2 %3")
                           .arg(d.consideration, d.option,
                                d.leaning == u"neutral" ? QStringLiteral("is neutral")
                                                        : QStringLiteral("favours ") + d.leaning)))
            << d.consideration << d.option << d.leaning << d.cell;
}

void TestContextQuestions::eachAnswerMapsToItsDocumentedLeaning()
{
    QFETCH(QString, consideration);
    QFETCH(QString, option);
    QFETCH(QString, leaning);
    QFETCH(QString, cell);
    ContextAnswers answers;
    answers.answers[consideration] = {option, QStringLiteral("note")};
    const auto assessed = assessContext(answers);
    const auto it =
        std::find_if(assessed.begin(), assessed.end(), [&](const ConsiderationAssessment& a) {
            return a.consideration == consideration;
        });
    QVERIFY(it != assessed.end());
    QVERIFY(it->answered);
    QCOMPARE(toKey(it->leaning), leaning);
    QCOMPARE(toKey(it->supportSide) + u' ' + toKey(it->supportPart), cell);
    const Table3Row* row = table3().row(consideration);
    QVERIFY(row);
    QCOMPARE(it->support, row->cell(it->supportSide).part(it->supportPart));
    QVERIFY(!it->support.isEmpty());
    QVERIFY(!it->rationale.isEmpty());
    QCOMPARE(it->note, QStringLiteral("note"));
}

void TestContextQuestions::anAnswerQuotesTheTable3CellThatSupportsIt_data()
{
    QTest::addColumn<QString>("consideration");
    QTest::addColumn<QString>("option");
    QTest::addColumn<int>("leaning");
    QTest::addColumn<QString>("quote");
    QTest::newRow("urgent deployment favours proprietary: turnkey")
        << QStringLiteral("time-to-deploy") << QStringLiteral("urgent")
        << int(Leaning::FavoursProprietary)
        << QStringLiteral("Best for urgent, turnkey deployment needs.");
    QTest::newRow("personal data favours open: kept within government systems")
        << QStringLiteral("data-sensitivity") << QStringLiteral("personal")
        << int(Leaning::FavoursOpen)
        << QStringLiteral("Data can be stored within government systems");
    QTest::newRow("a tight budget with skills favours open: no licensing fees")
        << QStringLiteral("resource-constraints") << QStringLiteral("tight-with-skills")
        << int(Leaning::FavoursOpen) << QStringLiteral("No licensing fees");
    QTest::newRow("poorly understood risks favour proprietary: controlled deployment")
        << QStringLiteral("risk-mitigation") << QStringLiteral("poorly-understood")
        << int(Leaning::FavoursProprietary) << QStringLiteral("unknown-unknowns");
    QTest::newRow("a re-tendered maintenance contract favours open: new vendors")
        << QStringLiteral("maintenance") << QStringLiteral("any-vendor")
        << int(Leaning::FavoursOpen) << QStringLiteral("seek and accept new vendors");
    QTest::newRow("no customisation favours proprietary: predetermined roadmaps")
        << QStringLiteral("customisation") << QStringLiteral("little")
        << int(Leaning::FavoursProprietary) << QStringLiteral("predetermined technology roadmaps");
    QTest::newRow("public data is neutral")
        << QStringLiteral("data-sensitivity") << QStringLiteral("public") << int(Leaning::Neutral)
        << QStringLiteral("third-party vendors");
}

void TestContextQuestions::anAnswerQuotesTheTable3CellThatSupportsIt()
{
    QFETCH(QString, consideration);
    QFETCH(QString, option);
    QFETCH(int, leaning);
    QFETCH(QString, quote);
    const auto assessed =
        assessContext(answer(consideration.toUtf8().constData(), option.toUtf8().constData()));
    for (const ConsiderationAssessment& a : assessed) {
        if (a.consideration != consideration) {
            QVERIFY(!a.answered);
            continue;
        }
        QCOMPARE(int(a.leaning), leaning);
        QVERIFY2(a.support.contains(quote), qPrintable(a.support));
    }
}

void TestContextQuestions::anUnansweredConsiderationHasNoLeaning()
{
    ContextAnswers answers;
    answers.answers[QStringLiteral("maintenance")] = {QString(), QStringLiteral("to be decided")};
    answers.answers[QStringLiteral("time-to-deploy")] = {QStringLiteral("no-such-answer"), {}};
    for (const ConsiderationAssessment& a : assessContext(answers)) {
        QVERIFY2(!a.answered, qPrintable(a.consideration));
        QCOMPARE(a.leaning, Leaning::Neutral);
        QVERIFY(a.support.isEmpty());
        QCOMPARE(a.note,
                 a.consideration == u"maintenance" ? QStringLiteral("to be decided") : QString());
    }
}

void TestContextQuestions::brokenQuestionFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("fragment");
    const auto text = [](const json& j) { return QByteArray::fromStdString(j.dump()); };

    json j = shippedJson();
    j["questions"][1]["options"][0]["hi"]["lable"] = "x";
    QTest::newRow("a misspelt Hindi text is refused")
        << text(j) << QStringLiteral("questions[1].options[0].hi.lable")
        << QStringLiteral("unknown field");

    j = shippedJson();
    j["questions"][4]["options"][0]["leaning"] = "maybe";
    QTest::newRow("an unknown leaning is refused")
        << text(j) << QStringLiteral("questions[4].options[0].leaning")
        << QStringLiteral("not a leaning");

    j = shippedJson();
    j["questions"][3]["options"][0]["support"] = {{"side", "open"}, {"part", "notes"}};
    QTest::newRow("a leaning supported by a blank cell is refused")
        << text(j) << QStringLiteral("questions[3].options[0].support")
        << QStringLiteral("blank in Table 3");

    j = shippedJson();
    j["questions"][0]["consideration"] = "cost";
    QTest::newRow("a question about no consideration is refused")
        << text(j) << QStringLiteral("questions[0].consideration")
        << QStringLiteral("no consideration of Table 3");

    j = shippedJson();
    std::swap(j["questions"][0], j["questions"][1]);
    QTest::newRow("questions out of Table 3's order are refused")
        << text(j) << QStringLiteral("questions") << QStringLiteral("must follow Table 3");

    j = shippedJson();
    j["questions"][2]["options"][1]["id"] = j["questions"][2]["options"][0]["id"];
    QTest::newRow("an answer listed twice is refused")
        << text(j) << QStringLiteral("questions[2].options[1].id")
        << QStringLiteral("listed twice");

    j = shippedJson();
    j["questions"][5]["options"][2].erase("support");
    QTest::newRow("an answer without its supporting cell is refused")
        << text(j) << QStringLiteral("questions[5].options[2].support")
        << QStringLiteral("needs the Table 3 cell");
}

void TestContextQuestions::brokenQuestionFilesAreRefused()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, where);
    QFETCH(QString, fragment);
    const ContextQuestionsLoad load = readContextQuestions(document, table3());
    QVERIFY(!load.questions);
    bool found = false;
    for (const Problem& p : load.problems)
        found = found || (p.where == where && p.message.contains(fragment));
    QVERIFY2(found, qPrintable(describe(load.problems)));
}

void TestContextQuestions::everyTextHasItsHindiAndEnglishStaysTheDefault()
{
    const QByteArray file =
        readFile(QStringLiteral(":/tulana/considerations/context-questions.json"));
    const ContextQuestionsLoad english = readContextQuestions(file, table3());
    const ContextQuestionsLoad hindi = readContextQuestions(file, table3(), QStringLiteral("hi"));
    QVERIFY(english.questions && hindi.questions);
    const auto devanagari = [](const QString& s) {
        return std::any_of(s.begin(), s.end(),
                           [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; });
    };
    const auto& en = english.questions->questions;
    const auto& hi = hindi.questions->questions;
    QCOMPARE(hi.size(), en.size());
    for (std::size_t q = 0; q < en.size(); ++q) {
        QVERIFY2(!devanagari(en[q].question) && devanagari(hi[q].question),
                 qPrintable(en[q].consideration));
        QCOMPARE(hi[q].options.size(), en[q].options.size());
        for (std::size_t o = 0; o < en[q].options.size(); ++o) {
            // Same answers, same leanings; only the words change.
            QCOMPARE(hi[q].options[o].id, en[q].options[o].id);
            QVERIFY(hi[q].options[o].leaning == en[q].options[o].leaning);
            QVERIFY2(devanagari(hi[q].options[o].label) && devanagari(hi[q].options[o].rationale),
                     qPrintable(en[q].options[o].id));
            QVERIFY(!devanagari(en[q].options[o].label));
        }
    }
    // Table 3's names in Hindi; its cells stay as the brief prints them.
    const Table3Load table =
        readTable3(readFile(QStringLiteral(":/tulana/table3/table3.json")), QStringLiteral("hi"));
    QVERIFY(table.table);
    for (const Table3Row& row : table.table->rows) {
        QVERIFY2(devanagari(row.name), qPrintable(row.id));
        QVERIFY(!devanagari(row.open.text));
    }
}

QTEST_GUILESS_MAIN(TestContextQuestions)
#include "tst_contextquestions.moc"
