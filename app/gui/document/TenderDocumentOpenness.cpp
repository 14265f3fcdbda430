// The openness mutators of TenderDocument: kept apart from the other edits
// so the openness feature stays in a few files.
#include "document/TenderDocument.h"

namespace tulana {

void TenderDocument::setOpennessScheme(const openness::OpennessScheme& scheme)
{
    m_tender.openness = scheme;
    reevaluate();
    emit opennessSchemeChanged();
    finishEdit();
}

void TenderDocument::setBidOpenness(int bid, const std::optional<openness::OpennessRecord>& record)
{
    m_tender.bids.at(std::size_t(bid)).openness = record;
    reevaluate();
    emit bidOpennessChanged(bid);
    finishEdit();
}

} // namespace tulana
