#include "NumberText.h"

#include "ShortDecimal.h"

#include <cmath>

namespace tulana {

QString numberText(double v)
{
    // The working of a large tender's report holds millions of marks and
    // weights, nearly all short decimals (17.9, 2, 0.25): for those (not
    // zero, whose sign 'g' keeps, and below 10^10, so at most 12 digits,
    // where 'g' writes no exponent) the 12-digit text is the shortest exact
    // one, found from an integer.
    if (v != 0 && std::abs(v) < 1e10) {
        char text[32];
        if (const char* end = writeShortDecimal(text, text + sizeof text, v))
            return QString::fromLatin1(text, end - text);
    }
    return QString::number(v, 'g', 12);
}

} // namespace tulana
