#pragma once

#include "diagnostics/Problem.h"
#include "tender/Tender.h"

namespace tulana {

// The committee's record (docs/committee.md) against the tender: every
// declaration, note and moderation names a member, a bid and (for notes and
// moderations) a marked criterion of the tender; a conflict says what it
// is; a member declares once per bid; a moderation has its reason, marks in
// the criterion's range, follows the one before it on the same mark, and the
// last one is the mark the bid holds (a mark changed after its moderation,
// without one, is refused); the announced spread bands are 0 < notable <
// wide ≤ 100.
void checkCommitteeRecord(const Tender& tender, Problems& out);

} // namespace tulana
