#pragma once

#include <QString>

namespace tulana {

// The columns of the plain-text reports (`tulana-cli score`, `lifecycle`).

// Left-aligned in `width` characters, leaving at least one space before the
// next column: a longer text is cut.
QString padColumn(const QString& text, int width);

// Right-aligned in `width` characters (figures); never cut.
QString padColumnLeft(const QString& text, int width);

} // namespace tulana
