#pragma once

#include <QCoreApplication>
#include <QString>

namespace tulana {

// Every user-facing text of the core goes through here, in the one
// translation context "tulana", so the translation files see all of them.
// The arguments are QObject::tr()'s, which is what lupdate reads: a
// disambiguation (usually nullptr) and `n`, which selects plural forms:
// tulana::tr("%n bid(s)", nullptr, count).
//
// Call it qualified, as tulana::tr("..."), wherever the code is not inside
// a QObject class: lupdate files an unqualified tr() under the enclosing
// class or namespace (say "tulana::openness"), where the translation would
// never be found at run time. The check_tr_qualified test enforces this in
// core/, app/cli/ and app/memo/ (translations/README.md).
inline QString tr(const char* sourceText, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tulana", sourceText, disambiguation, n);
}

} // namespace tulana
