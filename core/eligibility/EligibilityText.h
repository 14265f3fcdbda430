#pragma once

// Plain sentences about eligibility shared by the CLI report, the memo and
// the desktop app, so all three say the same thing the same way.

#include "eligibility/EligibilityCheck.h"

#include <QString>
#include <QStringList>

namespace tulana {
struct Tender;
}

namespace tulana::eligibility {

// "E3 Prior deployments (prior deployment; a pilot deployment or a
// third-party audit may stand in)".
QString describeCriterion(const Criterion& criterion);
// "pilot deployment, third-party audit", or "none".
QString describeAlternatives(const std::vector<Alternative>& alternatives);
// "STQC: robustness, documentation; issued by …; ref. …; valid until 31 Mar 2028".
QString describeCertification(const Certification& certification);
// "eligible (E3 met by a pilot deployment)", "not eligible: E2 … not met".
QString describeOutcome(const Outcome& outcome);
// "start-up (DPIIT …)", empty when nothing is recorded.
QString describeEnterprise(const Enterprise& enterprise);

// Whether the tender records anything of eligibility at all: criteria, a
// designation or a certification. Reports print nothing of it otherwise, so
// their output for older files does not change.
bool recordsEligibility(const Tender& tender);
bool recordsDesignations(const Tender& tender);

} // namespace tulana::eligibility
