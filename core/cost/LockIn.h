#pragma once

#include "cost/Lifecycle.h"

#include <QString>
#include <QStringList>

namespace tulana::cost {

enum class LockInLevel
{
    Low,
    Medium,
    High
};

QString toKey(LockInLevel level);
QString displayName(LockInLevel level);

// How hard it would be to leave a bid's system, read from its costs
// (docs/scoring.md, "Lock-in indicator"): the share of the NPV paid on exit
// and the share paid year after year. Each share is rated against the
// thresholds of resources/cost/cost-kinds.json; the indicator is the higher
// of the two ratings. An indicator, not a score: it enters no formula.
struct LockInIndicator
{
    LockInLevel level = LockInLevel::Low;
    double exitShare = 0;      // present value of exit costs / NPV
    double recurringShare = 0; // present value of recurring costs / NPV
    QStringList reasons;
    QStringList considerations; // Table 3 ids: "maintenance", "resource-constraints"
};

LockInIndicator lockIn(const LifecycleCost& cost);

} // namespace tulana::cost
