#include "memo/MemoMadeWith.h"

#include "i18n/Language.h"
#include "scoring/Evaluator.h"

#include <QUrl>
#include <QUrlQuery>

namespace tulana {
namespace {

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QString madeWithRecord(const MemoMadeWith& madeWith)
{
    const MemoOptions& o = madeWith.options;
    return QLatin1String(kMadeWithLabel) + QStringLiteral("language=") + encoded(o.language) +
           QStringLiteral("&date=") + encoded(o.date.toString(Qt::ISODate)) +
           QStringLiteral("&source=") + encoded(o.sourceFile) + QStringLiteral("&version=") +
           encoded(madeWith.version);
}

std::optional<MemoMadeWith> findMadeWith(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1String(kMadeWithLabel));
    if (at < 0)
        return std::nullopt;
    // The record is one word of printable ASCII: it ends at the first
    // character that cannot be in it (a quote, a space, "-->").
    const qsizetype start = at + qsizetype(qstrlen(kMadeWithLabel));
    qsizetype end = start;
    while (end < text.size() && text[end].unicode() > 0x20 && text[end].unicode() < 0x7f &&
           text[end] != u'"' && text[end] != u'<' && text[end] != u'>')
        ++end;
    const QUrlQuery query(text.mid(start, end - start));
    const auto value = [&](const char* key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    MemoMadeWith made;
    made.options.language = value("language");
    made.options.date = QDate::fromString(value("date"), Qt::ISODate);
    made.options.sourceFile = value("source");
    made.version = value("version");
    if (!i18n::supportedLanguages().contains(made.options.language) || !made.options.date.isValid())
        return std::nullopt;
    return made;
}

MemoDocument regenerateMemo(const Tender& tender, const MemoMadeWith& madeWith)
{
    return buildMemo(tender, evaluate(tender), madeWith.options);
}

} // namespace tulana
