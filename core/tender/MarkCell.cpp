#include "MarkCell.h"

namespace tulana {

MarkCell markCell(const Tender& tender, const std::vector<LeafRef>& leaves, const QString& bid,
                  const QString& criterion, const QString& member)
{
    return {bidIndex(tender, bid), leafIndex(leaves, criterion), evaluatorIndex(tender, member)};
}

} // namespace tulana
