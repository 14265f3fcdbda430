#pragma once

#include "diagnostics/Problem.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>

namespace tulana {

// Reads typed fields out of a parsed JSON document and records, with the JSON
// path, every field that is missing, of the wrong type, or not expected.
class JsonReader
{
public:
    using json = nlohmann::json;

    explicit JsonReader(Problems& problems)
        : m_problems(problems)
    {}

    bool isObject(const json& j, const QString& path);
    bool isArray(const json& j, const QString& path);
    // Unknown keys are errors: silently dropping them would lose them on save.
    void rejectUnknownKeys(const json& object, const QString& path,
                           std::initializer_list<const char*> known);
    // A data file's texts in Hindi beside the English ones:
    // {"label": "...", "hi": {"label": "..."}}. Checks the "hi" object (only
    // the listed keys) and, when `language` is "hi", replaces each text that
    // has a translation. Callers list "hi" among their known keys.
    void readTranslations(const json& object, const QString& path, const QString& language,
                          std::initializer_list<std::pair<const char*, QString*>> texts);

    QString string(const json& object, const char* key, const QString& path, bool required,
                   const QString& fallback = {});
    std::optional<double> number(const json& object, const char* key, const QString& path,
                                 bool required);
    std::optional<int> integer(const json& object, const char* key, const QString& path,
                               bool required);
    std::optional<bool> boolean(const json& object, const char* key, const QString& path);

    void fail(const QString& path, const QString& message);
    static QString child(const QString& path, const char* key);
    static QString index(const QString& path, std::size_t i);
    static QString describe(const json& j); // "a string", "null"...

private:
    const json* field(const json& object, const char* key, const QString& path, bool required,
                      const char* expected);
    Problems& m_problems;
};

// A syntax error at `byte` of `text`, located by line and column.
Problem jsonSyntaxProblem(const QByteArray& text, std::size_t byte, const char* what,
                          const QString& where);

// Parses JSON text strictly (JsonTree.h): a syntax error is recorded with
// its line and column, a key given twice in an object or nesting deeper than
// kMaxJsonNesting with its JSON path.
std::optional<nlohmann::json> parseJson(const QByteArray& text, const QString& where,
                                        Problems& problems);

} // namespace tulana
