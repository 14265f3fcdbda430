#include "ProcessState.h"

#include "i18n/Translate.h"

namespace tulana::process {

QString actName(Act act)
{
    switch (act) {
    case Act::RulesAnnounced:
        return tulana::tr("Rules announced");
    case Act::RulesCorrected:
        return tulana::tr("Corrigendum to the rules");
    case Act::EnvelopeReceived:
        return tulana::tr("Financial envelope received");
    case Act::BidsReceived:
        return tulana::tr("Bids received");
    case Act::EligibilityAssessed:
        return tulana::tr("Eligibility assessed");
    case Act::SheetIssued:
        return tulana::tr("Evaluator sheet issued");
    case Act::SheetReceived:
        return tulana::tr("Evaluator sheet received");
    case Act::MarkModerated:
        return tulana::tr("Mark moderated");
    case Act::TechnicalLocked:
        return tulana::tr("Technical scores locked");
    case Act::TechnicalUnlocked:
        return tulana::tr("Technical scores unlocked");
    case Act::FinancialOpened:
        return tulana::tr("Financial envelopes opened");
    case Act::DecisionFinalised:
        return tulana::tr("Decision finalised");
    case Act::MemoIssued:
        return tulana::tr("Memo issued");
    }
    return {};
}

QString actorName(const Tender& tender, const QString& actor)
{
    if (actor == QLatin1String("officer"))
        return tulana::tr("the officer");
    for (const Evaluator& e : tender.evaluators)
        if (e.id == actor && !e.name.trimmed().isEmpty())
            return e.name;
    return actor;
}

QString ProcessState::stageName() const
{
    if (!recorded)
        return tulana::tr("Process not recorded");
    return lastAct ? actName(*lastAct) : tulana::tr("Rules not yet announced");
}

void advance(ProcessState& state, Act act, int index)
{
    state.recorded = true;
    if (const std::optional<Part> part = partFixedBy(act))
        state.fixedBy[*part] = index;
    if (act == Act::TechnicalLocked)
        state.technicalLocked = true;
    if (act == Act::TechnicalUnlocked) {
        state.technicalLocked = false;
        state.fixedBy.erase(Part::Technical);
    }
    if (act == Act::FinancialOpened)
        state.opened = true;
    // Receipts, sheets, moderations and memos happen within a stage.
    if (act != Act::EnvelopeReceived && act != Act::MemoIssued && act != Act::SheetIssued &&
        act != Act::SheetReceived && act != Act::MarkModerated)
        state.lastAct = act;
}

ProcessState processState(const ProcessRecord& record)
{
    ProcessState state;
    state.recorded = record.isRecorded();
    for (std::size_t i = 0; i < record.log.size(); ++i)
        if (const std::optional<Act> act = actFromKey(record.log[i].kind))
            advance(state, *act, int(i));
    return state;
}

std::optional<QString> outOfOrder(const ProcessState& state, Act act)
{
    const bool announced = state.hasFixed(Part::Rules);
    if (act == Act::RulesAnnounced)
        return announced ? std::optional(tulana::tr("the rules are announced once; a change is a "
                                                    "corrigendum"))
                         : std::nullopt;
    if (!announced)
        return tulana::tr("a recorded process starts with the announcement of the rules");
    const bool bidsIn = state.hasFixed(Part::Bids);
    switch (act) {
    case Act::RulesAnnounced:
        break;
    case Act::RulesCorrected:
        if (state.opened)
            return tulana::tr("the rules cannot be corrected after the financial opening");
        break;
    case Act::EnvelopeReceived:
    case Act::BidsReceived:
        if (bidsIn)
            return tulana::tr("the bids were closed when they were recorded as received");
        break;
    case Act::EligibilityAssessed:
        if (!bidsIn)
            return tulana::tr("the bids must be recorded as received first");
        if (state.hasFixed(Part::Eligibility))
            return tulana::tr("the eligibility findings were already recorded");
        break;
    case Act::SheetIssued:
    case Act::SheetReceived:
    case Act::MarkModerated:
        // Marking happens on the bids as received, before the marks are
        // locked (or after an unlock) and before any price is seen.
        // The sheets carry each bid's eligibility finding: the committee
        // marks the bids found eligible.
        if (!state.hasFixed(Part::Eligibility))
            return tulana::tr("the eligibility findings must be recorded first");
        if (state.opened)
            return tulana::tr("the marks are final once the envelopes are opened");
        if (state.technicalLocked)
            return tulana::tr("the technical scores are locked; unlock them, with a reason, "
                              "first");
        break;
    case Act::TechnicalLocked:
        if (!state.hasFixed(Part::Eligibility))
            return tulana::tr("the eligibility findings must be recorded first");
        if (state.opened)
            return tulana::tr("the envelopes were already opened");
        if (state.technicalLocked)
            return tulana::tr("the technical scores are already locked");
        break;
    case Act::TechnicalUnlocked:
        if (state.opened)
            return tulana::tr("the technical scores cannot be unlocked after the financial "
                              "opening");
        if (!state.technicalLocked)
            return tulana::tr("the technical scores are not locked");
        break;
    case Act::FinancialOpened:
        if (state.opened)
            return tulana::tr("the envelopes were already opened");
        if (!state.technicalLocked)
            return tulana::tr("envelopes are opened only while the technical scores are locked");
        break;
    case Act::DecisionFinalised:
        if (!state.opened)
            return tulana::tr("the decision is finalised after the financial opening");
        if (state.hasFixed(Part::Decision))
            return tulana::tr("the decision was already finalised");
        break;
    case Act::MemoIssued:
        if (!state.hasFixed(Part::Decision))
            return tulana::tr("a memo is issued once the decision is finalised");
        break;
    }
    return std::nullopt;
}

std::optional<QString> figuresSealedBecause(const Tender& tender)
{
    if (!tender.process.isRecorded())
        return std::nullopt;
    if (processState(tender.process).opened)
        return lockedBecause(tender, Part::Opened);
    return tulana::tr("In a recorded process a financial proposal arrives sealed, in an envelope "
                      "(Process ▸ Receive an envelope); its figures enter the file only at the "
                      "financial opening.");
}

std::optional<QString> lockedBecause(const Tender& tender, Part part)
{
    const ProcessState state = processState(tender.process);
    const auto fixed = state.fixedBy.find(part);
    if (fixed == state.fixedBy.end())
        return std::nullopt;
    const ProcessRecord::Entry& e = tender.process.log[std::size_t(fixed->second)];
    const QString when = e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    switch (part) {
    case Part::Rules:
        return state.opened
                   ? tulana::tr("The rules were announced on %1 and the envelopes have been "
                                "opened: they can no longer change.")
                         .arg(when)
                   : tulana::tr("The rules were announced on %1: a change needs a corrigendum, "
                                "with its reason, which is logged and shown in the memo.")
                         .arg(when);
    case Part::Bids:
        return tulana::tr("The bids were received and recorded on %1.").arg(when);
    case Part::Eligibility:
        return tulana::tr("The eligibility findings were recorded on %1.").arg(when);
    case Part::Technical:
        return state.opened
                   ? tulana::tr("The technical scores were locked on %1 and the envelopes have "
                                "been opened: they can no longer change.")
                         .arg(when)
                   : tulana::tr("The technical scores were locked on %1 by %2: a change needs "
                                "an unlock, with its reason, which is logged and shown in the "
                                "memo.")
                         .arg(when, actorName(tender, e.actor));
    case Part::Opened:
        return tulana::tr("The financial envelopes were opened on %1: their figures are as "
                          "opened.")
            .arg(when);
    case Part::Decision:
        return tulana::tr("The decision was finalised on %1.").arg(when);
    }
    return std::nullopt;
}

} // namespace tulana::process
