#include "LockIn.h"

#include "cost/CostKinds.h"
#include "i18n/Translate.h"

#include <algorithm>

namespace tulana::cost {
namespace {

LockInLevel rate(double share, const ShareThresholds& t)
{
    if (share >= t.high)
        return LockInLevel::High;
    if (share >= t.medium)
        return LockInLevel::Medium;
    return LockInLevel::Low;
}

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 1) + QLatin1Char('%');
}

} // namespace

QString toKey(LockInLevel level)
{
    switch (level) {
    case LockInLevel::Low:
        return QStringLiteral("low");
    case LockInLevel::Medium:
        return QStringLiteral("medium");
    case LockInLevel::High:
        return QStringLiteral("high");
    }
    return {};
}

QString displayName(LockInLevel level)
{
    switch (level) {
    case LockInLevel::Low:
        return tulana::tr("low");
    case LockInLevel::Medium:
        return tulana::tr("medium");
    case LockInLevel::High:
        return tulana::tr("high");
    }
    return {};
}

LockInIndicator lockIn(const LifecycleCost& cost)
{
    const CostKinds& data = costKinds();
    LockInIndicator out;
    out.considerations = data.lockInConsiderations;
    if (cost.npv <= 0) {
        out.reasons << tulana::tr("no lifecycle cost is recorded: nothing to judge lock-in by");
        return out;
    }
    out.exitShare = cost.presentExit / cost.npv;
    out.recurringShare = cost.presentRecurring / cost.npv;
    const LockInLevel byExit = rate(out.exitShare, data.exitShare);
    const LockInLevel byRecurring = rate(out.recurringShare, data.recurringShare);
    out.level = std::max(byExit, byRecurring);
    out.reasons << tulana::tr("exit costs (data migration, switching) are %1 of the lifecycle "
                              "cost: %2 (medium from %3, high from %4)")
                       .arg(percent(out.exitShare), displayName(byExit),
                            percent(data.exitShare.medium), percent(data.exitShare.high));
    out.reasons << tulana::tr("recurring costs are %1 of the lifecycle cost: %2 (medium from %3, "
                              "high from %4)")
                       .arg(percent(out.recurringShare), displayName(byRecurring),
                            percent(data.recurringShare.medium), percent(data.recurringShare.high));
    return out;
}

} // namespace tulana::cost
