#pragma once

// The optional sections of the .tulana format that record the decision
// around an evaluation: "organisation", "context" and "decision"
// (docs/file-format.md). Internal to the reader and the writer.

#include "considerations/ContextAnswers.h"
#include "decision/Decision.h"
#include "io/JsonReader.h"
#include "io/JsonWriter.h"
#include "tender/Organisation.h"

namespace tulana {

void readOrganisation(JsonReader& r, const nlohmann::json& j, Organisation& out);
void readContext(JsonReader& r, const nlohmann::json& j, ContextAnswers& out);
void readDecision(JsonReader& r, const nlohmann::json& j, Decision& out);

// Each writes its key and section, or nothing when the section is empty, so a
// file without these sections is saved without them, byte for byte.
void writeOrganisation(JsonWriter& w, const Organisation& organisation);
void writeContext(JsonWriter& w, const ContextAnswers& context);
void writeDecision(JsonWriter& w, const Decision& decision);

} // namespace tulana
