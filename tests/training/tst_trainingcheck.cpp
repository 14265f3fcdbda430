// A broken case gives a located error for each kind of broken reference:
// each row changes one thing in a copy of the good fixture pack and expects
// a problem at the place of the change.
#include "training/TrainingLoad.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>

using namespace tulana;
using namespace tulana::training;
using nlohmann::json;

Q_DECLARE_METATYPE(std::function<void(json&)>)

namespace {

const QString kGoodPack = QStringLiteral(TULANA_TEST_DATA "/../training/data/good-pack");
const QString kCase = QStringLiteral("cases/rank-reversal/case.json");
const QString kTender = QStringLiteral("cases/rank-reversal/tender.tulana");

using Edit = std::function<void(json&)>;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Copies the good pack into `dir`.
void copyGoodPack(const QString& dir)
{
    QDir(dir).mkpath(QStringLiteral("cases/rank-reversal"));
    for (const QString& file :
         {QStringLiteral("pack.json"), QStringLiteral("sources.json"), kCase, kTender})
        writeAll(dir + QLatin1Char('/') + file, readAll(kGoodPack + QLatin1Char('/') + file));
}

void editJson(const QString& path, const Edit& edit)
{
    json j = json::parse(readAll(path).toStdString());
    edit(j);
    writeAll(path, QByteArray::fromStdString(j.dump(2)));
}

QString listed(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

bool hasProblemAt(const Problems& problems, const QString& where, const QString& words)
{
    return std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
        return p.isError() && p.where == where && p.message.contains(words);
    });
}

} // namespace

class TestTrainingCheck : public QObject
{
    Q_OBJECT
private slots:
    void brokenCaseIsLocated_data();
    void brokenCaseIsLocated();
    void brokenPackIsLocated_data();
    void brokenPackIsLocated();
    void duplicateCaseIdIsLocated();
    void modelAnswerFailingItsChecklistIsAWarning();
    void problemsCarryTheirLine();
    void badJsonGivesLineAndColumn();
    void tenderWithErrorsIsReportedUnderItsName();
    void brokenCaseIsLeftOutOfThePack();
};

void TestTrainingCheck::brokenCaseIsLocated_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("words");
    const auto q = [](int i) -> std::function<json&(json&)> {
        return [i](json& j) -> json& { return j["questions"][std::size_t(i)]; };
    };
    QTest::newRow("unknown goal") << Edit([=](json& j) { q(0)(j)["goal"] = "nope"; })
                                  << "questions[0].goal"
                                  << "no goal has the id \"nope\"";
    QTest::newRow("unknown source")
        << Edit([=](json& j) { q(0)(j)["sources"][0] = "nope"; }) << "questions[0].sources[0]"
        << "not a source";
    QTest::newRow("unknown anchor")
        << Edit([](json& j) { j["steps"][0]["anchor"] = "page.nope"; }) << "steps[0].anchor"
        << "not an anchor";
    QTest::newRow("unknown option")
        << Edit([=](json& j) { q(0)(j)["answer"] = "W"; }) << "questions[0].answer"
        << "option \"W\" is not among the options X, Y, Z";
    QTest::newRow("unknown option among several right ones")
        << Edit([=](json& j) { q(6)(j)["answers"][1] = "d"; }) << "questions[6].answers[1]"
        << "option \"d\"";
    QTest::newRow("unknown consideration")
        << Edit([=](json& j) { q(3)(j)["answer"] = "cost"; }) << "questions[3].answer"
        << "not a consideration of Table 3";
    QTest::newRow("missing tender")
        << Edit([](json& j) { j["tender"] = "missing.tulana"; }) << "tender"
        << "does not exist";
    QTest::newRow("question asked by no step")
        << Edit([](json& j) { j["steps"][1]["questions"].erase(2); }) << "questions[5].id"
        << "asked by no step";
    QTest::newRow("question asked twice")
        << Edit([](json& j) { j["steps"][2]["questions"].push_back("q-winner"); })
        << "steps[2].questions[1]"
        << "already asked at steps[0].questions[0]";
    QTest::newRow("step asks an unknown question")
        << Edit([](json& j) { j["steps"][0]["questions"].push_back("q-nope"); })
        << "steps[0].questions[3]"
        << "no question has the id \"q-nope\"";
    QTest::newRow("duplicate question id")
        << Edit([=](json& j) { q(1)(j)["id"] = "q-winner"; }) << "questions[1].id"
        << "used twice (first at questions[0].id)";
    QTest::newRow("duplicate goal id")
        << Edit([](json& j) { j["goals"][1]["id"] = "qcbs-scores"; }) << "goals[1].id"
        << "used twice";
    QTest::newRow("duplicate option id")
        << Edit([=](json& j) { q(0)(j)["options"][2]["id"] = "Y"; }) << "questions[0].options[2].id"
        << "used twice";
    QTest::newRow("goal with no question") << Edit([](json& j) {
        j["goals"].push_back({{"id", "orphan"}, {"text", "Alone"}});
    }) << "goals[2].id"
                                           << "no question assesses";
    QTest::newRow("answerFrom names an unknown bid")
        << Edit([=](json& j) { q(1)(j)["answerFrom"]["bid"] = "Q"; })
        << "questions[1].answerFrom.bid"
        << "no bid of the tender has the id \"Q\"";
    QTest::newRow("answerFrom excludes an unknown bid")
        << Edit([=](json& j) { q(2)(j)["answerFrom"]["exclude"][0] = "Q"; })
        << "questions[2].answerFrom.exclude[0]"
        << "\"Q\"";
    QTest::newRow("answerFrom asks the rank of an excluded bid")
        << Edit([=](json& j) { q(2)(j)["answerFrom"]["bid"] = "Z"; }) << "questions[2].answerFrom"
        << "bid Z has no rank";
    QTest::newRow("answerFrom asks an unknown value")
        << Edit([=](json& j) { q(1)(j)["answerFrom"]["value"] = "price"; })
        << "questions[1].answerFrom.value"
        << "\"price\" is not one of";
    QTest::newRow("negative tolerance")
        << Edit([=](json& j) { q(1)(j)["tolerance"] = -1; }) << "questions[1].tolerance"
        << "zero or more";
    QTest::newRow("number without answer")
        << Edit([=](json& j) { q(5)(j).erase("answer"); }) << "questions[5].answer"
        << "needs \"answer\" or \"answerFrom\"";
    QTest::newRow("unknown kind") << Edit([=](json& j) { q(0)(j)["kind"] = "essay"; })
                                  << "questions[0].kind"
                                  << "\"essay\" is not one of";
    QTest::newRow("field of another kind")
        << Edit([=](json& j) { q(0)(j)["tolerance"] = 1; }) << "questions[0].tolerance"
        << "unknown field";
    QTest::newRow("misspelt translation")
        << Edit([=](json& j) { q(0)(j)["hi"]["promt"] = "x"; }) << "questions[0].hi.promt"
        << "unknown field";
    QTest::newRow("no source cited")
        << Edit([=](json& j) { q(0)(j)["sources"] = json::array(); }) << "questions[0].sources"
        << "cite at least one source";
    QTest::newRow("case id with capitals")
        << Edit([](json& j) { j["id"] = "Rank Reversal"; }) << "id"
        << "not a valid id";
    QTest::newRow("wrong version") << Edit([](json& j) { j["version"] = 2; }) << "version"
                                   << "version 2 is not supported";
    QTest::newRow("missing prompt")
        << Edit([=](json& j) { q(4)(j).erase("prompt"); }) << "questions[4].prompt"
        << "required field";
    QTest::newRow("concept without terms")
        << Edit([=](json& j) { q(7)(j)["mustMention"][1]["anyOf"] = json::array(); })
        << "questions[7].mustMention[1].anyOf"
        << "at least one term";
}

void TestTrainingCheck::brokenCaseIsLocated()
{
    QFETCH(Edit, edit);
    QFETCH(QString, where);
    QFETCH(QString, words);
    QTemporaryDir dir;
    copyGoodPack(dir.path());
    editJson(dir.filePath(kCase), edit);
    const PackLoad load = loadPack(dir.path());
    const QString located = kCase + QStringLiteral(": ") + where;
    QVERIFY2(hasProblemAt(load.problems, located, words),
             qPrintable(QStringLiteral("expected at %1 (\"%2\"), got:\n%3")
                            .arg(located, words, listed(load.problems))));
    // The same problems when the case is checked alone, named by its path.
    const CaseLoad alone = loadCase(dir.filePath(kCase));
    QVERIFY2(
        hasProblemAt(alone.problems, dir.filePath(kCase) + QStringLiteral(": ") + where, words),
        qPrintable(listed(alone.problems)));
}

void TestTrainingCheck::brokenPackIsLocated_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("words");
    QTest::newRow("case listed twice")
        << Edit([](json& j) { j["cases"].push_back("cases/rank-reversal/"); })
        << "pack.json: cases[1]"
        << "already listed at pack.json: cases[0]";
    QTest::newRow("missing case") << Edit([](json& j) { j["cases"].push_back("cases/nowhere"); })
                                  << "pack.json: cases[1]"
                                  << "no case file";
    QTest::newRow("wrong format") << Edit([](json& j) { j["format"] = "tulana-tender"; })
                                  << "pack.json: format"
                                  << "expected \"tulana-training-pack\"";
    QTest::newRow("no cases list") << Edit([](json& j) { j.erase("cases"); }) << "pack.json: cases"
                                   << "required field";
    QTest::newRow("a pass mark above 100%")
        << Edit([](json& j) { j["passMark"] = 150; }) << "pack.json: passMark"
        << "more than 0 and at most 100, not 150";
    QTest::newRow("a pass mark of 0%")
        << Edit([](json& j) { j["passMark"] = 0; }) << "pack.json: passMark"
        << "more than 0 and at most 100";
    QTest::newRow("a pass mark written as text")
        << Edit([](json& j) { j["passMark"] = "60%"; }) << "pack.json: passMark"
        << "";
    QTest::newRow("an issuer that is not text")
        << Edit([](json& j) { j["issuer"] = 7; }) << "pack.json: issuer"
        << "";
}

void TestTrainingCheck::brokenPackIsLocated()
{
    QFETCH(Edit, edit);
    QFETCH(QString, where);
    QFETCH(QString, words);
    QTemporaryDir dir;
    copyGoodPack(dir.path());
    editJson(dir.filePath(QStringLiteral("pack.json")), edit);
    const PackLoad load = loadPack(dir.path());
    QVERIFY2(hasProblemAt(load.problems, where, words), qPrintable(listed(load.problems)));
}

void TestTrainingCheck::duplicateCaseIdIsLocated()
{
    QTemporaryDir dir;
    copyGoodPack(dir.path());
    // A second folder with a copy of the case: same id.
    QDir(dir.path()).mkpath(QStringLiteral("cases/copy"));
    writeAll(dir.filePath(QStringLiteral("cases/copy/case.json")), readAll(dir.filePath(kCase)));
    writeAll(dir.filePath(QStringLiteral("cases/copy/tender.tulana")),
             readAll(dir.filePath(kTender)));
    editJson(dir.filePath(QStringLiteral("pack.json")),
             [](json& j) { j["cases"].push_back("cases/copy"); });
    const PackLoad load = loadPack(dir.path());
    QVERIFY2(
        hasProblemAt(
            load.problems, QStringLiteral("pack.json: cases[1]"),
            QStringLiteral("the case id \"rank-reversal\" is already used by pack.json: cases[0]")),
        qPrintable(listed(load.problems)));
    QCOMPARE(load.pack->cases.size(), std::size_t(1));
}

void TestTrainingCheck::modelAnswerFailingItsChecklistIsAWarning()
{
    QTemporaryDir dir;
    copyGoodPack(dir.path());
    editJson(dir.filePath(kCase), [](json& j) {
        j["questions"][7]["modelAnswer"] =
            "X wins on the combined score and on the lifecycle cost too.";
    });
    const PackLoad load = loadPack(dir.path());
    QVERIFY(!hasErrors(load.problems));
    QCOMPARE(load.problems.size(), 1);
    QCOMPARE(load.problems[0].severity, Problem::Severity::Warning);
    QCOMPARE(load.problems[0].where, kCase + QStringLiteral(": questions[7].modelAnswer"));
    QVERIFY(load.problems[0].message.contains(QLatin1String("\"lock-in\"")));
    QCOMPARE(load.pack->cases.size(), std::size_t(1)); // a warning does not leave the case out
}

void TestTrainingCheck::problemsCarryTheirLine()
{
    QTemporaryDir dir;
    copyGoodPack(dir.path());
    editJson(dir.filePath(kCase), [](json& j) { j["questions"][3]["answer"] = "cost"; });
    const QByteArray text = readAll(dir.filePath(kCase));
    const qsizetype at = text.indexOf("\"cost\"");
    QVERIFY(at > 0);
    const int line = int(text.left(at).count('\n')) + 1;
    const PackLoad load = loadPack(dir.path());
    QVERIFY2(hasProblemAt(load.problems, kCase + QStringLiteral(": questions[3].answer"),
                          QStringLiteral("(line %1)").arg(line)),
             qPrintable(listed(load.problems)));
}

void TestTrainingCheck::badJsonGivesLineAndColumn()
{
    QTemporaryDir dir;
    copyGoodPack(dir.path());
    QByteArray text = readAll(dir.filePath(kCase));
    const QByteArray good = "\"minutes\": 10,";
    const qsizetype at = text.indexOf(good);
    QVERIFY(at > 0);
    text.replace(at, good.size(), "\"minutes\": 10,,");
    writeAll(dir.filePath(kCase), text);
    const int line = int(text.left(at).count('\n')) + 1;

    const PackLoad load = loadPack(dir.path());
    QVERIFY2(std::any_of(load.problems.begin(), load.problems.end(),
                         [&](const Problem& p) {
                             return p.where.startsWith(
                                        kCase + QStringLiteral(", line %1, column").arg(line)) &&
                                    p.message.contains(QLatin1String("not valid JSON"));
                         }),
             qPrintable(listed(load.problems)));
    QVERIFY(load.pack);
    QVERIFY(load.pack->cases.empty());
}

void TestTrainingCheck::tenderWithErrorsIsReportedUnderItsName()
{
    QTemporaryDir dir;
    copyGoodPack(dir.path());
    editJson(dir.filePath(kTender), [](json& j) { j["bids"][0]["price"] = -5; });
    const PackLoad load = loadPack(dir.path());
    QVERIFY2(std::any_of(load.problems.begin(), load.problems.end(),
                         [&](const Problem& p) {
                             return p.isError() &&
                                    p.where == kTender + QStringLiteral(": bids[0].price");
                         }),
             qPrintable(listed(load.problems)));
    QVERIFY2(hasProblemAt(load.problems, kCase + QStringLiteral(": tender"),
                          QStringLiteral("has errors")),
             qPrintable(listed(load.problems)));
}

void TestTrainingCheck::brokenCaseIsLeftOutOfThePack()
{
    QTemporaryDir dir;
    copyGoodPack(dir.path());
    editJson(dir.filePath(kCase), [](json& j) { j["questions"][0]["goal"] = "nope"; });
    const PackLoad load = loadPack(dir.path());
    QVERIFY(load.pack);
    QVERIFY(load.pack->cases.empty());
    QVERIFY(hasErrors(load.problems));
}

QTEST_GUILESS_MAIN(TestTrainingCheck)
#include "tst_trainingcheck.moc"
