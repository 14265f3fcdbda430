#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QWidget;

// The user manual: HTML pages compiled in under :/manual/<language>/ (from
// resources/manual/, which is also installed under share/doc/tulana/manual).
// One page per topic; each page of the main window has a topic of its own,
// named after the page's objectName ("bidsPage" -> "bids").
namespace tulana::help {

// The topics in the order of the contents: the start, the window's pages
// in the order of their tabs, then the topics that span pages.
QStringList manualTopics();

// The language the manual is shown in for an interface language: that
// language when the manual has been written in it, else English.
QString manualLanguageFor(const QString& interfaceLanguage);
// ... for the interface's language now (i18n::currentLanguage()).
QString manualLanguage();

// The page of a topic in a language ("" = manualLanguage()), as a qrc: URL
// that QTextBrowser follows relative links from.
QUrl manualUrl(const QString& topic, const QString& language = {});

// The topic of a page of the main window, from its objectName; the
// contents ("index") for a widget that is not one of the pages.
QString topicOfPage(const QWidget* page);

// The <title> of a topic's page: the entry in the viewer's contents.
QString topicTitle(const QString& topic, const QString& language = {});

} // namespace tulana::help
