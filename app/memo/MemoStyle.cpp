#include "MemoStyle.h"

namespace tulana {

QFont MemoStyle::font(double pointSize, bool bold, bool italic) const
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("Noto Serif Devanagari"),
                   QStringLiteral("DejaVu Serif"), QStringLiteral("Liberation Serif"),
                   QStringLiteral("Times New Roman")});
    f.setStyleHint(QFont::Serif);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

} // namespace tulana
