#pragma once

#include "decision/Departure.h"
#include "diagnostics/Problem.h"
#include "scoring/Evaluation.h"
#include "tender/Tender.h"

namespace tulana {

// A reason shorter than this (after trimming) is refused: "ok" or "as
// discussed" is not a reason an auditor can check.
inline constexpr int kMinimumReasonLength = 20;

// What a departure's justification still lacks, each problem at its JSON path
// in the tender file (decision.justification...), in words that name what is
// missing. Errors refuse finalising and the departure memo; warnings flag a
// reason that relies on a consideration whose answer favours open source.
// No departure: no problems, whatever the justification says.
Problems checkJustification(const Tender& tender, const Evaluation& evaluation,
                            const Departure& departure);

// Everything that stops the tender's decision from being finalised: the
// selected bid must exist and be qualified, a finalised decision needs its
// date, and a departure needs its justification (checkJustification()).
Problems checkDecision(const Tender& tender, const Evaluation& evaluation);

// The decision with `finalised` set, or the problems that refuse it.
struct FinaliseResult
{
    bool finalised = false;
    Decision decision;
    Problems problems;
};
FinaliseResult finaliseDecision(const Tender& tender, const Evaluation& evaluation);

} // namespace tulana
