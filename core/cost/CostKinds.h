#pragma once

#include "tender/CostLine.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tulana::cost {

struct CostKind
{
    QString id;
    Timing timing = Timing::OneTime;
    QString label;
    QString consideration; // a Table 3 consideration id
};

// A share of the lifecycle cost at which the lock-in indicator rises.
struct ShareThresholds
{
    double medium = 0;
    double high = 0;
    QString consideration;
};

// resources/cost/cost-kinds.json, read once.
struct CostKinds
{
    std::vector<CostKind> kinds;
    QStringList lockInConsiderations;
    ShareThresholds exitShare;
    ShareThresholds recurringShare;
    QString loadError; // empty when the data file was read whole

    const CostKind* kind(const QString& id) const;
    QStringList ids() const;
};

const CostKinds& costKinds();

} // namespace tulana::cost
