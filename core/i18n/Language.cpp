#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace tulana::i18n {
namespace {

// The installed catalogues: Tulana's own and Qt's for the current language.
// Owned here so that switching can remove exactly what was installed.
struct Installed
{
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> tulana;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void removeInstalled()
{
    Installed& s = installed();
    for (auto* translator : {&s.tulana, &s.qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
}

std::unique_ptr<QTranslator> loaded(const QString& file, const QString& directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, directory))
        return nullptr;
    return translator;
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("hi")};
}

QString nativeName(const QString& code)
{
    if (code == QLatin1String("hi"))
        return QStringLiteral("हिन्दी");
    return QStringLiteral("English");
}

QString languageFor(const QLocale& locale)
{
    return locale.language() == QLocale::Hindi ? QStringLiteral("hi") : QStringLiteral("en");
}

QString languageFor(const QString& localeName)
{
    return languageFor(QLocale(localeName));
}

QString systemLanguage()
{
    // uiLanguages() is the user's ordered preference for messages; the first
    // one decides, as for any other program.
    const QStringList preferred = QLocale::system().uiLanguages();
    return preferred.isEmpty() ? languageFor(QLocale::system()) : languageFor(preferred.first());
}

bool useLanguage(const QString& code)
{
    if (!supportedLanguages().contains(code))
        return false;
    removeInstalled();
    Installed& s = installed();
    s.language = code;
    s.tulana = loaded(QStringLiteral("tulana_") + code, QStringLiteral(":/i18n"));
    if (s.tulana)
        QCoreApplication::installTranslator(s.tulana.get());
    // Qt's own texts (standard buttons, dialogs) where Qt ships them; Debian
    // 12 has no Hindi qtbase catalogue, so Qt's few texts stay English there.
    if (code != QLatin1String("en")) {
        s.qt = loaded(QStringLiteral("qtbase_") + code,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (s.qt)
            QCoreApplication::installTranslator(s.qt.get());
    }
    return s.tulana != nullptr;
}

QString currentLanguage()
{
    return installed().language;
}

QLocale textLocale()
{
    return QLocale(currentLanguage() == QLatin1String("hi") ? QLocale::Hindi : QLocale::English,
                   QLocale::India);
}

ScopedLanguage::ScopedLanguage(const QString& code)
    : m_previous(currentLanguage())
{
    if (!code.isEmpty() && code != m_previous)
        useLanguage(code);
}

ScopedLanguage::~ScopedLanguage()
{
    if (currentLanguage() != m_previous)
        useLanguage(m_previous);
}

} // namespace tulana::i18n
