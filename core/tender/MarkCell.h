#pragma once

#include "Tender.h"

#include <compare>
#include <vector>

namespace tulana {

// Where one mark is: the bid, the marked criterion (its row in the bid's
// MarksSheet: its index in leavesOf()) and the member (the column). Each is
// -1 when nothing has the id. A moderation, and the check of the committee's
// record, name a mark by these three ids.
struct MarkCell
{
    int bid = -1;
    int leaf = -1;
    int member = -1;

    bool exists() const { return bid >= 0 && leaf >= 0 && member >= 0; }
    auto operator<=>(const MarkCell&) const = default;
};

// `leaves` is leavesOf(tender.criteria), passed in so that a caller that
// looks up many cells builds it once.
MarkCell markCell(const Tender& tender, const std::vector<LeafRef>& leaves, const QString& bid,
                  const QString& criterion, const QString& member);

} // namespace tulana
