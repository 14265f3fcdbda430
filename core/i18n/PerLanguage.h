#pragma once

#include "i18n/Language.h"

#include <QString>

#include <map>

namespace tulana::i18n {

// Shipped data with texts in each language (Table 3's names, the context
// questions, the rulebooks) is loaded once per language and kept: a Hindi
// memo may be written from an English screen (ScopedLanguage), so the
// current language is asked at every call. `load(language)` makes the copy.
// Not for use while another thread switches languages.
template <typename T, typename Load> const T& perLanguage(std::map<QString, T>& cache, Load load)
{
    const QString language = currentLanguage();
    if (const auto it = cache.find(language); it != cache.end())
        return it->second;
    return cache.emplace(language, load(language)).first->second;
}

} // namespace tulana::i18n
