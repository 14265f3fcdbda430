#pragma once

// The optional sections of the .tulana format that record the decision
// around an evaluation: "organisation", "context" and "decision"
// (docs/file-format.md). Internal to the reader and the writer.

#include "support/JsonReader.h"
#include "support/JsonWriter.h"
#include "tender/Committee.h"
#include "tender/ContextAnswers.h"
#include "tender/CostLine.h"
#include "tender/Decision.h"
#include "tender/Eligibility.h"
#include "tender/OpennessRecord.h"
#include "tender/OpennessScheme.h"
#include "tender/Organisation.h"
#include "tender/Process.h"

namespace tulana {

// An amount (a price, a tax, a cost line, the budget), read as
// JsonReader::number reads a number and refused beyond kMaxAmount
// (tender/Amount.h): such a figure would make every score "inf".
std::optional<double> readAmount(JsonReader& r, const nlohmann::json& j, const char* key,
                                 const QString& path, bool required);

void readOrganisation(JsonReader& r, const nlohmann::json& j, Organisation& out);
void readContext(JsonReader& r, const nlohmann::json& j, ContextAnswers& out);
void readDecision(JsonReader& r, const nlohmann::json& j, Decision& out);

// Each writes its key and section, or nothing when the section is empty, so a
// file without these sections is saved without them, byte for byte.
void writeOrganisation(JsonWriter& w, const Organisation& organisation);
void writeContext(JsonWriter& w, const ContextAnswers& context);
void writeDecision(JsonWriter& w, const Decision& decision);

// The recorded process (io/TenderProcess.cpp), format version 2: written
// only when the tender records its process, so other files stay version 1
// and byte for byte as before.
void readProcess(JsonReader& r, const nlohmann::json& j, ProcessRecord& out);
void writeProcess(JsonWriter& w, const ProcessRecord& process);

// The committee's record (io/TenderCommittee.cpp), format version 3:
// written only when it holds something, so other files keep their version.
// The spread bands are announced with the rules: "tender.spreadBands",
// written only when not the default.
void readCommittee(JsonReader& r, const nlohmann::json& j, CommitteeRecord& out);
void writeCommittee(JsonWriter& w, const CommitteeRecord& committee);
void readSpreadBands(JsonReader& r, const nlohmann::json& j, const QString& path, SpreadBands& out);
void writeSpreadBands(JsonWriter& w, const SpreadBands& bands);

// The openness parts (io/TenderOpenness.cpp): the scheme announced in
// "tender.openness" and a bid's record in "bids[i].openness". The scheme is
// written only when it is not the default; a bid's record only when it has one.
void readOpennessScheme(JsonReader& r, const nlohmann::json& j, const QString& path,
                        openness::OpennessScheme& out);
void readOpennessRecord(JsonReader& r, const nlohmann::json& j, const QString& path,
                        openness::OpennessRecord& out);
void writeOpennessScheme(JsonWriter& w, const openness::OpennessScheme& scheme);
void writeOpennessRecord(JsonWriter& w, const openness::OpennessRecord& record);

// The lifecycle-cost parts (io/TenderCosts.cpp): "tender.lifecycle", written
// only when not the default, and "bids[i].costs", written only when a bid has
// cost lines; so files without them are saved byte for byte as before.
void readLifecycleTerms(JsonReader& r, const nlohmann::json& j, const QString& path,
                        cost::LifecycleTerms& out);
void readCostLines(JsonReader& r, const nlohmann::json& j, const QString& path,
                   std::vector<cost::CostLine>& out);
void writeLifecycleTerms(JsonWriter& w, const cost::LifecycleTerms& terms);
void writeCostLines(JsonWriter& w, const std::vector<cost::CostLine>& lines);

// The eligibility parts (io/TenderEligibility.cpp): "tender.eligibility"
// (the criteria), and per bid "eligibility" (responses), "enterprise" and
// "certifications". Each is written only when not empty, so files without
// them are saved byte for byte as before.
void readEligibilityCriteria(JsonReader& r, const nlohmann::json& j, const QString& path,
                             std::vector<eligibility::Criterion>& out);
void readEligibilityResponses(JsonReader& r, const nlohmann::json& j, const QString& path,
                              std::vector<eligibility::Response>& out);
void readEnterprise(JsonReader& r, const nlohmann::json& j, const QString& path,
                    eligibility::Enterprise& out);
void readCertifications(JsonReader& r, const nlohmann::json& j, const QString& path,
                        std::vector<eligibility::Certification>& out);
void writeEligibilityCriteria(JsonWriter& w, const std::vector<eligibility::Criterion>& criteria);
void writeBidEligibility(JsonWriter& w, const std::vector<eligibility::Response>& responses,
                         const eligibility::Enterprise& enterprise,
                         const std::vector<eligibility::Certification>& certifications);

} // namespace tulana
