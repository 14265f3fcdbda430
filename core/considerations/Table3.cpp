#include "Table3.h"

#include "i18n/PerLanguage.h"
#include "i18n/Translate.h"
#include "support/JsonReader.h"

#include <QFile>

#include <map>

namespace tulana {
namespace {

using nlohmann::json;

Table3Cell readCell(JsonReader& r, const json& j, const char* key, const QString& path)
{
    Table3Cell cell;
    const QString at = JsonReader::child(path, key);
    if (!j.contains(key)) {
        r.fail(at, tulana::tr("the required field \"%1\" is missing").arg(QLatin1String(key)));
        return cell;
    }
    if (!r.isObject(j[key], at))
        return cell;
    r.rejectUnknownKeys(j[key], at, {"text", "notes"});
    cell.text = r.string(j[key], "text", at, true);
    cell.notes = r.string(j[key], "notes", at, true); // present even when blank, as printed
    return cell;
}

void readSource(JsonReader& r, const json& j, Table3Source& s)
{
    const QString path = QStringLiteral("source");
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path,
                        {"title", "publishers", "jointlyPublishedWith", "authors", "date", "table",
                         "tableTitle", "licence"});
    s.title = r.string(j, "title", path, true);
    s.jointlyPublishedWith = r.string(j, "jointlyPublishedWith", path, false);
    s.authors = r.string(j, "authors", path, false);
    s.date = r.string(j, "date", path, true);
    s.table = r.string(j, "table", path, true);
    s.tableTitle = r.string(j, "tableTitle", path, true);
    s.licence = r.string(j, "licence", path, true);
    const QString at = JsonReader::child(path, "publishers");
    if (j.contains("publishers") && r.isArray(j["publishers"], at)) {
        for (std::size_t i = 0; i < j["publishers"].size(); ++i) {
            const json& p = j["publishers"][i];
            if (p.is_string())
                s.publishers << QString::fromStdString(p.get<std::string>());
            else
                r.fail(JsonReader::index(at, i),
                       tulana::tr("expected text, found %1").arg(JsonReader::describe(p)));
        }
    }
    if (s.publishers.isEmpty())
        r.fail(at, tulana::tr("the publishers must be named"));
}

void readColumns(JsonReader& r, const json& j, Table3Columns& c)
{
    const QString path = QStringLiteral("columns");
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path,
                        {"consideration", "open", "openNotes", "proprietary", "proprietaryNotes"});
    c.consideration = r.string(j, "consideration", path, true);
    c.open = r.string(j, "open", path, true);
    c.openNotes = r.string(j, "openNotes", path, true);
    c.proprietary = r.string(j, "proprietary", path, true);
    c.proprietaryNotes = r.string(j, "proprietaryNotes", path, true);
}

void readRows(JsonReader& r, const json& j, std::vector<Table3Row>& rows, const QString& language)
{
    const QString path = QStringLiteral("considerations");
    if (!r.isArray(j, path))
        return;
    for (std::size_t i = 0; i < j.size(); ++i) {
        const QString at = JsonReader::index(path, i);
        if (!r.isObject(j[i], at))
            continue;
        r.rejectUnknownKeys(j[i], at, {"id", "name", "hi", "open", "proprietary"});
        Table3Row row;
        row.id = r.string(j[i], "id", at, true);
        row.name = r.string(j[i], "name", at, true);
        r.readTranslations(j[i], at, language, {{"name", &row.name}});
        row.open = readCell(r, j[i], "open", at);
        row.proprietary = readCell(r, j[i], "proprietary", at);
        for (const Table3Row& earlier : rows)
            if (!row.id.isEmpty() && earlier.id == row.id)
                r.fail(JsonReader::child(at, "id"),
                       tulana::tr("the id \"%1\" is used twice").arg(row.id));
        rows.push_back(std::move(row));
    }
}

void readClauses(JsonReader& r, const json& j, const QString& rule, Table3RuleClauses& c)
{
    const QString path = QStringLiteral("ruleClauses");
    if (!r.isObject(j, path))
        return;
    r.rejectUnknownKeys(j, path, {"open", "proprietary", "equivalent"});
    for (auto [key, out] : {std::pair{"open", &c.open}, std::pair{"proprietary", &c.proprietary},
                            std::pair{"equivalent", &c.equivalent}}) {
        *out = r.string(j, key, path, true);
        // Quoted as the brief's words, so they must be the brief's words.
        if (!out->isEmpty() && !rule.contains(*out))
            r.fail(JsonReader::child(path, key),
                   tulana::tr("this clause is not part of decisionRule"));
    }
}

} // namespace

QString toKey(Side side)
{
    return side == Side::Open ? QStringLiteral("open") : QStringLiteral("proprietary");
}

QString toKey(CellPart part)
{
    return part == CellPart::Text ? QStringLiteral("text") : QStringLiteral("notes");
}

std::optional<Side> sideFromKey(const QString& key)
{
    if (key == QLatin1String("open"))
        return Side::Open;
    if (key == QLatin1String("proprietary"))
        return Side::Proprietary;
    return std::nullopt;
}

std::optional<CellPart> cellPartFromKey(const QString& key)
{
    if (key == QLatin1String("text"))
        return CellPart::Text;
    if (key == QLatin1String("notes"))
        return CellPart::Notes;
    return std::nullopt;
}

QString Table3Source::citation() const
{
    // Publishers (date). “Title”. Jointly published with …. Table 3: “…”.
    QString text = tulana::tr("%1 (%2). \u201c%3\u201d.")
                       .arg(publishers.join(QStringLiteral("; ")), date, title);
    if (!jointlyPublishedWith.isEmpty())
        text +=
            QLatin1Char(' ') + tulana::tr("Jointly published with %1.").arg(jointlyPublishedWith);
    return text + QLatin1Char(' ') + tulana::tr("%1: \u201c%2\u201d.").arg(table, tableTitle);
}

const Table3Row* Table3::row(const QString& id) const
{
    for (const Table3Row& r : rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

QStringList Table3::ids() const
{
    QStringList out;
    for (const Table3Row& r : rows)
        out << r.id;
    return out;
}

Table3Load readTable3(const QByteArray& text, const QString& language)
{
    Table3Load load;
    const auto parsed = parseJson(text, {}, load.problems);
    if (!parsed)
        return load;
    const json& doc = *parsed;
    JsonReader r(load.problems);
    if (!r.isObject(doc, QStringLiteral("(top level)")))
        return load;
    r.rejectUnknownKeys(doc, {},
                        {"format", "version", "source", "columns", "decisionRule", "ruleClauses",
                         "accountability", "considerations"});
    if (r.string(doc, "format", {}, true) != QLatin1String("tulana-table3"))
        r.fail(QStringLiteral("format"),
               tulana::tr("this is not a Table 3 file (\"tulana-table3\")"));
    if (const auto v = r.integer(doc, "version", {}, true); v && *v != 1)
        r.fail(QStringLiteral("version"), tulana::tr("version %1 is not supported").arg(*v));
    Table3 t;
    for (const char* key : {"source", "columns", "ruleClauses", "considerations"})
        if (!doc.contains(key))
            r.fail(
                QString::fromUtf8(key),
                tulana::tr("the required section \"%1\" is missing").arg(QString::fromUtf8(key)));
    if (doc.contains("source"))
        readSource(r, doc["source"], t.source);
    if (doc.contains("columns"))
        readColumns(r, doc["columns"], t.columns);
    t.decisionRule = r.string(doc, "decisionRule", {}, true);
    if (doc.contains("ruleClauses"))
        readClauses(r, doc["ruleClauses"], t.decisionRule, t.ruleClauses);
    t.accountability = r.string(doc, "accountability", {}, true);
    if (doc.contains("considerations"))
        readRows(r, doc["considerations"], t.rows, language);
    if (!hasErrors(load.problems))
        load.table = std::move(t);
    return load;
}

const Table3& table3()
{
    static std::map<QString, Table3> shipped;
    return i18n::perLanguage(shipped, [](const QString& language) {
        QFile file(QStringLiteral(":/tulana/table3/table3.json"));
        if (!file.open(QIODevice::ReadOnly))
            return Table3{};
        return readTable3(file.readAll(), language).table.value_or(Table3{});
    });
}

} // namespace tulana
