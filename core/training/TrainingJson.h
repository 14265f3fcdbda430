#pragma once

// Helpers shared by the readers of the training files (not a public API).

#include "diagnostics/Problem.h"
#include "support/JsonReader.h"
#include "training/TrainingCase.h"

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <map>
#include <optional>

namespace tulana::training::detail {

using nlohmann::json;

// Reads a file and parses it; a missing file or a syntax error (with line
// and column) is recorded under `displayPath`.
std::optional<json> readJsonFile(const QString& path, const QString& displayPath,
                                 Problems& problems);

// The same, keeping the text for jsonLines().
std::optional<json> readJsonFile(const QString& path, const QString& displayPath,
                                 Problems& problems, QByteArray* text);

// JsonLines.cpp: the line of each value of a parsed JSON text by its JSON
// path, and " (line N)" added to problems located by such a path.
std::map<QString, int> jsonLines(const QByteArray& text);
void addLines(Problems& problems, const std::map<QString, int>& lines);

// Checks "format" and "version" of a training file.
void checkFormat(JsonReader& r, const json& object, const char* format);

// {"key": "English", "hi": {"key": "हिन्दी"}}: the text and its translation.
Translated readTranslated(JsonReader& r, const json& object, const char* key, const QString& path,
                          bool required);
// The "hi" object may only hold these keys, each a text (or, for the keys in
// `lists`, a list of texts).
void checkTranslationKeys(JsonReader& r, const json& object, const QString& path,
                          std::initializer_list<const char*> texts,
                          std::initializer_list<const char*> lists = {});

// A list of texts; problems for elements that are not texts.
QStringList readStrings(JsonReader& r, const json& object, const char* key, const QString& path,
                        bool required);

// Ids of cases, goals, steps and questions: lower-case letters, digits and
// hyphens, starting with a letter or digit. Reports and returns false otherwise.
bool checkId(JsonReader& r, const QString& id, const QString& path);
// Option ids may also hold capitals, "_" and "." ("B2", "gfr-192.i").
bool checkOptionId(JsonReader& r, const QString& id, const QString& path);

// "<file>: <json path>" as problems are located.
QString located(const QString& file, const QString& path);

} // namespace tulana::training::detail

#include "training/TrainingLoad.h"

namespace tulana::training::detail {

// CaseReader.cpp: the case's fields, with problems for wrong shapes. Lists
// keep one element per JSON element (index i is "questions[i]" in problems).
TrainingCase parseCase(JsonReader& r, const json& root);

// CaseValidation.cpp: ids, cross references and answers that must exist
// (errors through `r`); doubtful but usable content goes to `warnings`.
void checkCaseReferences(JsonReader& r, Problems& warnings, const TrainingCase& trainingCase,
                         const References& references);

// CaseTender.cpp: loads the case's tender into `trainingCase.tender` and
// checks it and the answers computed from it. Problems of the tender file are
// reported under its own name (`tenderDisplay`); the others with JSON paths.
void loadAndCheckTender(JsonReader& r, Problems& tenderProblems, TrainingCase& trainingCase,
                        const QString& tenderDisplay);

} // namespace tulana::training::detail
