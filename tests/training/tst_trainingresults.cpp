// The results file round trip, the xAPI statements and the certificate text.
#include "i18n/Language.h"
#include "training/Certificate.h"
#include "training/TraineeResults.h"
#include "training/TrainingLoad.h"
#include "training/TrainingSession.h"
#include "training/Xapi.h"

#include <QRegularExpression>
#include <QTest>

using namespace tulana;
using namespace tulana::training;
using nlohmann::json;

namespace {

const QString kGoodPack = QStringLiteral(TULANA_TEST_DATA "/../training/data/good-pack");
const QDateTime kStart(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

TrainingPack fixturePack()
{
    const PackLoad load = loadPack(kGoodPack);
    if (!load.pack || load.pack->cases.empty())
        qFatal("the good fixture pack does not load");
    return *load.pack;
}

// One trainee's results: the fixture case done, half right.
TraineeResults sampleResults(const TrainingPack& pack, bool withEmail = true)
{
    TrainingSession session(pack.cases.front(), kStart);
    int minute = 0;
    const auto at = [&] { return kStart.addSecs(60 * ++minute); };
    session.answer(QStringLiteral("q-winner"), Answer::choice({QStringLiteral("X")}), at());
    session.answer(QStringLiteral("q-combined-x"), Answer::value(80.14), at());
    session.answer(QStringLiteral("q-rank-y-without-z"), Answer::value(2), at());
    session.answer(QStringLiteral("q-consideration"),
                   Answer::consideration(QStringLiteral("resource-constraints")), at());
    session.answer(QStringLiteral("q-lifecycle-y"), Answer::value(1), at());
    session.answer(QStringLiteral("q-typed"), Answer::value(3), at());
    session.answer(QStringLiteral("q-which-apply"), Answer::choice({QStringLiteral("a")}), at());
    session.answer(
        QStringLiteral("q-justify"),
        Answer::written(QStringLiteral("X has the lowest lifecycle cost of the three bids here.")),
        at());
    TraineeResults results;
    results.trainee.name = QStringLiteral("Smt. Kavita Nair");
    if (withEmail)
        results.trainee.email = QStringLiteral("kavita.nair@example.gov.in");
    results.language = QStringLiteral("en");
    results.packId = pack.id;
    results.packTitle = pack.title.en;
    results.record(session.result());
    return results;
}

// What a pack with a pass mark announces, as the app copies it into the results.
TraineeResults withAnnouncements(TraineeResults results, double passMark)
{
    results.packVersion = QStringLiteral("2026.1");
    results.issuer = QStringLiteral("Training Cell, Directorate of Procurement");
    results.passMark = passMark;
    results.packPoints = 10;
    return results;
}

QString str(const json& j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>())
                         : QStringLiteral("<not text>");
}

double num(const json& j)
{
    return j.is_number() ? j.get<double>() : -999;
}

const json* find(const json& statements, const std::string& verbEnd, const std::string& objectEnd)
{
    for (const json& s : statements) {
        const std::string verb = s["verb"]["id"];
        const std::string object = s["object"]["id"];
        if (verb.size() >= verbEnd.size() &&
            verb.compare(verb.size() - verbEnd.size(), verbEnd.size(), verbEnd) == 0 &&
            object.size() >= objectEnd.size() &&
            object.compare(object.size() - objectEnd.size(), objectEnd.size(), objectEnd) == 0)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestTrainingResults : public QObject
{
    Q_OBJECT
private slots:
    void resultsRoundTrip();
    void resultsFileProblemsAreLocated();
    void recordReplacesTheSameCase();
    void xapiStatementsHaveTheStructure();
    void xapiActorWithoutEmailUsesAnAccount();
    void xapiCheckFindsBrokenStatements();
    void certificateInEnglish();
    void certificateIdentifierIsBlake2bOfTheRecord_data();
    void certificateIdentifierIsBlake2bOfTheRecord();
    void certificateStatesThePassMarkAndTheIssuer_data();
    void certificateStatesThePassMarkAndTheIssuer();
    void certificateOfAPackWithoutPassMarkSaysSo();
    void certificateIsCheckedFromTheResultsFileAlone();
    void certificateInHindi();
    void certificateLeavesUnfinishedCasesOut();
};

void TestTrainingResults::resultsRoundTrip()
{
    const TrainingPack pack = fixturePack();
    const TraineeResults results = sampleResults(pack);
    const QByteArray bytes = writeResults(results);
    const ResultsLoad load = readResults(bytes);
    QVERIFY2(load.problems.isEmpty(), qPrintable(load.problems.value(0).toString()));
    QVERIFY(load.results);
    QCOMPARE(writeResults(*load.results), bytes);
    const CaseResult& c = load.results->cases.front();
    QCOMPARE(c.caseId, QStringLiteral("rank-reversal"));
    QCOMPARE(c.started, kStart);
    QCOMPARE(c.finished, kStart.addSecs(8 * 60));
    QVERIFY(c.completed);
    // Right: winner 1, combined 2, consideration 1, typed 1, justification 1 of 2 (one concept).
    QCOMPARE(c.points, 6.0);
    QCOMPARE(c.max, 10.0);
    QCOMPARE(c.answers.size(), std::size_t(8));
    QCOMPARE(c.answers[6].response, QStringLiteral("a"));
    QVERIFY(!c.answers[6].correct);
    QCOMPARE(load.results->trainee.email, QStringLiteral("kavita.nair@example.gov.in"));
    const json parsed = json::parse(bytes.toStdString());
    QCOMPARE(str(parsed["format"]), QStringLiteral("tulana-training-results"));
    QCOMPARE(num(parsed["version"]), 1);
}

void TestTrainingResults::resultsFileProblemsAreLocated()
{
    const QByteArray bad = R"({"format": "tulana-training-results", "version": 1,
        "trainee": {"name": "A"}, "cases": [{"id": "x", "points": "ten", "max": 10}]})";
    const ResultsLoad load = readResults(bad);
    QVERIFY(!load.results);
    QVERIFY(std::any_of(load.problems.begin(), load.problems.end(), [](const Problem& p) {
        return p.where == QLatin1String("cases[0].points");
    }));
    const ResultsLoad syntax = readResults("{\n\"format\": }");
    QVERIFY(!syntax.problems.isEmpty());
    QVERIFY(syntax.problems.front().where.contains(QLatin1String("line 2")));
}

void TestTrainingResults::recordReplacesTheSameCase()
{
    const TrainingPack pack = fixturePack();
    TraineeResults results = sampleResults(pack);
    CaseResult again = results.cases.front();
    again.points = 10;
    results.record(again);
    QCOMPARE(results.cases.size(), std::size_t(1));
    QCOMPARE(results.cases.front().points, 10.0);
}

void TestTrainingResults::xapiStatementsHaveTheStructure()
{
    const TrainingPack pack = fixturePack();
    const TraineeResults results = sampleResults(pack);
    const json statements = toXapi(results, QStringLiteral("https://lms.example.in/xapi/"));
    const Problems problems = checkXapiStatements(statements);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    // One "experienced", one "answered" per question, one "completed".
    QCOMPARE(statements.size(), std::size_t(1 + 8 + 1));
    for (const json& s : statements) {
        QCOMPARE(str(s["actor"]["objectType"]), QStringLiteral("Agent"));
        QCOMPARE(str(s["actor"]["name"]), QStringLiteral("Smt. Kavita Nair"));
        QCOMPARE(str(s["actor"]["mbox"]), QStringLiteral("mailto:kavita.nair@example.gov.in"));
        QVERIFY(s.contains("id") && s.contains("timestamp"));
    }
    const std::string caseIri = "https://lms.example.in/xapi/test-pack/rank-reversal";
    const json* experienced = find(statements, "/verbs/experienced", "/rank-reversal");
    QVERIFY(experienced);
    QCOMPARE(str((*experienced)["verb"]["id"]),
             QStringLiteral("http://adlnet.gov/expapi/verbs/experienced"));
    QCOMPARE((*experienced)["object"]["id"].get<std::string>(), caseIri);
    QCOMPARE(str((*experienced)["timestamp"]), QStringLiteral("2026-11-20T10:00:00.000Z"));

    const json* answered = find(statements, "/verbs/answered", "/q-justify");
    QVERIFY(answered);
    QCOMPARE((*answered)["object"]["id"].get<std::string>(), caseIri + "/q-justify");
    QCOMPARE(str((*answered)["object"]["definition"]["type"]),
             QStringLiteral("http://adlnet.gov/expapi/activities/cmi.interaction"));
    QCOMPARE(str((*answered)["object"]["definition"]["interactionType"]),
             QStringLiteral("long-fill-in"));
    QCOMPARE(num((*answered)["result"]["score"]["scaled"]), 0.5);
    QCOMPARE(num((*answered)["result"]["score"]["raw"]), 1.0);
    QCOMPARE(num((*answered)["result"]["score"]["max"]), 2.0);
    QCOMPARE((*answered)["result"]["success"].get<bool>(), false);
    QCOMPARE((*answered)["context"]["contextActivities"]["parent"][0]["id"].get<std::string>(),
             caseIri);

    const json* wrong = find(statements, "/verbs/answered", "/q-which-apply");
    QVERIFY(wrong);
    QCOMPARE(num((*wrong)["result"]["score"]["scaled"]), 0.0);
    QCOMPARE(str((*wrong)["result"]["response"]), QStringLiteral("a"));

    const json* completed = find(statements, "/verbs/completed", "/rank-reversal");
    QVERIFY(completed);
    const double scaled = (*completed)["result"]["score"]["scaled"];
    QVERIFY(scaled >= 0 && scaled <= 1);
    QCOMPARE(scaled, 0.6);
    QCOMPARE((*completed)["result"]["completion"].get<bool>(), true);
    QCOMPARE(str((*completed)["result"]["duration"]), QStringLiteral("PT0H8M0S"));
    // The same results give the same statement ids: a record store keeps one copy.
    QCOMPARE(str(toXapi(results, QStringLiteral("https://lms.example.in/xapi"))[0]["id"]),
             str(statements[0]["id"]));
}

void TestTrainingResults::xapiActorWithoutEmailUsesAnAccount()
{
    const TrainingPack pack = fixturePack();
    TraineeResults results = sampleResults(pack, false);
    results.trainee.account = QStringLiteral("igot-12345");
    results.trainee.accountHomePage = QStringLiteral("https://igotkarmayogi.gov.in");
    json statements = toXapi(results);
    QVERIFY(checkXapiStatements(statements).isEmpty());
    QCOMPARE(str(statements[0]["actor"]["account"]["name"]), QStringLiteral("igot-12345"));
    QCOMPARE(str(statements[0]["actor"]["account"]["homePage"]),
             QStringLiteral("https://igotkarmayogi.gov.in"));
    QVERIFY(!statements[0]["actor"].contains("mbox"));
}

void TestTrainingResults::xapiCheckFindsBrokenStatements()
{
    const TrainingPack pack = fixturePack();
    const json good = toXapi(sampleResults(pack));
    const auto problemAt = [](json statements, const QString& where) {
        const Problems problems = checkXapiStatements(statements);
        return std::any_of(problems.begin(), problems.end(),
                           [&](const Problem& p) { return p.where == where; });
    };
    json s = good;
    s[0].erase("actor");
    QVERIFY(problemAt(s, QStringLiteral("[0].actor")));
    s = good;
    s[0]["actor"]["account"] = {{"homePage", "https://x.in"}, {"name", "n"}};
    QVERIFY(problemAt(s, QStringLiteral("[0].actor"))); // two identifiers
    s = good;
    s[1]["verb"]["id"] = "answered";
    QVERIFY(problemAt(s, QStringLiteral("[1].verb.id")));
    s = good;
    s[1]["result"]["score"]["scaled"] = 1.5;
    QVERIFY(problemAt(s, QStringLiteral("[1].result.score.scaled")));
    s = good;
    s[1]["result"]["score"]["raw"] = 7;
    QVERIFY(problemAt(s, QStringLiteral("[1].result.score.raw")));
    s = good;
    s[2]["object"]["objectType"] = "Thing";
    QVERIFY(problemAt(s, QStringLiteral("[2].object.objectType")));
    s = good;
    s[2]["mood"] = "happy";
    QVERIFY(problemAt(s, QStringLiteral("[2].mood")));
    s = good;
    s[9]["result"]["duration"] = "8 minutes";
    QVERIFY(problemAt(s, QStringLiteral("[9].result.duration")));
    s = good;
    s[0]["timestamp"] = "yesterday";
    QVERIFY(problemAt(s, QStringLiteral("[0].timestamp")));
}

void TestTrainingResults::certificateInEnglish()
{
    i18n::ScopedLanguage english(QStringLiteral("en"));
    const TrainingPack pack = fixturePack();
    const TraineeResults results = sampleResults(pack);
    const CertificateContent c = certificate(results, QDate(2026, 11, 22), &pack);
    QCOMPARE(c.traineeName, QStringLiteral("Smt. Kavita Nair"));
    QCOMPARE(c.date, QStringLiteral("22 November 2026"));
    QCOMPARE(c.cases.size(), std::size_t(1));
    QCOMPARE(c.cases[0].caseTitle, QStringLiteral("A losing bid decides the winner"));
    QCOMPARE(c.cases[0].score, QStringLiteral("6 of 10 points (60%)"));
    QCOMPARE(c.cases[0].finished, QStringLiteral("20 November 2026"));
    QVERIFY(c.statement.contains(QLatin1String("A pack for the tests")));
    QCOMPARE(c.identifier, certificateIdentifier(results, QDate(2026, 11, 22)));
    // 16 bytes of BLAKE2b as eight groups of four hex digits.
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{4}(-[0-9a-f]{4}){7}$"))
                 .match(c.identifier)
                 .hasMatch(),
             qPrintable(c.identifier));
    const QString text = c.toText();
    for (const QString& part :
         {c.title, c.traineeName, c.cases[0].caseTitle, c.date, c.identifier, c.outcome, c.issuer})
        QVERIFY2(text.contains(part), qPrintable(part));
    // A change in the results changes the identifier.
    TraineeResults changed = results;
    changed.cases.front().points = 7;
    QVERIFY(certificateIdentifier(changed, QDate(2026, 11, 22)) != c.identifier);
}

void TestTrainingResults::certificateIdentifierIsBlake2bOfTheRecord_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("another score gives another identifier") << QStringLiteral("points");
    QTest::newRow("another name gives another identifier") << QStringLiteral("name");
    QTest::newRow("another date of issue gives another identifier") << QStringLiteral("date");
    QTest::newRow("another pass mark gives another identifier") << QStringLiteral("passMark");
    QTest::newRow("another pack version gives another identifier") << QStringLiteral("packVersion");
    QTest::newRow("another finishing time gives another identifier") << QStringLiteral("finished");
}

void TestTrainingResults::certificateIdentifierIsBlake2bOfTheRecord()
{
    QFETCH(QString, field);
    const TrainingPack pack = fixturePack();
    TraineeResults results = withAnnouncements(sampleResults(pack), 60);
    const QDate issued(2026, 11, 22);
    const QString id = certificateIdentifier(results, issued);
    QCOMPARE(id, certificateIdentifier(results, issued)); // the same content, the same id
    QDate otherDate = issued;
    if (field == QLatin1String("points"))
        results.cases.front().points += 0.5;
    else if (field == QLatin1String("name"))
        results.trainee.name += QLatin1Char('.');
    else if (field == QLatin1String("date"))
        otherDate = issued.addDays(1);
    else if (field == QLatin1String("passMark"))
        results.passMark = 59;
    else if (field == QLatin1String("packVersion"))
        results.packVersion = QStringLiteral("2026.2");
    else if (field == QLatin1String("finished"))
        results.cases.front().finished = results.cases.front().finished.addSecs(60);
    const QString other = certificateIdentifier(results, otherDate);
    QVERIFY2(other != id, qPrintable(other));
    QVERIFY(!certificateMatches(results, otherDate, id));
    QVERIFY(certificateMatches(results, otherDate, other.toUpper().remove(QLatin1Char('-'))));
}

void TestTrainingResults::certificateStatesThePassMarkAndTheIssuer_data()
{
    QTest::addColumn<double>("passMark");
    QTest::addColumn<bool>("passed");
    // The fixture case is worth 10 points, the trainee has 6.
    QTest::newRow("60% of 10 points: 6 points pass, exactly") << 60.0 << true;
    QTest::newRow("61% of 10 points: 6 points do not pass") << 61.0 << false;
}

void TestTrainingResults::certificateStatesThePassMarkAndTheIssuer()
{
    QFETCH(double, passMark);
    QFETCH(bool, passed);
    i18n::ScopedLanguage english(QStringLiteral("en"));
    const TrainingPack pack = fixturePack();
    const TraineeResults results = withAnnouncements(sampleResults(pack), passMark);
    const CertificateContent c = certificate(results, QDate(2026, 11, 22), &pack);
    QCOMPARE(c.passed, std::optional<bool>(passed));
    QVERIFY2(c.outcome.contains(QStringLiteral("%1% of its 10 points").arg(passMark)),
             qPrintable(c.outcome));
    QVERIFY2(
        c.outcome.endsWith(passed ? QLatin1String(": passed.") : QLatin1String(": not passed.")),
        qPrintable(c.outcome));
    QCOMPARE(c.issuer, QStringLiteral("Issued by: Training Cell, Directorate of Procurement"));
}

void TestTrainingResults::certificateOfAPackWithoutPassMarkSaysSo()
{
    i18n::ScopedLanguage english(QStringLiteral("en"));
    const TrainingPack pack = fixturePack();
    QVERIFY(!pack.passMark); // an older pack: it still loads
    const TraineeResults results = sampleResults(pack);
    const CertificateContent c = certificate(results, QDate(2026, 11, 22), &pack);
    QVERIFY(!c.passed);
    QVERIFY2(c.outcome.startsWith(QLatin1String("No pass mark was announced")),
             qPrintable(c.outcome));
    QVERIFY2(c.issuer.startsWith(QLatin1String("No issuing body")), qPrintable(c.issuer));
    QVERIFY(!c.identifier.isEmpty());
}

void TestTrainingResults::certificateIsCheckedFromTheResultsFileAlone()
{
    const TrainingPack pack = fixturePack();
    const TraineeResults results = withAnnouncements(sampleResults(pack), 60);
    const QDate issued(2026, 11, 22);
    const QString id = certificateIdentifier(results, issued);
    // What the trainer holds: the exported file, read back.
    const QByteArray file = writeResults(results);
    const ResultsLoad load = readResults(file);
    QVERIFY(load.results);
    QCOMPARE(load.results->passMark, std::optional<double>(60));
    QCOMPARE(load.results->packPoints, std::optional<double>(10));
    QCOMPARE(load.results->issuer, results.issuer);
    QCOMPARE(load.results->packVersion, results.packVersion);
    QVERIFY(certificateMatches(*load.results, issued, id));
    // A results file edited after the certificate was made does not match.
    QByteArray tampered = file;
    tampered.replace("\"points\": 6.0", "\"points\": 9.0");
    QVERIFY(tampered != file);
    const ResultsLoad edited = readResults(tampered);
    QVERIFY(edited.results);
    QVERIFY(!certificateMatches(*edited.results, issued, id));
}

void TestTrainingResults::certificateInHindi()
{
    const TrainingPack pack = fixturePack();
    const TraineeResults results = sampleResults(pack);
    i18n::ScopedLanguage hindi(QStringLiteral("hi"));
    QCOMPARE(i18n::currentLanguage(), QStringLiteral("hi"));
    const CertificateContent c = certificate(results, QDate(2026, 11, 22), &pack);
    // Titles from the pack's Hindi texts, the date in Hindi.
    QCOMPARE(c.cases[0].caseTitle, QStringLiteral("हारने वाली बोली विजेता तय करती है"));
    QVERIFY2(c.statement.contains(QStringLiteral("परीक्षण का पैक")), qPrintable(c.statement));
    QCOMPARE(c.date, QStringLiteral("22 नवंबर 2026"));
    QCOMPARE(c.traineeName, QStringLiteral("Smt. Kavita Nair"));
    QVERIFY(c.toText().contains(QStringLiteral("22 नवंबर 2026")));
}

void TestTrainingResults::certificateLeavesUnfinishedCasesOut()
{
    const TrainingPack pack = fixturePack();
    TraineeResults results = sampleResults(pack);
    CaseResult unfinished;
    unfinished.caseId = QStringLiteral("other");
    unfinished.title = QStringLiteral("Not finished");
    results.record(unfinished);
    const CertificateContent c = certificate(results, QDate(2026, 11, 22));
    QCOMPARE(c.cases.size(), std::size_t(1));
    QVERIFY(!c.toText().contains(QLatin1String("Not finished")));
}

QTEST_GUILESS_MAIN(TestTrainingResults)
#include "tst_trainingresults.moc"
