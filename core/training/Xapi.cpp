// xAPI 1.0.3 statements (docs/training.md, "xAPI"). The structure follows the
// xAPI specification, part two (Statement properties), written from it.
#include "training/Xapi.h"

#include "i18n/Translate.h"
#include "support/JsonReader.h"
#include "support/Utf8.h"

#include <QRegularExpression>
#include <QUuid>

namespace tulana::training {
namespace {

using nlohmann::json;

const char* const kVerbBase = "http://adlnet.gov/expapi/verbs/";
const char* const kActivityTypeBase = "http://adlnet.gov/expapi/activities/";

QString languageTag(const QString& language)
{
    return language == QLatin1String("hi") ? QStringLiteral("hi-IN") : QStringLiteral("en-US");
}

json languageMap(const QString& language, const QString& text)
{
    return json{{utf8(languageTag(language)), utf8(text)}};
}

json actorOf(const Trainee& trainee, const QString& base)
{
    json actor{{"objectType", "Agent"}, {"name", utf8(trainee.name)}};
    // Exactly one identifier: the e-mail address, else the platform account,
    // else the name as an account of Tulana's own activity space.
    if (!trainee.email.isEmpty())
        actor["mbox"] = "mailto:" + utf8(trainee.email);
    else if (!trainee.account.isEmpty())
        actor["account"] = {
            {"homePage", utf8(trainee.accountHomePage.isEmpty() ? base : trainee.accountHomePage)},
            {"name", utf8(trainee.account)}};
    else
        actor["account"] = {{"homePage", utf8(base)}, {"name", utf8(trainee.name)}};
    return actor;
}

json verb(const char* id, const char* english)
{
    return json{{"id", std::string(kVerbBase) + id}, {"display", {{"en-US", english}}}};
}

json activity(const QString& id, const QString& language, const QString& name, const char* type)
{
    return json{
        {"objectType", "Activity"},
        {"id", utf8(id)},
        {"definition",
         {{"name", languageMap(language, name)}, {"type", std::string(kActivityTypeBase) + type}}}};
}

json score(double points, double max)
{
    const double scaled = max > 0 ? points / max : 0;
    return json{{"scaled", scaled}, {"raw", points}, {"min", 0}, {"max", max}};
}

QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// "PT1H2M3S"; xAPI durations are ISO 8601.
QString duration(const QDateTime& from, const QDateTime& to)
{
    qint64 seconds = std::max<qint64>(0, from.secsTo(to));
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    seconds %= 60;
    return QStringLiteral("PT%1H%2M%3S").arg(hours).arg(minutes).arg(seconds);
}

const char* interactionType(const QString& kind)
{
    if (kind == QLatin1String("number"))
        return "numeric";
    if (kind == QLatin1String("justification"))
        return "long-fill-in";
    return "choice";
}

// A statement id derived from what it says, so exporting the same results
// twice gives the same ids and a record store keeps one copy.
QString statementId(const json& statement)
{
    static const QUuid ns = QUuid::createUuidV5(QUuid(), QStringLiteral("https://tulana.in/xapi"));
    return QUuid::createUuidV5(ns, QString::fromStdString(statement.dump()))
        .toString(QUuid::WithoutBraces);
}

void add(json& statements, json statement)
{
    statement["id"] = utf8(statementId(statement));
    statements.push_back(std::move(statement));
}

} // namespace

json toXapi(const TraineeResults& results, const QString& activityBaseIri)
{
    QString base = activityBaseIri;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QString packIri = base + QLatin1Char('/') + results.packId;
    const json actor = actorOf(results.trainee, base);
    const json pack = activity(packIri, results.language, results.packTitle, "course");
    const std::string lang = utf8(languageTag(results.language));
    json statements = json::array();
    for (const CaseResult& c : results.cases) {
        const QString caseIri = packIri + QLatin1Char('/') + c.caseId;
        const json caseActivity = activity(caseIri, results.language, c.title, "module");
        const json caseContext{{"contextActivities", {{"grouping", json::array({pack})}}},
                               {"language", lang},
                               {"platform", "Tulana"}};
        if (c.started.isValid())
            add(statements, json{{"actor", actor},
                                 {"verb", verb("experienced", "experienced")},
                                 {"object", caseActivity},
                                 {"context", caseContext},
                                 {"timestamp", utf8(timestamp(c.started))}});
        for (const QuestionResult& a : c.answers) {
            json object = activity(caseIri + QLatin1Char('/') + a.questionId, results.language,
                                   a.prompt, "cmi.interaction");
            object["definition"]["interactionType"] = interactionType(a.kind);
            json statement{
                {"actor", actor},
                {"verb", verb("answered", "answered")},
                {"object", object},
                {"result",
                 {{"score", score(a.points, a.max)},
                  {"success", a.correct},
                  {"response", utf8(a.response)}}},
                {"context",
                 {{"contextActivities",
                   {{"parent", json::array({caseActivity})}, {"grouping", json::array({pack})}}},
                  {"language", lang},
                  {"platform", "Tulana"}}}};
            if (a.answeredAt.isValid())
                statement["timestamp"] = utf8(timestamp(a.answeredAt));
            add(statements, std::move(statement));
        }
        if (c.completed) {
            json result{{"score", score(c.points, c.max)}, {"completion", true}};
            if (c.started.isValid() && c.finished.isValid())
                result["duration"] = utf8(duration(c.started, c.finished));
            json statement{{"actor", actor},
                           {"verb", verb("completed", "completed")},
                           {"object", caseActivity},
                           {"result", result},
                           {"context", caseContext}};
            if (c.finished.isValid())
                statement["timestamp"] = utf8(timestamp(c.finished));
            add(statements, std::move(statement));
        }
    }
    return statements;
}

QByteArray writeXapi(const TraineeResults& results, const QString& activityBaseIri)
{
    return QByteArray::fromStdString(toXapi(results, activityBaseIri).dump(2)) + '\n';
}

} // namespace tulana::training
