#include "ContextQuestions.h"

#include "i18n/PerLanguage.h"
#include "i18n/Translate.h"
#include "support/JsonReader.h"

#include <QFile>

#include <map>

namespace tulana {
namespace {

using nlohmann::json;

void readSupport(JsonReader& r, const json& j, const QString& path, ContextOption& o)
{
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path, {"side", "part"});
    const QString side = r.string(j, "side", path, true);
    const QString part = r.string(j, "part", path, true);
    if (const auto s = sideFromKey(side))
        o.supportSide = *s;
    else if (!side.isEmpty())
        r.fail(JsonReader::child(path, "side"),
               tulana::tr("\"%1\" is not a side of Table 3: use open or proprietary").arg(side));
    if (const auto p = cellPartFromKey(part))
        o.supportPart = *p;
    else if (!part.isEmpty())
        r.fail(JsonReader::child(path, "part"),
               tulana::tr("\"%1\" is not a part of a cell: use text or notes").arg(part));
}

ContextOption readOption(JsonReader& r, const json& j, const QString& at, const Table3Row* row,
                         const QString& language)
{
    ContextOption o;
    if (!r.isObject(j, at))
        return o;
    r.rejectUnknownKeys(j, at, {"id", "label", "leaning", "support", "rationale", "hi"});
    o.id = r.string(j, "id", at, true);
    o.label = r.string(j, "label", at, true);
    o.rationale = r.string(j, "rationale", at, true);
    r.readTranslations(j, at, language, {{"label", &o.label}, {"rationale", &o.rationale}});
    const QString leaning = r.string(j, "leaning", at, true);
    if (const auto l = leaningFromKey(leaning))
        o.leaning = *l;
    else if (!leaning.isEmpty())
        r.fail(
            JsonReader::child(at, "leaning"),
            tulana::tr("\"%1\" is not a leaning: use open, proprietary or neutral").arg(leaning));
    const QString supportPath = JsonReader::child(at, "support");
    if (!j.contains("support"))
        r.fail(supportPath, tulana::tr("every answer needs the Table 3 cell that supports it"));
    else
        readSupport(r, j["support"], supportPath, o);
    // A leaning supported by a blank cell would cite nothing.
    if (row && row->cell(o.supportSide).part(o.supportPart).isEmpty())
        r.fail(supportPath, tulana::tr("the %1 %2 of \"%3\" is blank in Table 3")
                                .arg(toKey(o.supportSide), toKey(o.supportPart), row->name));
    return o;
}

ContextQuestion readQuestion(JsonReader& r, const json& j, const QString& at, const Table3& table,
                             const QString& language)
{
    ContextQuestion q;
    r.rejectUnknownKeys(j, at, {"consideration", "question", "help", "hi", "options"});
    q.consideration = r.string(j, "consideration", at, true);
    q.question = r.string(j, "question", at, true);
    q.help = r.string(j, "help", at, false);
    r.readTranslations(j, at, language, {{"question", &q.question}, {"help", &q.help}});
    const Table3Row* row = table.row(q.consideration);
    if (!row && !q.consideration.isEmpty())
        r.fail(JsonReader::child(at, "consideration"),
               tulana::tr("no consideration of Table 3 has the id \"%1\"").arg(q.consideration));
    const QString optionsPath = JsonReader::child(at, "options");
    if (!j.contains("options") || !r.isArray(j["options"], optionsPath) || j["options"].empty()) {
        r.fail(optionsPath, tulana::tr("a question needs at least one answer"));
        return q;
    }
    for (std::size_t k = 0; k < j["options"].size(); ++k) {
        ContextOption o =
            readOption(r, j["options"][k], JsonReader::index(optionsPath, k), row, language);
        if (q.option(o.id))
            r.fail(JsonReader::child(JsonReader::index(optionsPath, k), "id"),
                   tulana::tr("the answer \"%1\" is listed twice").arg(o.id));
        q.options.push_back(std::move(o));
    }
    return q;
}

} // namespace

QString toKey(Leaning leaning)
{
    switch (leaning) {
    case Leaning::FavoursOpen:
        return QStringLiteral("open");
    case Leaning::FavoursProprietary:
        return QStringLiteral("proprietary");
    case Leaning::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

std::optional<Leaning> leaningFromKey(const QString& key)
{
    for (Leaning l : {Leaning::FavoursOpen, Leaning::FavoursProprietary, Leaning::Neutral})
        if (toKey(l) == key)
            return l;
    return std::nullopt;
}

QString displayName(Leaning leaning)
{
    switch (leaning) {
    case Leaning::FavoursOpen:
        return tulana::tr("favours open source");
    case Leaning::FavoursProprietary:
        return tulana::tr("favours proprietary");
    case Leaning::Neutral:
        break;
    }
    return tulana::tr("neutral");
}

const ContextOption* ContextQuestion::option(const QString& id) const
{
    for (const ContextOption& o : options)
        if (o.id == id)
            return &o;
    return nullptr;
}

QStringList ContextQuestion::optionIds() const
{
    QStringList out;
    for (const ContextOption& o : options)
        out << o.id;
    return out;
}

const ContextQuestion* ContextQuestions::question(const QString& consideration) const
{
    for (const ContextQuestion& q : questions)
        if (q.consideration == consideration)
            return &q;
    return nullptr;
}

ContextQuestionsLoad readContextQuestions(const QByteArray& text, const Table3& table,
                                          const QString& language)
{
    ContextQuestionsLoad load;
    const auto parsed = parseJson(text, {}, load.problems);
    if (!parsed)
        return load;
    const json& doc = *parsed;
    JsonReader r(load.problems);
    if (!r.isObject(doc, QStringLiteral("(top level)")))
        return load;
    r.rejectUnknownKeys(doc, {}, {"format", "version", "about", "questions"});
    if (r.string(doc, "format", {}, true) != QLatin1String("tulana-context-questions"))
        r.fail(QStringLiteral("format"),
               tulana::tr("this is not a context questions file (\"tulana-context-questions\")"));
    if (const auto v = r.integer(doc, "version", {}, true); v && *v != 1)
        r.fail(QStringLiteral("version"), tulana::tr("version %1 is not supported").arg(*v));
    ContextQuestions out;
    const QString path = QStringLiteral("questions");
    if (!doc.contains("questions") || !r.isArray(doc["questions"], path)) {
        if (!doc.contains("questions"))
            r.fail(path, tulana::tr("the required section \"questions\" is missing"));
        return load;
    }
    for (std::size_t i = 0; i < doc["questions"].size(); ++i) {
        const QString at = JsonReader::index(path, i);
        if (r.isObject(doc["questions"][i], at))
            out.questions.push_back(readQuestion(r, doc["questions"][i], at, table, language));
    }
    // One question per consideration, in the table's order: the screen and
    // the memo list them as the brief does.
    QStringList asked;
    for (const ContextQuestion& q : out.questions)
        asked << q.consideration;
    if (asked != table.ids())
        r.fail(path, tulana::tr("the questions must follow Table 3, one per consideration: %1")
                         .arg(table.ids().join(QStringLiteral(", "))));
    if (!hasErrors(load.problems))
        load.questions = std::move(out);
    return load;
}

const ContextQuestions& contextQuestions()
{
    static std::map<QString, ContextQuestions> shipped;
    return i18n::perLanguage(shipped, [](const QString& language) {
        QFile file(QStringLiteral(":/tulana/considerations/context-questions.json"));
        if (!file.open(QIODevice::ReadOnly))
            return ContextQuestions{};
        return readContextQuestions(file.readAll(), table3(), language)
            .questions.value_or(ContextQuestions{});
    });
}

} // namespace tulana
