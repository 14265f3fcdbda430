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

BidReason BidReason::criterionBelowMinimum(double average, int decimals, const QString& criterion,
                                           double minimum)
{
    return {Kind::CriterionBelowMinimum, average, minimum, decimals, criterion};
}

BidReason BidReason::technicalBelowMinimum(double technical, int decimals, double minimum)
{
    return {Kind::TechnicalBelowMinimum, technical, minimum, decimals, QString()};
}

BidReason BidReason::envelopeNotOpened()
{
    return {Kind::EnvelopeNotOpened, 0, 0, 0, QString()};
}

BidReason BidReason::overBudget(double evaluatedPrice, double budget)
{
    return {Kind::OverBudget, evaluatedPrice, budget, 2, QString()};
}

BidReason BidReason::nonResponsive(const QString& statedReason)
{
    return {Kind::NonResponsive, 0, 0, 0, statedReason};
}

BidReason BidReason::withdrawn(const QString& statedReason)
{
    return {Kind::Withdrawn, 0, 0, 0, statedReason};
}

BidReason BidReason::ineligible(const QString& eligibilityReason)
{
    return {Kind::Ineligible, 0, 0, 0, eligibilityReason};
}

BidReason BidReason::cannotBeScored(const QString& detail)
{
    return {Kind::CannotBeScored, 0, 0, 0, detail};
}

QString BidReason::text() const
{
    const auto figure = [this](double v) { return QString::number(v, 'f', m_decimals); };
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::CriterionBelowMinimum:
        return tulana::tr("the committee's average of %1 marks for \"%2\" is below its minimum "
                          "of %3")
            .arg(figure(m_first), m_words, QString::number(m_second));
    case Kind::TechnicalBelowMinimum:
        return tulana::tr("technical score %1 is below the minimum of %2")
            .arg(figure(m_first), QString::number(m_second));
    case Kind::EnvelopeNotOpened:
        return tulana::tr("technically qualified; its financial envelope is not yet opened");
    case Kind::OverBudget:
        return tulana::tr("evaluated price %1 is above the budget of %2")
            .arg(figure(m_first), figure(m_second));
    case Kind::NonResponsive:
        return tulana::tr("non-responsive: %1").arg(m_words);
    case Kind::Withdrawn:
        return tulana::tr("withdrawn: %1").arg(m_words);
    case Kind::Ineligible:
        return tulana::tr("not eligible: %1").arg(m_words);
    case Kind::CannotBeScored:
        return tulana::tr("cannot be scored yet: %1").arg(m_words);
    }
    return {};
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
