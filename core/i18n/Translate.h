#pragma once

#include <QCoreApplication>
#include <QString>

namespace tulana {

// Every user-facing text of the core goes through here, in the one
// translation context "tulana", so the translation files see all of them.
// `n` selects plural forms ("%n bid(s)").
inline QString tr(const char* sourceText, int n = -1)
{
    return QCoreApplication::translate("tulana", sourceText, nullptr, n);
}

} // namespace tulana
