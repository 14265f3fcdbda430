#include "CostKinds.h"

#include "i18n/PerLanguage.h"
#include "i18n/Translate.h"
#include "support/JsonReader.h"

#include <QFile>

#include <map>

namespace tulana::cost {
namespace {

using nlohmann::json;

void readKinds(JsonReader& r, const json& j, const QString& language, std::vector<CostKind>& out)
{
    const QString path = QStringLiteral("kinds");
    if (!r.isArray(j, path))
        return;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        if (!r.isObject(j[i], at))
            continue;
        r.rejectUnknownKeys(j[i], at, {"id", "timing", "label", "consideration", "hi"});
        CostKind k;
        k.id = r.string(j[i], "id", at, true);
        k.label = r.string(j[i], "label", at, true);
        r.readTranslations(j[i], at, language, {{"label", &k.label}});
        k.consideration = r.string(j[i], "consideration", at, true);
        const QString timing = r.string(j[i], "timing", at, true);
        if (const auto t = timingFromKey(timing))
            k.timing = *t;
        else
            r.fail(
                JsonReader::child(at, "timing"),
                tulana::tr("\"%1\" is not a timing: use one-time, recurring or exit").arg(timing));
        out.push_back(k);
    }
}

void readShare(JsonReader& r, const json& j, const char* key, const QString& path,
               ShareThresholds& out)
{
    const QString at = JsonReader::child(path, key);
    if (!j.contains(key)) {
        r.fail(at, tulana::tr("the required field \"%1\" is missing").arg(QLatin1String(key)));
        return;
    }
    if (!r.isObject(j[key], at))
        return;
    r.rejectUnknownKeys(j[key], at, {"medium", "high", "consideration"});
    out.medium = r.number(j[key], "medium", at, true).value_or(0);
    out.high = r.number(j[key], "high", at, true).value_or(0);
    out.consideration = r.string(j[key], "consideration", at, true);
}

void readLockIn(JsonReader& r, const json& j, CostKinds& out)
{
    const QString path = QStringLiteral("lockIn");
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path, {"considerations", "exitShare", "recurringShare"});
    readShare(r, j, "exitShare", path, out.exitShare);
    readShare(r, j, "recurringShare", path, out.recurringShare);
    const QString at = JsonReader::child(path, "considerations");
    if (j.contains("considerations") && r.isArray(j["considerations"], at))
        for (const json& id : j["considerations"])
            if (id.is_string())
                out.lockInConsiderations << QString::fromStdString(id.get<std::string>());
}

CostKinds load(const QString& language)
{
    CostKinds out;
    QFile file(QStringLiteral(":/tulana/cost/cost-kinds.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        out.loadError = file.errorString();
        return out;
    }
    Problems problems;
    const auto doc = parseJson(file.readAll(), QStringLiteral("cost-kinds.json"), problems);
    if (doc) {
        JsonReader r(problems);
        if (r.isObject(*doc, QStringLiteral("(top level)"))) {
            r.rejectUnknownKeys(*doc, {}, {"kinds", "lockIn"});
            if (doc->contains("kinds"))
                readKinds(r, (*doc)["kinds"], language, out.kinds);
            if (doc->contains("lockIn"))
                readLockIn(r, (*doc)["lockIn"], out);
        }
    }
    if (!problems.isEmpty())
        out.loadError = problems.constFirst().toString();
    return out;
}

} // namespace

const CostKind* CostKinds::kind(const QString& id) const
{
    for (const CostKind& k : kinds)
        if (k.id == id)
            return &k;
    return nullptr;
}

QStringList CostKinds::ids() const
{
    QStringList out;
    for (const CostKind& k : kinds)
        out << k.id;
    return out;
}

const CostKinds& costKinds()
{
    // The labels in the current language (a "hi" object beside each English one).
    static std::map<QString, CostKinds> shipped;
    return i18n::perLanguage(shipped, &load);
}

} // namespace tulana::cost
