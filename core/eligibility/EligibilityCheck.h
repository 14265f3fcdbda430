#pragma once

// Deciding, bid by bid, whether a bid passes the tender's eligibility
// criteria before it is technically scored (docs/scoring.md, "Eligibility").

#include "tender/Eligibility.h"

#include <QString>

#include <optional>
#include <vector>

namespace tulana {
struct Tender;
}

namespace tulana::eligibility {

// One criterion as judged for one bid.
struct CriterionOutcome
{
    int criterion = -1; // index into Tender::eligibility
    enum class Result
    {
        Passed,
        Failed,
        NotAssessed
    };
    Result result = Result::NotAssessed;
    std::optional<Alternative> alternativeUsed; // set when met by an allowed alternative
    // Set when the bid claims an alternative the tender does not allow for
    // this criterion: the claim does not count and the criterion fails.
    std::optional<Alternative> alternativeRefused;
    QString evidence;
    QString text; // "E3 \"Prior deployments\": met by a pilot deployment"
};

struct Outcome
{
    enum class Status
    {
        NoCriteria, // the tender states none: every bid goes on to scoring
        Eligible,
        NotEligible,
        NotYetAssessed
    };
    Status status = Status::NoCriteria;
    std::vector<CriterionOutcome> criteria; // in the tender's order
    QString reason; // why not eligible, or what is not yet assessed; empty otherwise

    bool excludesBid() const { return status == Status::NotEligible; }
};

Outcome assessEligibility(const Tender& tender, int bid);

// "eligible", "not eligible", "not yet assessed", "no criteria".
QString displayName(Outcome::Status status);
QString toKey(Outcome::Status status);

// What the tender's rulebook says on a preference for micro and small
// enterprises or start-ups, with its source, and that Tulana applies none.
QString preferenceStatement(const Tender& tender);

} // namespace tulana::eligibility
