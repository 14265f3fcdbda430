#pragma once

// The eligibility parts of the evaluation reports (internal to core/report):
// nothing at all for a tender that records no eligibility, so the reports of
// older files stay as they were.

#include "scoring/Evaluation.h"
#include "support/JsonWriter.h"
#include "tender/Tender.h"

#include <QStringList>

namespace tulana {

// Lines for the plain-text report: criteria, each bid's outcome and any
// alternative used, designations with the preference rule, certifications.
QStringList eligibilityReportLines(const Tender& tender, const Evaluation& evaluation);

// Per bid in "tulana-evaluation" JSON: "eligibility", "enterprise",
// "certifications", each only when there is something to say.
void writeBidEligibilityReport(JsonWriter& w, const Tender& tender, const Evaluation& evaluation,
                               int bid);
// Top level: "smallEnterprisePreference", only when a designation is recorded.
void writePreferenceReport(JsonWriter& w, const Tender& tender);

} // namespace tulana
