#include "help/Manual.h"

#include "i18n/Language.h"

#include <QFile>
#include <QRegularExpression>
#include <QWidget>

namespace tulana::help {
namespace {

const QString kIndex = QStringLiteral("index");

QString resourcePath(const QString& topic, const QString& language)
{
    return QStringLiteral(":/manual/%1/%2.html").arg(language, topic);
}

} // namespace

QStringList manualTopics()
{
    return {kIndex,
            QStringLiteral("tender"),
            QStringLiteral("criteria"),
            QStringLiteral("bids"),
            QStringLiteral("eligibility"),
            QStringLiteral("costs"),
            QStringLiteral("marks"),
            QStringLiteral("evaluation"),
            QStringLiteral("openness"),
            QStringLiteral("considerations"),
            QStringLiteral("decision"),
            QStringLiteral("sensitivity"),
            QStringLiteral("process"),
            QStringLiteral("envelopes"),
            QStringLiteral("memo"),
            QStringLiteral("training"),
            QStringLiteral("keys"),
            QStringLiteral("files")};
}

QString manualLanguageFor(const QString& interfaceLanguage)
{
    const bool written =
        !interfaceLanguage.isEmpty() && QFile::exists(resourcePath(kIndex, interfaceLanguage));
    return written ? interfaceLanguage : QStringLiteral("en");
}

QString manualLanguage()
{
    return manualLanguageFor(i18n::currentLanguage());
}

QUrl manualUrl(const QString& topic, const QString& language)
{
    const QString chosen = language.isEmpty() ? manualLanguage() : language;
    return QUrl(QStringLiteral("qrc:/manual/%1/%2.html").arg(chosen, topic));
}

QString topicOfPage(const QWidget* page)
{
    const QString name = page ? page->objectName() : QString();
    const QString suffix = QStringLiteral("Page");
    if (!name.endsWith(suffix))
        return kIndex;
    const QString topic = name.chopped(suffix.size());
    return manualTopics().contains(topic) ? topic : kIndex;
}

QString topicTitle(const QString& topic, const QString& language)
{
    QFile file(resourcePath(topic, language.isEmpty() ? manualLanguage() : language));
    if (!file.open(QIODevice::ReadOnly))
        return topic;
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).simplified() : topic;
}

} // namespace tulana::help
