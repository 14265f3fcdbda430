#include "util/Colours.h"

namespace tulana {

QColor blended(const QColor& base, const QColor& over, double share)
{
    const auto channel = [share](float b, float o) { return float(b * (1 - share) + o * share); };
    return QColor::fromRgbF(channel(base.redF(), over.redF()),
                            channel(base.greenF(), over.greenF()),
                            channel(base.blueF(), over.blueF()));
}

} // namespace tulana
