#include "CostLine.h"

#include "i18n/Translate.h"

namespace tulana::cost {

QString toKey(Timing t)
{
    switch (t) {
    case Timing::OneTime:
        return QStringLiteral("one-time");
    case Timing::Recurring:
        return QStringLiteral("recurring");
    case Timing::Exit:
        return QStringLiteral("exit");
    }
    return {};
}

std::optional<Timing> timingFromKey(const QString& key)
{
    for (Timing t : {Timing::OneTime, Timing::Recurring, Timing::Exit})
        if (toKey(t) == key)
            return t;
    return std::nullopt;
}

QString toKey(FinancialBasis b)
{
    return b == FinancialBasis::LifecycleCost ? QStringLiteral("lifecycle-cost")
                                              : QStringLiteral("quoted-price");
}

std::optional<FinancialBasis> financialBasisFromKey(const QString& key)
{
    for (FinancialBasis b : {FinancialBasis::QuotedPrice, FinancialBasis::LifecycleCost})
        if (toKey(b) == key)
            return b;
    return std::nullopt;
}

QString displayName(FinancialBasis b)
{
    return b == FinancialBasis::LifecycleCost ? tulana::tr("lifecycle cost (net present value)")
                                              : tulana::tr("quoted price");
}

} // namespace tulana::cost
