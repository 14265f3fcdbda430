#include "util/Format.h"

#include "i18n/Translate.h"
#include "report/EvaluationReport.h"

#include <QLocale>
#include <QRegularExpression>

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
    QString text = input.trimmed();
    if (text.isEmpty())
        return tulana::tr("enter an amount in figures, such as 1,25,00,000");
    bool negative = false;
    const auto takeSign = [&] {
        if (text.startsWith(u'-') || text.startsWith(u'\u2212') || text.startsWith(u'+')) {
            negative = text[0] != u'+';
            text = text.mid(1).trimmed();
        }
    };
    takeSign();
    if (text.startsWith(u'\u20B9')) {
        text = text.mid(1).trimmed();
    } else {
        for (const char* prefix : {"rs.", "rs", "inr"})
            if (text.startsWith(QLatin1String(prefix), Qt::CaseInsensitive)) {
                text = text.mid(qsizetype(qstrlen(prefix))).trimmed();
                break;
            }
    }
    takeSign();
    if (text.endsWith(QLatin1String("/-")))
        text = text.chopped(2).trimmed();
    static const QRegularExpression amount(
        QStringLiteral("^(\\d+|\\d{1,3}(,\\d{3})+|\\d{1,2}(,\\d{2})*,\\d{3})(\\.\\d+)?$"));
    if (!amount.match(text).hasMatch())
        return tulana::tr("“%1” is not an amount: write it in figures, such as 1,25,00,000")
            .arg(input);
    bool ok = false;
    const double number = text.remove(u',').toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return tulana::tr("“%1” is too large").arg(input);
    *value = negative ? -number : number;
    return {};
}

} // namespace tulana
