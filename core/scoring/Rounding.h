#pragma once

namespace tulana {

// Rounds half away from zero to `decimals` places. Decimal halves such as
// 84.425 are not exact in binary, so a value within a few ulps of a half is
// treated as the half an officer computing by hand would see.
double roundHalfAwayFromZero(double value, int decimals);

} // namespace tulana
