#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace tulana::process {

// The acts of a recorded evaluation, in the order a tender goes through
// them (docs/process.md), each a kind of log entry. The stage a tender is
// at is the last stage-setting act in its log.
enum class Act
{
    RulesAnnounced,      // method, weights, criteria, options, committee, envelope key fixed
    RulesCorrected,      // a corrigendum to the announced rules, before any opening; with a reason
    EnvelopeReceived,    // one financial envelope, sealed; its receipt is the digest
    BidsReceived,        // the bids (bidders, systems, natures) and their envelopes fixed
    EligibilityAssessed, // the eligibility findings fixed
    SheetIssued,         // a member's evaluator sheet issued; its digest logged
    SheetReceived,     // a member's signed sheet received; its digest logged before its marks show
    MarkModerated,     // a mark revised by the committee, with its reason; the original kept
    TechnicalLocked,   // the technical marks and the bids' standing fixed
    TechnicalUnlocked, // the lock lifted, with a reason, before the opening
    FinancialOpened,   // the qualified bids' envelopes opened, their figures fixed
    DecisionFinalised, // the decision fixed
    MemoIssued,        // a memo made, its fingerprint logged
};

// The parts of a tender an act fixes, each a declared projection of the
// file (ProcessParts.cpp).
enum class Part
{
    Rules,
    Bids,
    Eligibility,
    Technical,
    Opened,
    Decision,
};

// Every act, in the order above.
const std::vector<Act>& allActs();
QString actKey(Act act); // "rules-announced"...
std::optional<Act> actFromKey(const QString& key);
// The part whose digest the act logs, if it fixes one.
std::optional<Part> partFixedBy(Act act);

} // namespace tulana::process
