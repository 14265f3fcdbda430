// Checking xAPI statements against the structure the specification requires
// of the properties Tulana writes (xAPI 1.0.3, part two, "Statement").
#include "training/Xapi.h"

#include "i18n/Translate.h"
#include "support/JsonReader.h"

#include <QDateTime>
#include <QRegularExpression>

namespace tulana::training {
namespace {

using nlohmann::json;

class Checker
{
public:
    explicit Checker(Problems& problems)
        : m_problems(problems)
    {}

    void statement(const json& s, const QString& path)
    {
        if (!object(s, path))
            return;
        known(s, path,
              {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored",
               "authority", "version", "attachments"});
        if (s.contains("id") && !isUuid(s["id"]))
            fail(child(path, "id"), tulana::tr("expected a UUID"));
        required(s, "actor", path) && (actor(s["actor"], child(path, "actor")), true);
        required(s, "verb", path) && (verb(s["verb"], child(path, "verb")), true);
        required(s, "object", path) && (activity(s["object"], child(path, "object")), true);
        if (s.contains("result"))
            result(s["result"], child(path, "result"));
        if (s.contains("context"))
            context(s["context"], child(path, "context"));
        if (s.contains("timestamp") && !isTimestamp(s["timestamp"]))
            fail(child(path, "timestamp"), tulana::tr("expected an ISO 8601 date and time"));
    }

private:
    static QString child(const QString& path, const char* key)
    {
        return JsonReader::child(path, key);
    }

    void fail(const QString& path, const QString& message) { m_problems << error(path, message); }

    bool object(const json& j, const QString& path)
    {
        if (j.is_object())
            return true;
        fail(path, tulana::tr("expected an object, found %1").arg(JsonReader::describe(j)));
        return false;
    }

    bool required(const json& j, const char* key, const QString& path)
    {
        if (j.contains(key))
            return true;
        fail(child(path, key),
             tulana::tr("the required field \"%1\" is missing").arg(QLatin1String(key)));
        return false;
    }

    void known(const json& j, const QString& path, std::initializer_list<const char*> keys)
    {
        for (auto it = j.begin(); it != j.end(); ++it) {
            bool ok = false;
            for (const char* k : keys)
                ok = ok || it.key() == k;
            if (!ok)
                fail(child(path, it.key().c_str()),
                     tulana::tr("\"%1\" is not a property xAPI allows here")
                         .arg(QString::fromStdString(it.key())));
        }
    }

    static bool isIri(const json& j)
    {
        static const QRegularExpression iri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$"));
        return j.is_string() && iri.match(QString::fromStdString(j.get<std::string>())).hasMatch();
    }

    static bool isUuid(const json& j)
    {
        static const QRegularExpression uuid(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                           "[0-9a-fA-F]{12}$"));
        return j.is_string() && uuid.match(QString::fromStdString(j.get<std::string>())).hasMatch();
    }

    static bool isTimestamp(const json& j)
    {
        return j.is_string() && QDateTime::fromString(QString::fromStdString(j.get<std::string>()),
                                                      Qt::ISODateWithMs)
                                    .isValid();
    }

    void iri(const json& j, const char* key, const QString& path, bool isRequired = true)
    {
        if (!j.contains(key)) {
            if (isRequired)
                required(j, key, path);
            return;
        }
        if (!isIri(j[key]))
            fail(child(path, key),
                 tulana::tr("expected an IRI, found %1").arg(JsonReader::describe(j[key])));
    }

    void languageMap(const json& j, const QString& path)
    {
        if (!object(j, path))
            return;
        static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
        for (auto it = j.begin(); it != j.end(); ++it) {
            const QString p = child(path, it.key().c_str());
            if (!tag.match(QString::fromStdString(it.key())).hasMatch())
                fail(p, tulana::tr("\"%1\" is not a language tag")
                            .arg(QString::fromStdString(it.key())));
            if (!it->is_string())
                fail(p, tulana::tr("expected text, found %1").arg(JsonReader::describe(*it)));
        }
    }

    void actor(const json& a, const QString& path)
    {
        if (!object(a, path))
            return;
        known(a, path, {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"});
        if (a.contains("objectType") && a["objectType"] != "Agent")
            fail(child(path, "objectType"), tulana::tr("expected \"Agent\""));
        if (a.contains("name") && !a["name"].is_string())
            fail(child(path, "name"), tulana::tr("expected text"));
        const int identifiers = int(a.contains("mbox")) + int(a.contains("mbox_sha1sum")) +
                                int(a.contains("openid")) + int(a.contains("account"));
        if (identifiers != 1)
            fail(path, tulana::tr("an agent needs exactly one of mbox, mbox_sha1sum, openid, "
                                  "account (found %1)")
                           .arg(identifiers));
        if (a.contains("mbox") &&
            !(a["mbox"].is_string() && a["mbox"].get<std::string>().rfind("mailto:", 0) == 0))
            fail(child(path, "mbox"), tulana::tr("expected a \"mailto:\" address"));
        if (a.contains("account") && object(a["account"], child(path, "account"))) {
            const json& account = a["account"];
            const QString p = child(path, "account");
            known(account, p, {"homePage", "name"});
            iri(account, "homePage", p);
            if (!account.contains("name") || !account["name"].is_string())
                fail(child(p, "name"), tulana::tr("expected text"));
        }
    }

    void verb(const json& v, const QString& path)
    {
        if (!object(v, path))
            return;
        known(v, path, {"id", "display"});
        iri(v, "id", path);
        if (v.contains("display"))
            languageMap(v["display"], child(path, "display"));
    }

    void activity(const json& o, const QString& path)
    {
        if (!object(o, path))
            return;
        known(o, path, {"objectType", "id", "definition"});
        if (o.contains("objectType") && o["objectType"] != "Activity")
            fail(child(path, "objectType"), tulana::tr("expected \"Activity\""));
        iri(o, "id", path);
        if (!o.contains("definition"))
            return;
        const QString p = child(path, "definition");
        const json& d = o["definition"];
        if (!object(d, p))
            return;
        known(d, p,
              {"name", "description", "type", "moreInfo", "extensions", "interactionType",
               "correctResponsesPattern", "choices", "scale", "source", "target", "steps"});
        if (d.contains("name"))
            languageMap(d["name"], child(p, "name"));
        iri(d, "type", p, false);
        static const QStringList interactions{
            QStringLiteral("true-false"), QStringLiteral("choice"),
            QStringLiteral("fill-in"),    QStringLiteral("long-fill-in"),
            QStringLiteral("matching"),   QStringLiteral("performance"),
            QStringLiteral("sequencing"), QStringLiteral("likert"),
            QStringLiteral("numeric"),    QStringLiteral("other")};
        if (d.contains("interactionType") &&
            !(d["interactionType"].is_string() && interactions.contains(QString::fromStdString(
                                                      d["interactionType"].get<std::string>()))))
            fail(child(p, "interactionType"), tulana::tr("not an xAPI interaction type"));
    }

    void result(const json& r, const QString& path)
    {
        if (!object(r, path))
            return;
        known(r, path, {"score", "success", "completion", "response", "duration", "extensions"});
        for (const char* key : {"success", "completion"})
            if (r.contains(key) && !r[key].is_boolean())
                fail(child(path, key), tulana::tr("expected true or false"));
        if (r.contains("response") && !r["response"].is_string())
            fail(child(path, "response"), tulana::tr("expected text"));
        static const QRegularExpression iso8601(
            QStringLiteral("^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+("
                           "\\.\\d+)?S)?)?$"));
        if (r.contains("duration") &&
            !(r["duration"].is_string() &&
              iso8601.match(QString::fromStdString(r["duration"].get<std::string>())).hasMatch()))
            fail(child(path, "duration"), tulana::tr("expected an ISO 8601 duration"));
        if (r.contains("score"))
            score(r["score"], child(path, "score"));
    }

    void score(const json& s, const QString& path)
    {
        if (!object(s, path))
            return;
        known(s, path, {"scaled", "raw", "min", "max"});
        for (auto it = s.begin(); it != s.end(); ++it)
            if (!it->is_number())
                fail(child(path, it.key().c_str()), tulana::tr("expected a number"));
        const auto num = [&](const char* k) {
            return s.contains(k) && s[k].is_number() ? s[k].get<double>() : 0.0;
        };
        if (s.contains("scaled") && (num("scaled") < -1 || num("scaled") > 1))
            fail(child(path, "scaled"), tulana::tr("must be between -1 and 1"));
        if (s.contains("min") && s.contains("max") && !(num("min") < num("max")))
            fail(child(path, "max"), tulana::tr("must be greater than min"));
        if (s.contains("raw") && s.contains("min") && num("raw") < num("min"))
            fail(child(path, "raw"), tulana::tr("must not be below min"));
        if (s.contains("raw") && s.contains("max") && num("raw") > num("max"))
            fail(child(path, "raw"), tulana::tr("must not be above max"));
    }

    void context(const json& c, const QString& path)
    {
        if (!object(c, path))
            return;
        known(c, path,
              {"registration", "instructor", "team", "contextActivities", "revision", "platform",
               "language", "statement", "extensions"});
        if (!c.contains("contextActivities"))
            return;
        const QString p = child(path, "contextActivities");
        const json& ca = c["contextActivities"];
        if (!object(ca, p))
            return;
        known(ca, p, {"parent", "grouping", "category", "other"});
        for (auto it = ca.begin(); it != ca.end(); ++it) {
            const QString list = child(p, it.key().c_str());
            if (it->is_array())
                for (std::size_t i = 0; i < it->size(); ++i)
                    activity((*it)[i], JsonReader::index(list, i));
            else
                activity(*it, list);
        }
    }

    Problems& m_problems;
};

} // namespace

Problems checkXapiStatements(const nlohmann::json& statements)
{
    Problems problems;
    Checker checker(problems);
    if (statements.is_array())
        for (std::size_t i = 0; i < statements.size(); ++i)
            checker.statement(statements[i],
                              QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
    else
        checker.statement(statements, {});
    return problems;
}

} // namespace tulana::training
