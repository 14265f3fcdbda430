#include "Evaluation.h"

#include "i18n/Translate.h"

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

QString notOpenedText()
{
    return tulana::tr("not opened");
}

const BidResult* Evaluation::resultFor(int bid) const
{
    if (bid < 0 || std::size_t(bid) >= results.size())
        return nullptr;
    return &results[std::size_t(bid)];
}

const BidFacts* Evaluation::factsFor(int bid) const
{
    if (bid < 0 || std::size_t(bid) >= facts.size())
        return nullptr;
    return &facts[std::size_t(bid)];
}

bool Evaluation::envelopeOpened(int bid) const
{
    const BidResult* r = resultFor(bid);
    return r && r->evaluatedPrice.has_value();
}

} // namespace tulana
