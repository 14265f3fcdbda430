#include "util/Format.h"

#include "i18n/Translate.h"
#include "io/CellReaders.h"
#include "support/Money.h"

#include <QLocale>

#include <cmath>

namespace tulana {

QString formatNumber(double value)
{
    if (std::isnan(value))
        return {};
    return QString::number(value, 'g', 10);
}

QString formatScore(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString formatMoney(double amount, const QString& currency)
{
    if (std::isnan(amount))
        return {};
    return formatAmount(amount, currency);
}

QString currencySymbol(const QString& currency)
{
    if (currency == QLatin1String("INR"))
        return QStringLiteral("₹");
    return currency;
}

QString parseAmount(const QString& input, double* value)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return tulana::tr("enter an amount in figures, such as 1,25,00,000");
    return readAmount(text, value);
}

QString asSentence(QString clause)
{
    if (clause.isEmpty())
        return clause;
    clause[0] = clause[0].toUpper();
    if (!clause.endsWith(u'.'))
        clause += u'.';
    return clause;
}

} // namespace tulana
