// The results file (docs/training.md, "The results file").
#include "training/TraineeResults.h"

#include "i18n/Translate.h"
#include "support/JsonReader.h"
#include "support/Utf8.h"

#include <algorithm>

namespace tulana::training {
namespace {

using ordered = nlohmann::ordered_json;
using nlohmann::json;

ordered timeJson(const QDateTime& t)
{
    return t.isValid() ? ordered(utf8(t.toUTC().toString(Qt::ISODateWithMs))) : ordered(nullptr);
}

QDateTime readTime(JsonReader& r, const json& object, const char* key, const QString& path,
                   bool required)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required)
            r.string(object, key, path, true); // reports the missing field
        return {};
    }
    const QString text = r.string(object, key, path, required);
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!text.isEmpty() && !t.isValid())
        r.fail(JsonReader::child(path, key),
               tulana::tr("\"%1\" is not a date and time (ISO 8601)").arg(text));
    return t;
}

double readNumber(JsonReader& r, const json& object, const char* key, const QString& path)
{
    const auto v = r.number(object, key, path, true);
    return v ? *v : 0;
}

QuestionResult readAnswer(JsonReader& r, const json& j, const QString& path)
{
    QuestionResult a;
    if (!r.isObject(j, path))
        return a;
    r.rejectUnknownKeys(j, path,
                        {"question", "goal", "kind", "prompt", "response", "correct", "points",
                         "max", "attempts", "hintsUsed", "answeredAt"});
    a.questionId = r.string(j, "question", path, true);
    a.goal = r.string(j, "goal", path, false);
    a.kind = r.string(j, "kind", path, true);
    a.prompt = r.string(j, "prompt", path, false);
    a.response = r.string(j, "response", path, false);
    a.correct = r.boolean(j, "correct", path).value_or(false);
    a.points = readNumber(r, j, "points", path);
    a.max = readNumber(r, j, "max", path);
    a.attempts = r.integer(j, "attempts", path, false).value_or(1);
    a.hintsUsed = r.integer(j, "hintsUsed", path, false).value_or(0);
    a.answeredAt = readTime(r, j, "answeredAt", path, false);
    return a;
}

CaseResult readCase(JsonReader& r, const json& j, const QString& path)
{
    CaseResult c;
    if (!r.isObject(j, path))
        return c;
    r.rejectUnknownKeys(
        j, path,
        {"id", "title", "started", "finished", "completed", "points", "max", "goals", "answers"});
    c.caseId = r.string(j, "id", path, true);
    c.title = r.string(j, "title", path, false);
    c.started = readTime(r, j, "started", path, false);
    c.finished = readTime(r, j, "finished", path, false);
    c.completed = r.boolean(j, "completed", path).value_or(false);
    c.points = readNumber(r, j, "points", path);
    c.max = readNumber(r, j, "max", path);
    if (j.contains("goals") && r.isArray(j["goals"], JsonReader::child(path, "goals")))
        for (std::size_t i = 0; i < j["goals"].size(); ++i) {
            const json& g = j["goals"][i];
            const QString p = JsonReader::index(JsonReader::child(path, "goals"), i);
            if (!r.isObject(g, p))
                continue;
            r.rejectUnknownKeys(g, p, {"id", "text", "points", "max"});
            c.goals.push_back({r.string(g, "id", p, true), r.string(g, "text", p, false),
                               readNumber(r, g, "points", p), readNumber(r, g, "max", p)});
        }
    if (j.contains("answers") && r.isArray(j["answers"], JsonReader::child(path, "answers")))
        for (std::size_t i = 0; i < j["answers"].size(); ++i)
            c.answers.push_back(readAnswer(
                r, j["answers"][i], JsonReader::index(JsonReader::child(path, "answers"), i)));
    return c;
}

} // namespace

void TraineeResults::record(const CaseResult& result)
{
    const auto it = std::find_if(cases.begin(), cases.end(),
                                 [&](const CaseResult& c) { return c.caseId == result.caseId; });
    if (it == cases.end())
        cases.push_back(result);
    else
        *it = result;
}

std::vector<const CaseResult*> TraineeResults::completedCases() const
{
    std::vector<const CaseResult*> done;
    for (const CaseResult& c : cases)
        if (c.completed)
            done.push_back(&c);
    return done;
}

QByteArray writeResults(const TraineeResults& results)
{
    ordered root;
    root["format"] = kResultsFormat;
    root["version"] = kResultsFormatVersion;
    ordered trainee;
    trainee["name"] = utf8(results.trainee.name);
    if (!results.trainee.email.isEmpty())
        trainee["email"] = utf8(results.trainee.email);
    if (!results.trainee.account.isEmpty())
        trainee["account"] = utf8(results.trainee.account);
    if (!results.trainee.accountHomePage.isEmpty())
        trainee["accountHomePage"] = utf8(results.trainee.accountHomePage);
    root["trainee"] = trainee;
    root["language"] = utf8(results.language);
    ordered pack{{"id", utf8(results.packId)}, {"title", utf8(results.packTitle)}};
    if (!results.packVersion.isEmpty())
        pack["packVersion"] = utf8(results.packVersion);
    if (!results.issuer.isEmpty())
        pack["issuer"] = utf8(results.issuer);
    if (results.passMark)
        pack["passMark"] = *results.passMark;
    if (results.packPoints)
        pack["points"] = *results.packPoints;
    root["pack"] = pack;
    ordered cases = ordered::array();
    for (const CaseResult& c : results.cases) {
        ordered jc;
        jc["id"] = utf8(c.caseId);
        jc["title"] = utf8(c.title);
        jc["started"] = timeJson(c.started);
        jc["finished"] = timeJson(c.finished);
        jc["completed"] = c.completed;
        jc["points"] = c.points;
        jc["max"] = c.max;
        ordered goals = ordered::array();
        for (const GoalResult& g : c.goals)
            goals.push_back(ordered{{"id", utf8(g.goalId)},
                                    {"text", utf8(g.text)},
                                    {"points", g.points},
                                    {"max", g.max}});
        jc["goals"] = goals;
        ordered answers = ordered::array();
        for (const QuestionResult& a : c.answers) {
            ordered ja;
            ja["question"] = utf8(a.questionId);
            ja["goal"] = utf8(a.goal);
            ja["kind"] = utf8(a.kind);
            ja["prompt"] = utf8(a.prompt);
            ja["response"] = utf8(a.response);
            ja["correct"] = a.correct;
            ja["points"] = a.points;
            ja["max"] = a.max;
            ja["attempts"] = a.attempts;
            ja["hintsUsed"] = a.hintsUsed;
            ja["answeredAt"] = timeJson(a.answeredAt);
            answers.push_back(ja);
        }
        jc["answers"] = answers;
        cases.push_back(jc);
    }
    root["cases"] = cases;
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

ResultsLoad readResults(const QByteArray& bytes)
{
    ResultsLoad load;
    const auto root = parseJson(bytes, {}, load.problems);
    if (!root)
        return load;
    JsonReader r(load.problems);
    if (!r.isObject(*root, {}))
        return load;
    r.rejectUnknownKeys(*root, {}, {"format", "version", "trainee", "language", "pack", "cases"});
    const QString format = r.string(*root, "format", {}, true);
    if (!format.isEmpty() && format != QLatin1String(kResultsFormat))
        r.fail(
            QStringLiteral("format"),
            tulana::tr("expected \"%1\", found \"%2\"").arg(QLatin1String(kResultsFormat), format));
    if (const auto v = r.integer(*root, "version", {}, true); v && *v != kResultsFormatVersion)
        r.fail(QStringLiteral("version"),
               tulana::tr("version %1 is not supported (this Tulana reads version %2)")
                   .arg(*v)
                   .arg(kResultsFormatVersion));
    TraineeResults results;
    const QString traineePath = QStringLiteral("trainee");
    if (!root->contains("trainee"))
        r.fail(traineePath, tulana::tr("the required field \"trainee\" is missing"));
    else if (const json& t = (*root)["trainee"]; r.isObject(t, traineePath)) {
        r.rejectUnknownKeys(t, traineePath, {"name", "email", "account", "accountHomePage"});
        results.trainee.name = r.string(t, "name", traineePath, true);
        results.trainee.email = r.string(t, "email", traineePath, false);
        results.trainee.account = r.string(t, "account", traineePath, false);
        results.trainee.accountHomePage = r.string(t, "accountHomePage", traineePath, false);
    }
    results.language = r.string(*root, "language", {}, false);
    if (root->contains("pack") && r.isObject((*root)["pack"], QStringLiteral("pack"))) {
        const json& p = (*root)["pack"];
        const QString where = QStringLiteral("pack");
        r.rejectUnknownKeys(p, where,
                            {"id", "title", "packVersion", "issuer", "passMark", "points"});
        results.packId = r.string(p, "id", where, true);
        results.packTitle = r.string(p, "title", where, false);
        results.packVersion = r.string(p, "packVersion", where, false);
        results.issuer = r.string(p, "issuer", where, false);
        results.passMark = r.number(p, "passMark", where, false);
        results.packPoints = r.number(p, "points", where, false);
    }
    if (root->contains("cases") && r.isArray((*root)["cases"], QStringLiteral("cases")))
        for (std::size_t i = 0; i < (*root)["cases"].size(); ++i)
            results.cases.push_back(
                readCase(r, (*root)["cases"][i], JsonReader::index(QStringLiteral("cases"), i)));
    if (!hasErrors(load.problems))
        load.results = std::move(results);
    return load;
}

} // namespace tulana::training
