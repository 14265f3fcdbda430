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

// Reads an amount typed in an editor: the core's reader (io/CellReaders.h),
// so the app accepts exactly what the CSV importer accepts, after trimming,
// with a prompt for an empty field. Returns why not, or an empty string and
// sets *value.
QString parseAmount(const QString& text, double* value);

// A clause the core words ("the id … holds …") as a sentence on a screen:
// its first letter upper-case, a full stop at the end.
QString asSentence(QString clause);

} // namespace tulana
