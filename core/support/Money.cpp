#include "Money.h"

#include <algorithm>
#include <cmath>

namespace tulana {

QString formatAmount(double amount, const QString& currency)
{
    if (!std::isfinite(amount))
        return QStringLiteral("-");
    const QString fixed = QString::number(std::abs(amount), 'f', 2);
    // Decided after rounding, so -0.001 prints as 0.00, not -0.00.
    const bool negative = amount < 0 && fixed != QLatin1String("0.00");
    const QString whole = fixed.left(fixed.size() - 3);
    QString grouped;
    const bool indian = currency == QLatin1String("INR");
    // Indian grouping: the last three digits, then pairs (1,00,000; 1,00,00,000).
    int i = int(whole.size());
    int group = 3;
    while (i > 0) {
        const int start = std::max(0, i - group);
        grouped.prepend(whole.mid(start, i - start));
        if (start > 0)
            grouped.prepend(QLatin1Char(','));
        i = start;
        group = indian ? 2 : 3;
    }
    return (negative ? QStringLiteral("-") : QString()) + grouped + fixed.right(3);
}

} // namespace tulana
