#include "JsonReader.h"
#include "i18n/Translate.h"
#include "support/JsonTree.h"

#include <QCoreApplication>

#include <cstdint>
#include <limits>

namespace tulana {
namespace {} // namespace

QString JsonReader::child(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromUtf8(key)
                          : path + QLatin1Char('.') + QString::fromUtf8(key);
}

QString JsonReader::index(const QString& path, std::size_t i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString JsonReader::describe(const json& j)
{
    switch (j.type()) {
    case json::value_t::null:
        return tulana::tr("null");
    case json::value_t::boolean:
        return tulana::tr("true/false");
    case json::value_t::string:
        return tulana::tr("the text \"%1\"")
            .arg(QString::fromStdString(j.get<std::string>()).left(40));
    case json::value_t::array:
        return tulana::tr("a list");
    case json::value_t::object:
        return tulana::tr("an object");
    default:
        return tulana::tr("the number %1").arg(QString::fromStdString(j.dump()));
    }
}

void JsonReader::fail(const QString& path, const QString& message)
{
    m_problems << error(path, message);
}

bool JsonReader::isObject(const json& j, const QString& path)
{
    if (j.is_object())
        return true;
    fail(path, tulana::tr("expected an object, found %1").arg(describe(j)));
    return false;
}

bool JsonReader::isArray(const json& j, const QString& path)
{
    if (j.is_array())
        return true;
    fail(path, tulana::tr("expected a list, found %1").arg(describe(j)));
    return false;
}

void JsonReader::rejectUnknownKeys(const json& object, const QString& path,
                                   std::initializer_list<const char*> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool expected = false;
        for (const char* k : known)
            expected = expected || it.key() == k;
        if (!expected)
            fail(child(path, it.key().c_str()),
                 tulana::tr("unknown field \"%1\" (a misspelling, or a file from another program?)")
                     .arg(QString::fromStdString(it.key())));
    }
}

void JsonReader::readTranslations(const json& object, const QString& path, const QString& language,
                                  std::initializer_list<std::pair<const char*, QString*>> texts)
{
    if (!object.contains("hi"))
        return;
    const QString hiPath = child(path, "hi");
    const json& hi = object["hi"];
    if (!isObject(hi, hiPath))
        return;
    for (auto it = hi.begin(); it != hi.end(); ++it) {
        bool expected = false;
        for (const auto& t : texts)
            expected = expected || it.key() == t.first;
        if (!expected)
            fail(child(hiPath, it.key().c_str()),
                 tulana::tr("unknown field \"%1\" (a misspelling, or a file from another program?)")
                     .arg(QString::fromStdString(it.key())));
    }
    for (const auto& [key, text] : texts) {
        const QString translated = string(hi, key, hiPath, false);
        if (language == QLatin1String("hi") && !translated.isEmpty())
            *text = translated;
    }
}

const JsonReader::json* JsonReader::field(const json& object, const char* key, const QString& path,
                                          bool required, const char* expected)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            fail(child(path, key),
                 tulana::tr("the required field \"%1\" is missing").arg(QString::fromUtf8(key)));
        return nullptr;
    }
    const json& value = *it;
    // null stands for a number not yet entered: the writer puts it there for
    // NaN and the value checks, not the loader, report it, so unfinished work
    // saves and reopens.
    const bool ok = (qstrcmp(expected, "string") == 0 && value.is_string()) ||
                    (qstrcmp(expected, "number") == 0 && (value.is_number() || value.is_null())) ||
                    (qstrcmp(expected, "integer") == 0 && value.is_number_integer()) ||
                    (qstrcmp(expected, "boolean") == 0 && value.is_boolean());
    if (!ok) {
        const QString want = qstrcmp(expected, "string") == 0    ? tulana::tr("text")
                             : qstrcmp(expected, "boolean") == 0 ? tulana::tr("true or false")
                             : qstrcmp(expected, "integer") == 0 ? tulana::tr("a whole number")
                                                                 : tulana::tr("a number");
        fail(child(path, key), tulana::tr("expected %1, found %2").arg(want, describe(value)));
        return nullptr;
    }
    return &value;
}

QString JsonReader::string(const json& object, const char* key, const QString& path, bool required,
                           const QString& fallback)
{
    const json* v = field(object, key, path, required, "string");
    return v ? QString::fromStdString(v->get<std::string>()) : fallback;
}

std::optional<double> JsonReader::number(const json& object, const char* key, const QString& path,
                                         bool required)
{
    const json* v = field(object, key, path, required, "number");
    if (!v)
        return std::nullopt;
    return v->is_null() ? std::numeric_limits<double>::quiet_NaN() : v->get<double>();
}

std::optional<int> JsonReader::integer(const json& object, const char* key, const QString& path,
                                       bool required)
{
    const json* v = field(object, key, path, required, "integer");
    if (!v)
        return std::nullopt;
    // A whole number beyond int would wrap (4294967297 read as 1): refused.
    constexpr auto lowest = std::numeric_limits<int>::min();
    constexpr auto highest = std::numeric_limits<int>::max();
    const bool inRange = v->is_number_unsigned() ? v->get<std::uint64_t>() <= std::uint64_t(highest)
                                                 : v->get<std::int64_t>() >= lowest &&
                                                       v->get<std::int64_t>() <= highest;
    if (!inRange) {
        const QString shown = QString::fromStdString(v->dump());
        fail(child(path, key),
             v->is_number_unsigned() || v->get<std::int64_t>() > 0
                 ? tulana::tr("%1 is too large a number for this field").arg(shown)
                 : tulana::tr("%1 is too small a number for this field").arg(shown));
        return std::nullopt;
    }
    return v->get<int>();
}

std::optional<bool> JsonReader::boolean(const json& object, const char* key, const QString& path)
{
    const json* v = field(object, key, path, false, "boolean");
    return v ? std::optional<bool>(v->get<bool>()) : std::nullopt;
}

Problem jsonSyntaxProblem(const QByteArray& text, std::size_t byte, const char* what,
                          const QString& where)
{
    // Turn the byte offset into the line and column an editor shows.
    const auto offset = qsizetype(std::min<std::size_t>(byte, std::size_t(text.size())));
    const QByteArray before = text.left(offset > 0 ? offset - 1 : 0);
    const auto line = before.count('\n') + 1;
    // Columns count characters, as editors do, not UTF-8 bytes.
    const auto column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
    // nlohmann's message starts with "[json.exception.parse_error.101] parse
    // error at line 1, column 2: "; keep only the part after the position.
    QString detail = QString::fromUtf8(what);
    const QString at = tulana::tr("line %1, column %2").arg(line).arg(column);
    const QString place = where.isEmpty() ? at : where + QStringLiteral(", ") + at;
    // "[json.exception.out_of_range.406] number overflow parsing '1e400'":
    // valid JSON, but beyond what a number can hold.
    if (detail.contains(QLatin1String("out_of_range.406"))) {
        const qsizetype open = detail.indexOf(u'\'');
        return error(place, tulana::tr("the number %1 is too large to be read")
                                .arg(detail.mid(open + 1).chopped(1)));
    }
    detail = detail.mid(detail.indexOf(QLatin1String(": ")) + 2);
    return error(place, tulana::tr("this is not valid JSON: %1").arg(detail));
}

std::optional<nlohmann::json> parseJson(const QByteArray& text, const QString& where,
                                        Problems& problems)
{
    JsonTreeBuilder builder;
    if (!buildJsonTree(text, builder, where, problems))
        return std::nullopt;
    return std::move(builder.root);
}

} // namespace tulana
