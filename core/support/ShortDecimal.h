#pragma once

namespace tulana {

// Marks and money are short decimals (7.5, 1234567.25). Writes the shortest
// exact text of `v` when it has at most two decimals and a magnitude below
// 10^15, and returns the end of the text; returns nullptr for any other
// number (the caller then takes the general, much slower algorithm).
// `out` needs room for 24 characters.
char* writeShortDecimal(char* out, char* end, double v);

} // namespace tulana
