#pragma once

#include <QIcon>
#include <QString>

namespace tulana {

// An icon from resources/icons (":/icons/<name>.svg"). Line icons are drawn
// in the palette's text colour at whatever size and scale they are asked
// for, so they stay sharp on high-DPI screens and readable in a dark theme;
// the signal icons (warning, info, winner) keep their own colours.
QIcon themedIcon(const QString& name);

} // namespace tulana
