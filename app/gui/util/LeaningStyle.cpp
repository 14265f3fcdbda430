#include "util/LeaningStyle.h"

#include "util/Colours.h"

#include <QPalette>

namespace tulana {
namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor leaningColour(Leaning leaning, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (leaning) {
    case Leaning::FavoursOpen: // green: the colour of "open" in the memo's charts too
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case Leaning::FavoursProprietary: // violet, distinct from green for colour-blind readers
        return dark ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x6a, 0x3f, 0xb5);
    case Leaning::Neutral:
        break;
    }
    return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75);
}

QColor unansweredColour(const QPalette& palette)
{
    return blended(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.25);
}

QColor leaningTint(Leaning leaning, const QPalette& palette)
{
    return blended(palette.color(QPalette::Base), leaningColour(leaning, palette), 0.18);
}

} // namespace tulana
