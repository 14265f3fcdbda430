#include "Acts.h"

#include <array>
#include <utility>

namespace tulana::process {
namespace {

constexpr std::array<std::pair<Act, const char*>, 13> kKeys{{
    {Act::RulesAnnounced, "rules-announced"},
    {Act::RulesCorrected, "rules-corrected"},
    {Act::EnvelopeReceived, "envelope-received"},
    {Act::BidsReceived, "bids-received"},
    {Act::EligibilityAssessed, "eligibility-assessed"},
    {Act::SheetIssued, "sheet-issued"},
    {Act::SheetReceived, "sheet-received"},
    {Act::MarkModerated, "mark-moderated"},
    {Act::TechnicalLocked, "technical-locked"},
    {Act::TechnicalUnlocked, "technical-unlocked"},
    {Act::FinancialOpened, "financial-opened"},
    {Act::DecisionFinalised, "decision-finalised"},
    {Act::MemoIssued, "memo-issued"},
}};

} // namespace

const std::vector<Act>& allActs()
{
    static const std::vector<Act> acts = [] {
        std::vector<Act> out;
        for (const auto& [act, key] : kKeys)
            out.push_back(act);
        return out;
    }();
    return acts;
}

QString actKey(Act act)
{
    for (const auto& [a, key] : kKeys)
        if (a == act)
            return QString::fromLatin1(key);
    return {};
}

std::optional<Act> actFromKey(const QString& key)
{
    for (const auto& [a, k] : kKeys)
        if (key == QLatin1String(k))
            return a;
    return std::nullopt;
}

std::optional<Part> partFixedBy(Act act)
{
    switch (act) {
    case Act::RulesAnnounced:
    case Act::RulesCorrected:
        return Part::Rules;
    case Act::BidsReceived:
        return Part::Bids;
    case Act::EligibilityAssessed:
        return Part::Eligibility;
    case Act::TechnicalLocked:
        return Part::Technical;
    case Act::FinancialOpened:
        return Part::Opened;
    case Act::DecisionFinalised:
        return Part::Decision;
    case Act::SheetIssued:       // its digest is the sheet's as issued
    case Act::SheetReceived:     // its digest is the signed sheet's receipt
    case Act::MarkModerated:     // its digest is the moderation's
    case Act::EnvelopeReceived:  // its digest is the envelope's receipt
    case Act::TechnicalUnlocked: // lifts a lock, fixes nothing
    case Act::MemoIssued:        // its digest is the memo's fingerprint
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace tulana::process
