#include "Evaluation.h"

namespace tulana {

QString toKey(Standing s)
{
    switch (s) {
    case Standing::Qualified:
        return QStringLiteral("qualified");
    case Standing::BelowMinimumTechnical:
        return QStringLiteral("below-minimum-technical");
    case Standing::BelowCriterionMinimum:
        return QStringLiteral("below-criterion-minimum");
    case Standing::OverBudget:
        return QStringLiteral("over-budget");
    case Standing::NonResponsive:
        return QStringLiteral("non-responsive");
    case Standing::Withdrawn:
        return QStringLiteral("withdrawn");
    case Standing::Ineligible:
        return QStringLiteral("ineligible");
    case Standing::Incomplete:
        return QStringLiteral("incomplete");
    }
    return {};
}

const BidResult* Evaluation::resultFor(int bid) const
{
    if (bid < 0 || std::size_t(bid) >= results.size())
        return nullptr;
    return &results[std::size_t(bid)];
}

} // namespace tulana
