// The lifecycle-cost mutators of TenderDocument: kept apart from the other
// edits so the lifecycle-cost feature stays in a few files.
#include "document/TenderDocument.h"

namespace tulana {

void TenderDocument::setLifecycleTerms(const cost::LifecycleTerms& terms)
{
    m_tender.lifecycle = terms;
    reevaluate();
    emit lifecycleTermsChanged();
    finishEdit();
}

void TenderDocument::setBidCosts(int bid, const std::vector<cost::CostLine>& lines)
{
    m_tender.bids.at(std::size_t(bid)).costs = lines;
    reevaluate();
    emit bidCostsChanged(bid);
    finishEdit();
}

} // namespace tulana
