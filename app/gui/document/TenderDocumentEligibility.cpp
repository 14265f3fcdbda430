// The eligibility mutators of TenderDocument: kept apart from the other
// edits so the eligibility feature stays in a few files.
#include "document/TenderDocument.h"

namespace tulana {

void TenderDocument::setEligibilityCriteria(const std::vector<eligibility::Criterion>& criteria)
{
    m_tender.eligibility = criteria;
    reevaluate();
    emit eligibilityCriteriaChanged();
    finishEdit();
}

void TenderDocument::setBidEligibility(int bid, const std::vector<eligibility::Response>& responses)
{
    m_tender.bids.at(std::size_t(bid)).eligibility = responses;
    reevaluate();
    emit bidEligibilityChanged(bid);
    finishEdit();
}

void TenderDocument::setBidEnterprise(int bid, const eligibility::Enterprise& enterprise)
{
    m_tender.bids.at(std::size_t(bid)).enterprise = enterprise;
    reevaluate(); // changes no score, but the evaluation is kept in step with every edit
    emit bidEligibilityChanged(bid);
    finishEdit();
}

void TenderDocument::setBidCertifications(int bid,
                                          const std::vector<eligibility::Certification>& list)
{
    m_tender.bids.at(std::size_t(bid)).certifications = list;
    reevaluate();
    emit bidEligibilityChanged(bid);
    finishEdit();
}

} // namespace tulana
