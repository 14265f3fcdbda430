#include "CellReaders.h"

#include "i18n/Translate.h"
#include "tender/Amount.h"

#include <QRegularExpression>

#include <cmath>

namespace tulana {
namespace {

// Lower case without spaces, hyphens and underscores, so that "Open Source",
// "open-source" and "OPEN_SOURCE" all read the same.
QString squeezed(const QString& text)
{
    QString out;
    for (const QChar c : text)
        if (c != u' ' && c != u'-' && c != u'_')
            out.append(c.toLower());
    return out;
}

// Spelled-out infinities and NaN deserve their own message: the officer
// typed something a program wrote, not a slip of the keyboard.
bool namesNonFinite(const QString& text)
{
    QString word = text.toLower();
    if (word.startsWith(u'-') || word.startsWith(u'+'))
        word = word.mid(1);
    return word == QLatin1String("nan") || word == QLatin1String("inf") ||
           word == QLatin1String("infinity");
}

QString notFinite(const QString& text)
{
    return tulana::tr("\"%1\" is not a finite number").arg(text);
}

} // namespace

bool isBlank(const QString& cell)
{
    return cell.trimmed().isEmpty();
}

bool readNature(const QString& text, BidNature* out)
{
    const QString key = squeezed(text);
    if (key == QLatin1String("opensource"))
        *out = BidNature::OpenSource;
    else if (key == QLatin1String("proprietary"))
        *out = BidNature::Proprietary;
    else if (key == QLatin1String("mixed"))
        *out = BidNature::Mixed;
    else
        return false;
    return true;
}

bool readStatus(const QString& text, BidStatus* out)
{
    const QString key = squeezed(text);
    if (key == QLatin1String("responsive"))
        *out = BidStatus::Responsive;
    else if (key == QLatin1String("nonresponsive"))
        *out = BidStatus::NonResponsive;
    else if (key == QLatin1String("withdrawn"))
        *out = BidStatus::Withdrawn;
    else
        return false;
    return true;
}

// Reads an amount as written on Indian bid forms; returns why not, or "".
QString readAmount(const QString& cell, double* value)
{
    if (namesNonFinite(cell))
        return notFinite(cell);
    QString text = cell;
    bool negative = false;
    const auto takeSign = [&] {
        if (text.startsWith(u'-') || text.startsWith(u'\u2212') || text.startsWith(u'+')) {
            negative = text[0] != u'+';
            text = text.mid(1).trimmed();
            return true;
        }
        return false;
    };
    const bool signedFirst = takeSign();
    if (text.startsWith(u'\u20B9')) {
        text = text.mid(1).trimmed();
    } else {
        for (const char* prefix : {"rs.", "rs", "inr"})
            if (text.startsWith(QLatin1String(prefix), Qt::CaseInsensitive)) {
                text = text.mid(qsizetype(qstrlen(prefix))).trimmed();
                break;
            }
    }
    if (!signedFirst)
        takeSign();
    if (text.endsWith(QLatin1String("/-"))) // "Rs. 12,50,000/-": no paise
        text = text.chopped(2).trimmed();

    // Plain digits, Western groups of three, or Indian groups: the last
    // three digits, then pairs (lakh, crore). Anything else is ambiguous.
    static const QRegularExpression amount(
        QStringLiteral("^(\\d+|\\d{1,3}(,\\d{3})+|\\d{1,2}(,\\d{2})*,\\d{3})(\\.\\d+)?$"));
    if (!amount.match(text).hasMatch())
        return tulana::tr("\"%1\" is not a number; write the amount in figures, such as "
                          "1,25,00,000")
            .arg(cell);
    bool ok = false;
    const double number = text.remove(u',').toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return tulana::tr("\"%1\" is too large").arg(cell);
    if (!isWithinAmountCeiling(number))
        return amountCeilingProblem(number);
    *value = negative ? -number : number;
    return {};
}

// Marks are never grouped, so a decimal comma ("7,5", as a spreadsheet in
// a decimal-comma locale writes it) is unambiguous.
QString readMarks(const QString& text, const Criterion& criterion, double* value)
{
    if (namesNonFinite(text))
        return notFinite(text);
    static const QRegularExpression marks(QStringLiteral("^[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)$"));
    bool ok = marks.match(text).hasMatch();
    const double number = ok ? QString(text).replace(u',', u'.').toDouble(&ok) : 0.0;
    if (!ok || !std::isfinite(number))
        return tulana::tr("\"%1\" is not a number of marks").arg(text);
    if (number < 0)
        return tulana::tr("marks must be zero or more, not %1").arg(text);
    if (number > criterion.maxMarks)
        return tulana::tr("%1 is more than the maximum of %2 marks")
            .arg(text, QString::number(criterion.maxMarks));
    *value = number;
    return {};
}

} // namespace tulana
