#include "document/DecisionSeal.h"

#include "memo/Fingerprint.h"

namespace tulana {
namespace {

Decision unfinalised(Decision decision)
{
    decision.finalised = false;
    return decision;
}

} // namespace

DecisionSeal DecisionSeal::of(const Tender& tender)
{
    DecisionSeal seal;
    seal.m_inputs = evaluationInputs(tender);
    seal.m_context = tender.context;
    seal.m_decision = unfinalised(tender.decision);
    return seal;
}

bool DecisionSeal::matches(const Tender& tender) const
{
    // The cheap comparisons first: the inputs serialise every mark.
    return m_decision == unfinalised(tender.decision) && m_context == tender.context &&
           m_inputs == evaluationInputs(tender);
}

} // namespace tulana
