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

// A place in a tender file that could not be loaded, so that no bid or
// criterion has an id to name it by: "bid no. 2 › price" for bids[1].price,
// "criterion no. 1.3 › weight" for criteria[0].children[2].weight,
// "tender › evaluation › decimals". Counts start at 1, as a reader counts;
// keys stay as the file spells them, since that is what is to be fixed. A
// place that is already words ("line 3, column 7") is given back as it is.
QString placeInFile(const QString& where);

// The place as a reader is told it: placeName's words, or, for a place that
// has none, placeInFile's ("decision › justification › evaluation", the
// file's own keys); never a JSON path.
QString placeInWords(const Tender& tender, const QString& where);

// A problem as a sentence: "B3's price: the quoted price is missing".
QString describeProblem(const Tender& tender, const QString& where, const QString& message);

} // namespace tulana
