#include "Rulebook.h"
#include "i18n/PerLanguage.h"
#include "i18n/Translate.h"
#include "support/NumberText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

#include <map>

namespace tulana {
namespace {

using nlohmann::json;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

const QStringList knownParameters{
    QStringLiteral("technicalWeight"),       QStringLiteral("financialWeight"),
    QStringLiteral("minimumTechnicalScore"), QStringLiteral("method"),
    QStringLiteral("priceFormula"),          QStringLiteral("technicalScore")};

QStringList stringsOf(const json& array, const QString& where, Problems* problems)
{
    QStringList out;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const json& v = array[i];
        if (v.is_string())
            out << qs(v.get<std::string>());
        else if (v.is_number())
            out << numberText(v.get<double>());
        else
            *problems << error(where + QStringLiteral("[%1]").arg(i),
                               tulana::tr("a value here must be text or a number"));
    }
    return out;
}

// The Hindi text beside an English one: {"text": "...", "hi": {"text": "..."}}.
// Used when `language` is "hi"; a missing or empty translation keeps English.
void takeTranslation(const json& j, const char* key, const QString& language, const QString& where,
                     QString* text, Problems* problems)
{
    if (!j.contains("hi"))
        return;
    const json& hi = j["hi"];
    if (!hi.is_object() || (hi.contains(key) && !hi[key].is_string())) {
        *problems << error(where + QStringLiteral(".hi"),
                           tulana::tr("\"hi\" must hold the Hindi texts as strings"));
        return;
    }
    if (language == QLatin1String("hi") && hi.contains(key) && !hi[key].get<std::string>().empty())
        *text = qs(hi[key].get<std::string>());
}

std::optional<Rule> parseRule(const json& j, const QString& where, Problems* problems,
                              const QString& language)
{
    if (!j.is_object()) {
        *problems << error(where, tulana::tr("a rule must be an object"));
        return std::nullopt;
    }
    Rule rule;
    const auto need = [&](const char* key) {
        if (j.contains(key) && j[key].is_string())
            return qs(j[key].get<std::string>());
        *problems << error(
            where + QLatin1Char('.') + QLatin1String(key),
            tulana::tr("a rule needs the text field \"%1\"").arg(QLatin1String(key)));
        return QString();
    };
    rule.id = need("id");
    rule.parameter = need("parameter");
    rule.text = need("text");
    takeTranslation(j, "text", language, where, &rule.text, problems);
    rule.source = need("source");
    const QString severity = need("severity");
    if (severity == QLatin1String("warning"))
        rule.severity = Problem::Severity::Warning;
    else if (severity != QLatin1String("error"))
        *problems << error(where + QStringLiteral(".severity"),
                           tulana::tr("severity must be \"error\" or \"warning\""));
    if (!rule.parameter.isEmpty() && !knownParameters.contains(rule.parameter))
        *problems << error(where + QStringLiteral(".parameter"),
                           tulana::tr("unknown parameter \"%1\"").arg(rule.parameter));
    for (auto [key, bound] : {std::pair{"min", &rule.min}, std::pair{"max", &rule.max}}) {
        if (!j.contains(key))
            continue;
        if (j[key].is_number())
            *bound = j[key].get<double>();
        else
            *problems << error(where + QLatin1Char('.') + QLatin1String(key),
                               tulana::tr("\"%1\" must be a number").arg(QLatin1String(key)));
    }
    for (auto [key, list] :
         {std::pair{"oneOf", &rule.oneOf}, std::pair{"methods", &rule.methods}}) {
        if (!j.contains(key))
            continue;
        const QString at = where + QLatin1Char('.') + QLatin1String(key);
        if (j[key].is_array())
            *list = stringsOf(j[key], at, problems);
        else
            *problems << error(at, tulana::tr("\"%1\" must be a list").arg(QLatin1String(key)));
    }
    if (!rule.min && !rule.max && rule.oneOf.isEmpty())
        *problems << error(where, tulana::tr("a rule needs min, max or oneOf"));
    return rule;
}

// The tender's value of a parameter, as a number when it is one.
QString valueOf(const Tender& t, const QString& parameter, std::optional<double>* number)
{
    const auto numeric = [&](double v) {
        *number = v;
        return numberText(v);
    };
    if (parameter == QLatin1String("technicalWeight"))
        return numeric(t.technicalWeight);
    if (parameter == QLatin1String("financialWeight"))
        return numeric(t.financialWeight);
    if (parameter == QLatin1String("minimumTechnicalScore"))
        return numeric(t.minimumTechnicalScore);
    if (parameter == QLatin1String("method"))
        return toKey(t.method);
    if (parameter == QLatin1String("priceFormula"))
        return toKey(t.options.priceFormula);
    if (parameter == QLatin1String("technicalScore"))
        return toKey(t.options.technicalBasis);
    return {};
}

QString fieldOf(const QString& parameter)
{
    if (parameter == QLatin1String("priceFormula"))
        return QStringLiteral("tender.evaluation.priceFormula");
    if (parameter == QLatin1String("technicalScore"))
        return QStringLiteral("tender.evaluation.technicalScore");
    return QStringLiteral("tender.") + parameter;
}

} // namespace

std::optional<Rulebook> parseRulebook(const QByteArray& bytes, const QString& fileName,
                                      Problems* problems, const QString& language)
{
    json j = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        *problems << error(fileName, tulana::tr("not a JSON object"));
        return std::nullopt;
    }
    const int before = int(problems->size());
    Rulebook book;
    for (auto [key, field] : {std::pair{"id", &book.id}, std::pair{"name", &book.name},
                              std::pair{"scope", &book.scope}}) {
        if (j.contains(key) && j[key].is_string())
            *field = qs(j[key].get<std::string>());
        else
            *problems << error(fileName + QStringLiteral(": ") + QLatin1String(key),
                               tulana::tr("the rulebook needs \"%1\"").arg(QLatin1String(key)));
    }
    takeTranslation(j, "name", language, fileName, &book.name, problems);
    takeTranslation(j, "scope", language, fileName, &book.scope, problems);
    if (!j.contains("rules") || !j["rules"].is_array()) {
        *problems << error(fileName + QStringLiteral(": rules"),
                           tulana::tr("the rulebook needs a rules array"));
        return std::nullopt;
    }
    for (std::size_t i = 0; i < j["rules"].size(); ++i) {
        const QString where = fileName + QStringLiteral(": rules[%1]").arg(i);
        if (auto rule = parseRule(j["rules"][i], where, problems, language))
            book.rules.push_back(std::move(*rule));
    }
    if (j.contains("smallEnterprisePreference")) {
        const json& pref = j["smallEnterprisePreference"];
        const QString where = fileName + QStringLiteral(": smallEnterprisePreference");
        if (!pref.is_object() || !pref.contains("text") || !pref["text"].is_string() ||
            !pref.contains("source") || !pref["source"].is_string()) {
            *problems << error(where, tulana::tr("needs the text fields \"text\" and \"source\""));
        } else {
            RuleStatement statement{qs(pref["text"].get<std::string>()),
                                    qs(pref["source"].get<std::string>())};
            takeTranslation(pref, "text", language, where, &statement.text, problems);
            book.smallEnterprisePreference = statement;
        }
    }
    if (int(problems->size()) > before)
        return std::nullopt;
    return book;
}

Problems checkTender(const Tender& tender, const Rulebook& book)
{
    Problems out;
    for (const Rule& rule : book.rules) {
        if (!rule.methods.isEmpty() && !rule.methods.contains(toKey(tender.method)))
            continue;
        std::optional<double> number;
        const QString value = valueOf(tender, rule.parameter, &number);
        bool breached = !rule.oneOf.isEmpty() && !rule.oneOf.contains(value);
        if (number && ((rule.min && *number < *rule.min) || (rule.max && *number > *rule.max)))
            breached = true;
        if (!breached)
            continue;
        out << Problem{rule.severity, fieldOf(rule.parameter),
                       tulana::tr("%1 is %2: %3 (%4)")
                           .arg(parameterName(rule.parameter), value, rule.text, rule.source)};
    }
    return out;
}

const std::vector<Rulebook>& builtInRulebooks()
{
    static std::map<QString, std::vector<Rulebook>> books;
    return i18n::perLanguage(books, [](const QString& language) {
        std::vector<Rulebook> loaded;
        const QDir dir(QStringLiteral(":/tulana/rulebooks"));
        for (const QString& name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            Problems ignored; // shipped files are checked by tests/rulebook
            if (auto book = parseRulebook(file.readAll(), name, &ignored, language))
                loaded.push_back(std::move(*book));
        }
        return loaded;
    });
}

const Rulebook* findRulebook(const QString& id)
{
    for (const Rulebook& book : builtInRulebooks())
        if (book.id == id)
            return &book;
    return nullptr;
}

Problems checkRulebook(const Tender& tender)
{
    if (tender.rulebook.isEmpty())
        return {};
    if (const Rulebook* book = findRulebook(tender.rulebook))
        return checkTender(tender, *book);
    QStringList known;
    for (const Rulebook& book : builtInRulebooks())
        known << book.id;
    return {error(QStringLiteral("tender.rulebook"),
                  tulana::tr("no rulebook is called \"%1\"; known rulebooks: %2")
                      .arg(tender.rulebook, known.join(QStringLiteral(", "))))};
}

QString parameterName(const QString& parameter)
{
    if (parameter == QLatin1String("technicalWeight"))
        return tulana::tr("Technical weight");
    if (parameter == QLatin1String("financialWeight"))
        return tulana::tr("Financial weight");
    if (parameter == QLatin1String("minimumTechnicalScore"))
        return tulana::tr("Minimum technical score");
    if (parameter == QLatin1String("budget"))
        return tulana::tr("Budget");
    if (parameter == QLatin1String("method"))
        return tulana::tr("Selection method");
    if (parameter == QLatin1String("priceFormula"))
        return tulana::tr("Price formula");
    if (parameter == QLatin1String("technicalScore"))
        return tulana::tr("Technical score basis");
    return parameter;
}

} // namespace tulana
