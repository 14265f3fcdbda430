#pragma once

#include <QString>

namespace tulana {

// An amount as every report, memo and screen shows it: two decimals, grouped
// by thousands, or in the Indian way for INR (1,00,00,000.00). Not finite: "-".
QString formatAmount(double amount, const QString& currency);

} // namespace tulana
