// Criteria templates for AI systems: resources/criteria-templates/.
#include "tender/CriteriaTemplate.h"

#include "i18n/PerLanguage.h"
#include "i18n/Translate.h"
#include "support/JsonReader.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace tulana {
namespace {

using nlohmann::json;

constexpr const char* kFormat = "tulana-criteria-template";
constexpr int kVersion = 1;

Criterion readCriterion(JsonReader& r, const json& j, const QString& path, const QString& language)
{
    Criterion c;
    if (!r.isObject(j, path))
        return c;
    r.rejectUnknownKeys(
        j, path, {"id", "name", "description", "weight", "maxMarks", "source", "children", "hi"});
    c.id = r.string(j, "id", path, true);
    c.name = r.string(j, "name", path, true);
    c.description = r.string(j, "description", path, false);
    r.readTranslations(j, path, language, {{"name", &c.name}, {"description", &c.description}});
    // Every criterion says where it comes from (README.md); the tender does
    // not keep it, the file does.
    r.string(j, "source", path, true);
    c.weight = r.number(j, "weight", path, true).value_or(0);
    const auto children = j.find("children");
    if (children != j.end() && r.isArray(*children, JsonReader::child(path, "children")))
        for (std::size_t i = 0; i < children->size(); ++i)
            c.children.push_back(
                readCriterion(r, (*children)[i],
                              JsonReader::index(JsonReader::child(path, "children"), i), language));
    // A group's marks are its children's; a criterion marked says out of what.
    if (!c.isGroup())
        c.maxMarks = r.number(j, "maxMarks", path, true).value_or(10);
    return c;
}

} // namespace

std::optional<CriteriaTemplate> parseCriteriaTemplate(const QByteArray& bytes,
                                                      const QString& fileName,
                                                      const QString& language, Problems* problems)
{
    Problems found;
    const auto root = parseJson(bytes, fileName, found);
    JsonReader r(found);
    CriteriaTemplate t;
    if (root && r.isObject(*root, {})) {
        r.rejectUnknownKeys(
            *root, {}, {"format", "version", "id", "order", "name", "about", "criteria", "hi"});
        const QString format = r.string(*root, "format", {}, true);
        if (!format.isEmpty() && format != QLatin1String(kFormat))
            r.fail(QStringLiteral("format"),
                   tulana::tr("expected \"%1\", found \"%2\"").arg(QLatin1String(kFormat), format));
        if (const auto v = r.integer(*root, "version", {}, true); v && *v != kVersion)
            r.fail(QStringLiteral("version"),
                   tulana::tr("version %1 is not supported (this Tulana reads version %2)")
                       .arg(*v)
                       .arg(kVersion));
        t.id = r.string(*root, "id", {}, true);
        t.order = r.integer(*root, "order", {}, false).value_or(0);
        t.name = r.string(*root, "name", {}, true);
        t.about = r.string(*root, "about", {}, false);
        r.readTranslations(*root, {}, language, {{"name", &t.name}, {"about", &t.about}});
        const auto criteria = root->find("criteria");
        if (criteria == root->end())
            r.fail(QStringLiteral("criteria"),
                   tulana::tr("the required field \"criteria\" is missing"));
        else if (r.isArray(*criteria, QStringLiteral("criteria")))
            for (std::size_t i = 0; i < criteria->size(); ++i)
                t.criteria.push_back(readCriterion(
                    r, (*criteria)[i], JsonReader::index(QStringLiteral("criteria"), i), language));
    }
    for (Problem& p : found)
        if (!p.where.startsWith(fileName))
            p.where = p.where.isEmpty() ? fileName : fileName + QStringLiteral(": ") + p.where;
    const bool usable = root && !hasErrors(found);
    if (problems)
        *problems += found;
    if (!usable)
        return std::nullopt;
    return t;
}

const std::vector<CriteriaTemplate>& builtInCriteriaTemplates()
{
    static std::map<QString, std::vector<CriteriaTemplate>> cache;
    return i18n::perLanguage(cache, [](const QString& language) {
        std::vector<CriteriaTemplate> loaded;
        const QDir dir(QStringLiteral(":/tulana/criteria-templates"));
        for (const QString& name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            Problems ignored; // shipped files are checked by the tests (tst_widgets)
            if (auto t = parseCriteriaTemplate(file.readAll(), name, language, &ignored))
                loaded.push_back(std::move(*t));
        }
        std::stable_sort(
            loaded.begin(), loaded.end(),
            [](const CriteriaTemplate& a, const CriteriaTemplate& b) { return a.order < b.order; });
        return loaded;
    });
}

const CriteriaTemplate* findCriteriaTemplate(const QString& id)
{
    for (const CriteriaTemplate& t : builtInCriteriaTemplates())
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace tulana
