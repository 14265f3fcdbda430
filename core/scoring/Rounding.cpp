#include "Rounding.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tulana {

double roundHalfAwayFromZero(double value, int decimals)
{
    static constexpr double powersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    const double scale =
        decimals >= 0 && decimals <= 8 ? powersOfTen[decimals] : std::pow(10.0, decimals);
    const double scaled = std::abs(value) * scale;
    const double floorPart = std::floor(scaled);
    const double fraction = scaled - floorPart;
    // A few units of binary error absorb the representation of a decimal
    // half (84.425 is stored as 84.42499999999999...) without moving any
    // value that is genuinely below the half.
    const double slack = 64 * std::numeric_limits<double>::epsilon() * std::max(1.0, scaled);
    const double rounded = fraction + slack >= 0.5 ? floorPart + 1.0 : floorPart;
    return std::copysign(rounded / scale, value);
}

} // namespace tulana
