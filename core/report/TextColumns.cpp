#include "TextColumns.h"

namespace tulana {

QString padColumn(const QString& text, int width)
{
    return text.left(width - 1).leftJustified(width, QLatin1Char(' '));
}

QString padColumnLeft(const QString& text, int width)
{
    return text.rightJustified(width, QLatin1Char(' '));
}

} // namespace tulana
