#pragma once

#include <QIcon>
#include <QString>

class QPushButton;
class QWidget;

namespace tulana {

// An icon from resources/icons (":/icons/<name>.svg"). Line icons are drawn
// in the palette's text colour at whatever size and scale they are asked
// for, so they stay sharp on high-DPI screens and readable in a dark theme;
// the signal icons (warning, info, winner) keep their own colours.
QIcon themedIcon(const QString& name);

// A push button with a themed icon and an object name (the name tests and
// the What's This help find it by).
QPushButton* iconButton(const QString& icon, const QString& text, const char* objectName,
                        QWidget* parent);

} // namespace tulana
