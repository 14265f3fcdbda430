#include "training/TrainingJson.h"

#include "i18n/Translate.h"
#include "support/InputFile.h"

#include <QRegularExpression>

namespace tulana::training::detail {

std::optional<json> readJsonFile(const QString& path, const QString& displayPath,
                                 Problems& problems, QByteArray* text)
{
    QString why;
    const std::optional<QByteArray> read = readInputFile(path, kMaxSmallFileBytes, &why);
    if (!read) {
        problems << error(displayPath, why);
        return std::nullopt;
    }
    const QByteArray& bytes = *read;
    if (text)
        *text = bytes;
    return parseJson(bytes, displayPath, problems);
}

std::optional<json> readJsonFile(const QString& path, const QString& displayPath,
                                 Problems& problems)
{
    return readJsonFile(path, displayPath, problems, nullptr);
}

void checkFormat(JsonReader& r, const json& object, const char* format)
{
    const QString found = r.string(object, "format", {}, true);
    if (!found.isEmpty() && found != QLatin1String(format))
        r.fail(QStringLiteral("format"),
               tulana::tr("expected \"%1\", found \"%2\"").arg(QLatin1String(format), found));
    if (const auto version = r.integer(object, "version", {}, true);
        version && *version != kTrainingFormatVersion)
        r.fail(QStringLiteral("version"),
               tulana::tr("version %1 is not supported (this Tulana reads version %2)")
                   .arg(*version)
                   .arg(kTrainingFormatVersion));
}

Translated readTranslated(JsonReader& r, const json& object, const char* key, const QString& path,
                          bool required)
{
    Translated t;
    t.en = r.string(object, key, path, required);
    if (required && object.contains(key) && object[key].is_string() && t.en.trimmed().isEmpty())
        r.fail(JsonReader::child(path, key), tulana::tr("must not be empty"));
    const auto hi = object.find("hi");
    if (hi != object.end() && hi->is_object())
        t.hi = r.string(*hi, key, JsonReader::child(path, "hi"), false);
    return t;
}

void checkTranslationKeys(JsonReader& r, const json& object, const QString& path,
                          std::initializer_list<const char*> texts,
                          std::initializer_list<const char*> lists)
{
    const auto hi = object.find("hi");
    if (hi == object.end())
        return;
    const QString hiPath = JsonReader::child(path, "hi");
    if (!r.isObject(*hi, hiPath))
        return;
    for (auto it = hi->begin(); it != hi->end(); ++it) {
        const QString keyPath = JsonReader::child(hiPath, it.key().c_str());
        bool isText = false;
        bool isList = false;
        for (const char* k : texts)
            isText = isText || it.key() == k;
        for (const char* k : lists)
            isList = isList || it.key() == k;
        if (isText) {
            if (!it->is_string())
                r.fail(keyPath,
                       tulana::tr("expected text, found %1").arg(JsonReader::describe(*it)));
        } else if (isList) {
            readStrings(r, *hi, it.key().c_str(), hiPath, false);
        } else {
            r.fail(
                keyPath,
                tulana::tr("unknown field \"%1\" (a misspelling, or a file from another program?)")
                    .arg(QString::fromStdString(it.key())));
        }
    }
}

QStringList readStrings(JsonReader& r, const json& object, const char* key, const QString& path,
                        bool required)
{
    QStringList out;
    const auto it = object.find(key);
    const QString listPath = JsonReader::child(path, key);
    if (it == object.end()) {
        if (required)
            r.fail(listPath,
                   tulana::tr("the required field \"%1\" is missing").arg(QString::fromUtf8(key)));
        return out;
    }
    if (!r.isArray(*it, listPath))
        return out;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& element = (*it)[i];
        if (element.is_string())
            out << QString::fromStdString(element.get<std::string>());
        else
            r.fail(JsonReader::index(listPath, i),
                   tulana::tr("expected text, found %1").arg(JsonReader::describe(element)));
    }
    return out;
}

bool checkId(JsonReader& r, const QString& id, const QString& path)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (id.isEmpty() || pattern.match(id).hasMatch())
        return true; // an empty id is reported as missing already
    r.fail(
        path,
        tulana::tr("\"%1\" is not a valid id: use lower-case letters, digits and hyphens").arg(id));
    return false;
}

bool checkOptionId(JsonReader& r, const QString& id, const QString& path)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (id.isEmpty() || pattern.match(id).hasMatch())
        return true;
    r.fail(path, tulana::tr(
                     "\"%1\" is not a valid option id: use letters, digits, \"-\", \"_\" and \".\"")
                     .arg(id));
    return false;
}

QString located(const QString& file, const QString& path)
{
    if (path.isEmpty())
        return file;
    return file.isEmpty() ? path : file + QStringLiteral(": ") + path;
}

} // namespace tulana::training::detail
