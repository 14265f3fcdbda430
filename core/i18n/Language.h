#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The languages Tulana speaks and switching between them. The catalogues
// (translations/tulana_<code>.qm) are compiled into the program as
// resources under :/i18n; Qt's own (qtbase_<code>.qm) are loaded from Qt's
// translations directory when they are installed.
namespace tulana::i18n {

// Language codes with a catalogue: "en" (the source language; its catalogue
// only holds plural forms) and "hi".
QStringList supportedLanguages();

// The name of a language in that language, for a menu: "English", "हिन्दी".
QString nativeName(const QString& code);

// The supported language for a locale or a locale name ("hi_IN", "hi",
// "en_GB"); "en" for anything else.
QString languageFor(const QLocale& locale);
QString languageFor(const QString& localeName);

// The user's language from the environment (LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG on Unix, the system settings elsewhere).
QString systemLanguage();

// Installs the catalogues of `code` into the application, replacing those of
// the language used before. Returns false (and stays in English source text)
// when Tulana has no catalogue for it.
bool useLanguage(const QString& code);

// The language installed by useLanguage(), "en" before any call.
QString currentLanguage();

// The locale in which dates are written for the current language: Hindi or
// English as used in India ("20 मार्च 2026", "20 March 2026"). Digits stay
// the international form of Indian numerals, as official Hindi uses them.
QLocale textLocale();

// Switches the application's language for one task (a memo in Hindi from an
// English screen) and back when it goes out of scope. An empty code keeps the
// current language. Not for use while another thread translates.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QString m_previous;
};

} // namespace tulana::i18n
