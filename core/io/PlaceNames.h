#pragma once

#include "tender/Tender.h"

#include <QString>

namespace tulana {

// A place in a tender file, as the screens and the memo name it: "B3's mark
// from E2 for T1.1" for bids[2].marks.T1.1[1], "Technical weight" for
// tender.technicalWeight. JSON paths are for the CLI's --format json and
// for a "details" line; a sentence an officer reads uses these words. A
// path it does not know is given back as it is, never guessed at.
QString placeName(const Tender& tender, const QString& where);

// A problem as a sentence: "B3's price: the quoted price is missing".
QString describeProblem(const Tender& tender, const QString& where, const QString& message);

} // namespace tulana
