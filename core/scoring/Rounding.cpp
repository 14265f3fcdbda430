#include "Rounding.h"

#include <algorithm>
#include <cmath>

namespace tulana {

double roundHalfAwayFromZero(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double scaled = std::abs(value) * scale;
    const double floorPart = std::floor(scaled);
    const double fraction = scaled - floorPart;
    // 1e-9 relative slack absorbs the binary error of a decimal half
    // (84.425 is stored as 84.42499999999999...), far below any real mark.
    const double slack = 1e-9 * std::max(1.0, scaled);
    const double rounded = fraction + slack >= 0.5 ? floorPart + 1.0 : floorPart;
    return std::copysign(rounded / scale, value);
}

} // namespace tulana
