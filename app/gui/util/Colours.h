#pragma once

#include <QColor>

namespace tulana {

// `over` laid on `base` at `share` (0 gives `base`, 1 gives `over`): the
// tints and borders the GUI derives from the palette, so that they follow a
// light or a dark theme instead of being fixed colours.
QColor blended(const QColor& base, const QColor& over, double share);

} // namespace tulana
