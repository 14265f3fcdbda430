#pragma once

#include "tender/Bid.h"
#include "tender/Criterion.h"

#include <QString>

namespace tulana {

// Readers for values as officers type them in spreadsheets and forms. Each
// returns why the text cannot be read (a sentence for the officer), or an
// empty string and the value. Shared by the CSV importer and the app's
// editors, so both accept and refuse the same things.

bool isBlank(const QString& cell);

// "Open Source", "open-source" and "OPEN_SOURCE" all read the same.
bool readNature(const QString& text, BidNature* out);
bool readStatus(const QString& text, BidStatus* out);

// An amount as written on Indian bid forms: plain digits, Western groups of
// three or Indian groups (1,25,00,000), an optional ₹, "Rs." or "INR", a
// trailing "/-". Negative amounts are read (the caller decides if allowed).
QString readAmount(const QString& text, double* value);

// Marks for `criterion`: 0 to its maximum, with a decimal point or comma.
QString readMarks(const QString& text, const Criterion& criterion, double* value);

} // namespace tulana
