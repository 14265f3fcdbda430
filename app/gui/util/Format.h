#pragma once

#include <QString>

namespace tulana {

// Numbers as the screens show them. Weights, marks and scores are short
// decimals ("12.5", "84.02"); money uses the core's grouping (Indian for
// rupees) so that the screen and the printed report read the same.
QString formatNumber(double value);
QString formatScore(double value, int decimals);
QString formatMoney(double amount, const QString& currency);
// "₹" for INR, otherwise the ISO code, for labels beside amount fields.
QString currencySymbol(const QString& currency);

// Reads an amount as officers write it: plain or grouped the Indian or the
// Western way ("1,25,00,000", "12,500,000"), with an optional decimal part,
// a leading "₹", "Rs." or "INR", and a trailing "/-". Returns why not, or an
// empty string and sets *value.
//
// This mirrors the core's CSV importer, which keeps its reader private.
QString parseAmount(const QString& text, double* value);

} // namespace tulana
