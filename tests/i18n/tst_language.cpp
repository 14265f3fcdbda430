// Switching languages at run time with the catalogues compiled into the
// core (core/i18n/Language.h): Hindi texts from the core, English plural
// forms, the memo's own language, and the language taken from a locale.

#include "i18n/Language.h"
#include "i18n/Translate.h"
#include "io/TenderFile.h"
#include "memo/MemoBuilder.h"
#include "scoring/Evaluator.h"

#include <QTest>

#include <algorithm>

using namespace tulana;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { i18n::useLanguage(QStringLiteral("en")); }
    void localesMapToALanguage_data();
    void localesMapToALanguage();
    void hindiTranslatesTheCore();
    void englishPluralsDropTheBracketedS_data();
    void englishPluralsDropTheBracketedS();
    void anUnknownLanguageIsRefused();
    void aScopedLanguageComesBack();
    void aMemoIsInItsOwnLanguage();
};

void TestLanguage::localesMapToALanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("Hindi in India is Hindi") << "hi_IN"
                                             << "hi";
    QTest::newRow("a bare language code works") << "hi"
                                                << "hi";
    QTest::newRow("English in India is English") << "en_IN"
                                                 << "en";
    QTest::newRow("a language without a catalogue falls back to English") << "ta_IN"
                                                                          << "en";
    QTest::newRow("the C locale is English") << "C"
                                             << "en";
}

void TestLanguage::localesMapToALanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(i18n::languageFor(locale), language);
}

void TestLanguage::hindiTranslatesTheCore()
{
    QVERIFY(i18n::useLanguage(QStringLiteral("hi")));
    QCOMPARE(i18n::currentLanguage(), QStringLiteral("hi"));
    const QString title = tulana::tr("OFFICE NOTE");
    QVERIFY2(title != QLatin1String("OFFICE NOTE"), qPrintable(title));
    // Devanagari letters (U+0900–U+097F), not the English source.
    QVERIFY2(std::any_of(title.begin(), title.end(),
                         [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; }),
             qPrintable(title));
    QVERIFY(i18n::useLanguage(QStringLiteral("en")));
    QCOMPARE(tulana::tr("OFFICE NOTE"), QStringLiteral("OFFICE NOTE"));
}

void TestLanguage::englishPluralsDropTheBracketedS_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one decimal is singular") << 1 << "rounded half away from zero to 1 decimal";
    QTest::newRow("two decimals are plural") << 2 << "rounded half away from zero to 2 decimals";
}

void TestLanguage::englishPluralsDropTheBracketedS()
{
    QFETCH(int, n);
    QFETCH(QString, expected);
    QVERIFY(i18n::useLanguage(QStringLiteral("en")));
    QCOMPARE(tulana::tr("rounded half away from zero to %n decimal(s)", nullptr, n), expected);
}

void TestLanguage::anUnknownLanguageIsRefused()
{
    QVERIFY(i18n::useLanguage(QStringLiteral("hi")));
    QVERIFY(!i18n::useLanguage(QStringLiteral("xx")));
    QCOMPARE(i18n::currentLanguage(), QStringLiteral("hi"));
}

void TestLanguage::aScopedLanguageComesBack()
{
    QVERIFY(i18n::useLanguage(QStringLiteral("en")));
    {
        const i18n::ScopedLanguage hindi(QStringLiteral("hi"));
        QCOMPARE(i18n::currentLanguage(), QStringLiteral("hi"));
        QVERIFY(tulana::tr("OFFICE NOTE") != QLatin1String("OFFICE NOTE"));
    }
    QCOMPARE(i18n::currentLanguage(), QStringLiteral("en"));
    QCOMPARE(tulana::tr("OFFICE NOTE"), QStringLiteral("OFFICE NOTE"));
}

void TestLanguage::aMemoIsInItsOwnLanguage()
{
    const TenderLoad load = loadTenderFile(
        QStringLiteral(TULANA_SOURCE_DIR "/resources/samples/citizen-services-chatbot.tulana"));
    QVERIFY(load.tender);
    const Evaluation evaluation = evaluate(*load.tender);
    MemoOptions options;
    options.date = QDate(2026, 3, 20);
    options.language = QStringLiteral("hi");
    const MemoDocument hindi = buildMemo(*load.tender, evaluation, options);
    QCOMPARE(hindi.language, QStringLiteral("hi"));
    QVERIFY2(hindi.documentTitle != QLatin1String("OFFICE NOTE"), qPrintable(hindi.documentTitle));
    QVERIFY2(!hindi.sections.empty() &&
                 hindi.sections.front().heading != QLatin1String("The tender in brief"),
             "the first section's title is still English");
    // The screen's language is back once the memo is built.
    QCOMPARE(i18n::currentLanguage(), QStringLiteral("en"));
    // The date's month in Hindi, its digits international.
    QVERIFY2(hindi.date.startsWith(QLatin1String("20 ")) &&
                 hindi.date.endsWith(QLatin1String(" 2026")),
             qPrintable(hindi.date));
    QVERIFY2(!hindi.date.contains(QLatin1String("March")), qPrintable(hindi.date));
    options.language = QStringLiteral("en");
    const MemoDocument english = buildMemo(*load.tender, evaluation, options);
    QCOMPARE(english.documentTitle, QStringLiteral("OFFICE NOTE"));
    QCOMPARE(english.date, QStringLiteral("20 March 2026"));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
