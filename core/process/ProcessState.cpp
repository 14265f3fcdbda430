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

ProcessState processState(const ProcessRecord& record)
{
    ProcessState state;
    state.recorded = record.isRecorded();
    for (std::size_t i = 0; i < record.log.size(); ++i) {
        const std::optional<Act> act = actFromKey(record.log[i].kind);
        if (!act)
            continue;
        if (const std::optional<Part> part = partFixedBy(*act))
            state.fixedBy[*part] = int(i);
        if (*act == Act::TechnicalLocked)
            state.technicalLocked = true;
        if (*act == Act::TechnicalUnlocked) {
            state.technicalLocked = false;
            state.fixedBy.erase(Part::Technical);
        }
        if (*act == Act::FinancialOpened)
            state.opened = true;
        if (*act != Act::EnvelopeReceived && *act != Act::MemoIssued)
            state.lastAct = *act;
    }
    return state;
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
