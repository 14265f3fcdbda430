#pragma once

#include "diagnostics/Problem.h"
#include "training/TraineeResults.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace tulana::training {

// The trainee's progress as xAPI 1.0.3 statements, for a learning record
// store (docs/training.md, "xAPI"): per case "experienced" (started),
// "answered" per question (with its result, the case as parent) and
// "completed" with the case's score. Activity ids are
// <activityBaseIri>/<pack>/<case>[/<question>].
nlohmann::json
toXapi(const TraineeResults& results,
       const QString& activityBaseIri = QStringLiteral("https://tulana.in/xapi/training"));
QByteArray
writeXapi(const TraineeResults& results,
          const QString& activityBaseIri = QStringLiteral("https://tulana.in/xapi/training"));

// Checks statements (one object or an array) against the structure xAPI
// requires of what Tulana writes: actor (Agent with name and an mbox or
// account), verb (IRI id and display), object (Activity with an IRI id),
// result (score scaled within [-1, 1] and raw within min..max), timestamp.
// Problems carry JSON paths ("[3].result.score.scaled").
Problems checkXapiStatements(const nlohmann::json& statements);

} // namespace tulana::training
