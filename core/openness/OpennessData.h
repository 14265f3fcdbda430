#pragma once

#include "diagnostics/Problem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace tulana::openness {

// The openness tables are data files under resources/openness/, compiled in
// as :/tulana/openness/NAME. These helpers read them; a file that cannot be
// read or parsed is recorded in `problems` (tests/openness checks that the
// shipped files load without any).
QByteArray readOpennessResource(const QString& name, Problems* problems);
nlohmann::json loadOpennessJson(const QString& name, Problems* problems);

// A text field of a JSON object, or empty when absent or not text.
QString textOf(const nlohmann::json& object, const char* key);
// A list of texts, skipping anything that is not text.
QStringList textsOf(const nlohmann::json& object, const char* key);

} // namespace tulana::openness
